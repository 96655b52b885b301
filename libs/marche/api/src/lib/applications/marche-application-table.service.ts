import { Injectable } from '@nestjs/common';
import { type AuthenticatedUser, forbidden, policies } from '@tsunagu/accounts/api';
import { NpoNamesRepository } from '@tsunagu/npo/api';
import { MarcheEventService } from '../events/marche-event.service';
import { MarcheEventRepository } from '../events/marche-event.repository';
import { boothNumbers } from '../layout/booth-layout';
import { answersText } from './application-answers.util';
import { MarcheApplicationRepository } from './marche-application.repository';

const STATUS: Record<string, string> = {
  PENDING: '審査待ち',
  ACCEPTED: '出展決定',
  WAITLISTED: 'キャンセル待ち',
  REJECTED: 'お断り',
  WITHDRAWN: '取り下げ',
};

const HEADER = [
  'ブースの種類',
  '状態',
  'キャンセル待ちの順番',
  'NPO',
  '区',
  '題名',
  '内容',
  '人数',
  '電源',
  '水道',
  '机',
  '会いたい団体',
  '質問への答え',
  '公開の同意',
  'ブース番号',
  'お断りの理由',
  '申込日',
];

/** Staff's list of an event's applications as rows for CSV and Excel. */
@Injectable()
export class MarcheApplicationTableService {
  constructor(
    private readonly events: MarcheEventService,
    private readonly eventRows: MarcheEventRepository,
    private readonly applicationRows: MarcheApplicationRepository,
    private readonly npoNames: NpoNamesRepository,
  ) {}

  async applicationTable(
    staff: AuthenticatedUser,
    eventId: string,
  ): Promise<{ header: string[]; rows: Array<Array<string | number>> }> {
    if (!policies.canManageMarche(staff)) throw forbidden();
    await this.events.event(eventId);
    const venue = await this.eventRows.layoutOf(eventId);
    const numbers = boothNumbers(venue);
    const rows = await this.applicationRows.tableRows(eventId);
    const npos = await this.npoNames.byIds(rows.map((r) => r.npoId));
    return {
      header: [...HEADER],
      rows: rows.map((r) => [
        r.boothTypeName,
        STATUS[r.status] ?? r.status,
        r.waitlistPosition ?? '',
        npos.get(r.npoId)?.name ?? '',
        npos.get(r.npoId)?.ward ?? '',
        r.title,
        r.description,
        Number(r.staffCount),
        r.needsPower ? '要' : '',
        r.needsWater ? '要' : '',
        Number(r.tables),
        r.wishText ?? '',
        answersText(r.answers),
        r.consentPublish ? '同意' : '',
        r.boothCell ? (numbers.get(r.boothCell) ?? '') : '',
        r.reviewReason ?? '',
        r.createdAt.toISOString().slice(0, 10),
      ]),
    };
  }
}
