import { Controller, Get, Header, StreamableFile } from '@nestjs/common';
import { type AuthenticatedUser, CurrentUser, RequirePolicy, requireUser } from '@tsunagu/accounts/api';
import { type Language, currentLanguage, toCsv } from '@tsunagu/shared/api-core';
import { OutreachFunnelService } from './outreach-funnel.service';

const COLUMNS: Record<Language, string[]> = {
  ja: ['区', '段階', 'NPOの数', '最初のお願いからの日数（中央値）'],
  en: ['Ward', 'Step', 'NPOs', 'Median days from the first request'],
};
const WHOLE_CITY: Record<Language, string> = { ja: '市全体', en: 'Whole city' };

/**
 * `GET /api/staff/outreach-funnel.csv`: the funnel as a spreadsheet (UTF-8 with BOM, so Excel
 * opens the Japanese correctly): one line per area and step, the whole city first.
 */
@Controller('api/staff')
export class OutreachFunnelCsvController {
  constructor(private readonly funnel: OutreachFunnelService) {}

  @Get('outreach-funnel.csv')
  @RequirePolicy('canBridgeNpos')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header(
    'content-disposition',
    `attachment; filename="outreach-funnel.csv"; filename*=UTF-8''${encodeURIComponent('NPOへの橋渡し.csv')}`,
  )
  async csv(@CurrentUser() user: AuthenticatedUser | undefined): Promise<StreamableFile> {
    const language = currentLanguage();
    const figures = await this.funnel.funnel(requireUser(user));
    const rows = [figures.city, ...figures.wards].flatMap((row) =>
      row.steps.map((s) => [row.ward ?? WHOLE_CITY[language], s.label, s.count, s.medianDays ?? '']),
    );
    return new StreamableFile(toCsv(rows, COLUMNS[language]));
  }
}
