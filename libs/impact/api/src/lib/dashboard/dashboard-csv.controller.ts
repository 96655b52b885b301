import { Controller, Get, Header, Query, StreamableFile } from '@nestjs/common';
import { type AuthenticatedUser, CurrentUser } from '@tsunagu/accounts/api';
import { type Language, currentLanguage, toCsv } from '@tsunagu/shared/api-core';
import type { CityDashboard } from './city-dashboard.model';
import { CityDashboardService } from './city-dashboard.service';

const COLUMNS: Record<Language, string[]> = {
  ja: ['表', '区分', '名前', '数えたもの', '値'],
  en: ['Table', 'Key', 'Name', 'Measure', 'Value'],
};
const COUNTS = ['needs', 'withOffer', 'matched', 'done'] as const;
type Row = [string, string | number, string, string, string | number];

/** The dashboard in long form: one line per table, row and measure, so any spreadsheet can pivot it. */
export function dashboardRows(d: CityDashboard): Row[] {
  const rows: Row[] = [];
  const counts = (table: string, key: string | number, name: string, c: Record<(typeof COUNTS)[number], number>) =>
    COUNTS.forEach((m) => rows.push([table, key, name, m, c[m]]));
  for (const [measure, value] of Object.entries(d.totals)) rows.push(['totals', '', '', measure, value ?? '']);
  d.byWard.forEach((r) => counts('ward', r.area, r.label, r));
  d.bySchoolDistrict.forEach((r) => counts('schoolDistrict', r.area, r.label, r));
  d.byField.forEach((r) => counts('field', r.field, r.label, r));
  d.byStatus.forEach((r) => rows.push(['status', r.status, r.label, 'needs', r.needs]));
  d.byMonth.forEach((r) => counts('month', r.month, r.month, r));
  d.gap.forEach((r) => {
    for (const m of ['openNeeds', 'helpers', 'helpersWithAccount', 'shortfall'] as const) {
      rows.push(['gap', `${r.area}/${r.field}`, `${r.label} ${r.fieldLabel}`, m, r[m]]);
    }
  });
  return rows;
}

/**
 * `GET /api/impact/dashboard.csv?from=&to=&ward=`: the figures the caller may see (staff: every
 * area; others: the public aggregates), UTF-8 with BOM so Excel opens the Japanese correctly.
 */
@Controller('api/impact')
export class DashboardCsvController {
  constructor(private readonly dashboard: CityDashboardService) {}

  @Get('dashboard.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header(
    'content-disposition',
    `attachment; filename="city-dashboard.csv"; filename*=UTF-8''${encodeURIComponent('つなぐの数字.csv')}`,
  )
  async csv(
    @CurrentUser() user: AuthenticatedUser | undefined,
    @Query('from') from?: string,
    @Query('to') to?: string,
    @Query('ward') ward?: string,
  ): Promise<StreamableFile> {
    const figures = await this.dashboard.dashboard(user, { from: from || null, to: to || null, ward: ward || null });
    return new StreamableFile(toCsv(dashboardRows(figures), COLUMNS[currentLanguage()]));
  }
}
