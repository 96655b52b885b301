/** The four files of the open data API (docs/open-data.md), same origin as the page. */
export const OPEN_DATA_DATASETS = [
  { id: 'helpers', titleKey: 'openData.helpersTitle', textKey: 'openData.helpersText' },
  { id: 'needs-statistics', titleKey: 'openData.statisticsTitle', textKey: 'openData.statisticsText' },
] as const;

export type OpenDataFormat = 'csv' | 'json';

export const openDataFileUrl = (dataset: string, format: OpenDataFormat): string =>
  `/api/open-data/${dataset}.${format}`;

export const CC_BY_URL = 'https://creativecommons.org/licenses/by/4.0/deed.ja';
