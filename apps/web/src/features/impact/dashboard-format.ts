/** A share (0–1) as a whole percent, as the city's reports print them; a dash when there is nothing to divide. */
export function formatShare(share: number | null | undefined): string {
  if (share === null || share === undefined) return '—';
  return `${Math.round(share * 100)}%`;
}

/** The dashboard's filter as the address holds it, so a link, the CSV and the printout show the same figures. */
export interface DashboardFilter {
  from: string;
  to: string;
  ward: string;
}

export function filterOf(params: URLSearchParams): DashboardFilter {
  return { from: params.get('from') ?? '', to: params.get('to') ?? '', ward: params.get('ward') ?? '' };
}

/** The query's input: empty fields left out, so the server's defaults (the last year, the whole city) apply. */
export function inputOf(filter: DashboardFilter) {
  return { from: filter.from || null, to: filter.to || null, ward: filter.ward || null };
}

export function csvHref(filter: DashboardFilter): string {
  const query = new URLSearchParams(Object.entries(filter).filter(([, v]) => v)).toString();
  return `/api/impact/dashboard.csv${query ? `?${query}` : ''}`;
}
