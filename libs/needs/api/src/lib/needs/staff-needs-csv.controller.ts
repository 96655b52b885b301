import { Controller, Get, Header, Query, StreamableFile } from '@nestjs/common';
import { type AuthenticatedUser, CurrentUser, RequirePolicy } from '@tsunagu/accounts/api';
import { toCsv } from '@tsunagu/shared/api-core';
import { ACTIVITY_FIELDS, HELP_KINDS, KITAKYUSHU_WARDS } from '@tsunagu/shared/util';
import { NeedService } from './need.service';

const STATUS_JA: Record<string, string> = {
  PUBLISHED: '募集中',
  MATCHED: '決まった',
  DONE: '終わった',
  CANCELLED: '取り下げ',
  EXPIRED: '締め切り',
};
const HONORARIUM_JA: Record<string, string> = { NONE: 'なし', EXPENSES: '実費', PAID: '謝礼あり' };

/**
 * `GET /api/staff/needs.csv`: the staff overview as a spreadsheet (UTF-8 with BOM, so Excel
 * opens the Japanese correctly), because the city's work still runs on paper.
 */
@Controller('api/staff')
export class StaffNeedsCsvController {
  constructor(private readonly needs: NeedService) {}

  @Get('needs.csv')
  @RequirePolicy('canOverseeNeeds')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header(
    'content-disposition',
    'attachment; filename="needs.csv"; filename*=UTF-8\'\'%E5%8B%9F%E9%9B%86%E4%B8%80%E8%A6%A7.csv',
  )
  async csv(
    @Query('ward') ward: string | undefined,
    @Query('unansweredOnly') unansweredOnly: string | undefined,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<StreamableFile> {
    const needs = await this.needs.forStaff({
      ward: ward && (KITAKYUSHU_WARDS as readonly string[]).includes(ward) ? ward : null,
      unansweredOnly: unansweredOnly === 'true',
      limit: 2_000,
    });
    const views = await this.needs.views(needs, user);
    const rows = views.map((n) => [
      STATUS_JA[n.status] ?? n.status,
      n.hidden ? '非公開' : '',
      n.title,
      n.group.name,
      n.ward,
      n.place ?? '',
      HELP_KINDS.find((k) => k.id === n.helpKind)?.labelJa ?? n.helpKind,
      n.fields.map((f) => ACTIVITY_FIELDS[f - 1]?.labelJa ?? f).join('・'),
      n.startsOn ?? '',
      n.deadline ?? '',
      n.peopleNeeded ?? '',
      HONORARIUM_JA[n.honorarium] ?? n.honorarium,
      n.offerCount,
      n.publishedAt ? n.publishedAt.toISOString().slice(0, 10) : '',
      n.id,
    ]);
    const header = [
      '状態',
      '非公開',
      'タイトル',
      '団体',
      '区',
      '場所',
      'してほしいこと',
      '活動分野',
      '日にち',
      '締め切り',
      '人数',
      '謝礼',
      '申し出の数',
      '公開日',
      'ID',
    ];
    // Titles and group names are typed by the public: toCsv neutralises formulas.
    return new StreamableFile(toCsv(rows, header));
  }
}
