import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLogService, type AuthenticatedUser, forbidden, policies } from '@tsunagu/accounts/api';
import { notFound } from '@tsunagu/shared/api-core';
import { outreachMessages } from '../outreach.messages';
import { InvitationLetterJobRepository, type LetterJobRow } from './invitation-letter-job.repository';
import { InvitationLetterJobs } from './invitation-letter-jobs';
import {
  type GenerateInvitationLettersInput,
  type InvitationLetterJob,
  InvitationLetterJobStatus,
  LetterSelection,
} from './invitation-letter.model';
import { LetterRecipients } from './letter-recipients';

/** Staff's letter runs listed on their page. */
const LIST_LIMIT = 30;

export const downloadUrlOf = (id: string) => `/api/invitation-letters/${id}.pdf`;

function toModel(row: LetterJobRow): InvitationLetterJob {
  const selection = row.selection as { selection?: string; ward?: string | null; skipped?: number };
  return {
    id: row.id,
    selection: (selection.selection as LetterSelection) ?? LetterSelection.CHOSEN,
    ward: selection.ward ?? null,
    status: row.status as InvitationLetterJobStatus,
    progress: row.progress,
    npoCount: row.npo_ids.length,
    skipped: selection.skipped ?? 0,
    letters: row.letters,
    mailed: row.mailed,
    includeDataBookEntry: row.include_entry,
    downloadUrl: row.status === 'DONE' ? downloadUrlOf(row.id) : null,
    error: row.error,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
  };
}

/** The resolvers check it too; the service refuses on its own (it is also called from elsewhere). */
function mustBridge(user: AuthenticatedUser): void {
  if (!policies.canBridgeNpos(user)) throw forbidden();
}

/** Staff print invitation letters: choose the NPOs now, draw in the background, follow the run. */
@Injectable()
export class InvitationLetterService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly recipients: LetterRecipients,
    private readonly runs: InvitationLetterJobs,
    private readonly rows: InvitationLetterJobRepository,
    private readonly audit: AuditLogService,
  ) {}

  async generate(staff: AuthenticatedUser, input: GenerateInvitationLettersInput): Promise<InvitationLetterJob> {
    mustBridge(staff);
    const { npoIds, skipped } = await this.recipients.resolve(staff, input);
    const selection = {
      selection: input.selection,
      ward: input.selection === LetterSelection.WARD ? (input.ward ?? null) : null,
      eventId: input.selection === LetterSelection.MARCHE_CANDIDATES ? (input.eventId ?? null) : null,
      skipped,
    };
    const id = await this.dataSource.transaction(async (manager) => {
      const id = await this.runs.request(manager, {
        requestedBy: staff.id,
        selection,
        npoIds,
        includeEntry: input.includeDataBookEntry,
        sendMail: input.sendMail,
      });
      await this.audit.record(
        {
          actorUserId: staff.id,
          action: 'letters.requested',
          targetType: 'invitation_letter_job',
          targetId: id,
          detail: { selection: input.selection, npos: npoIds.length, skipped, sendMail: input.sendMail },
        },
        manager,
      );
      return id;
    });
    this.runs.wake();
    return this.job(staff, id);
  }

  async job(staff: AuthenticatedUser, id: string): Promise<InvitationLetterJob> {
    mustBridge(staff);
    const row = await this.rows.get(id);
    if (!row) throw notFound(outreachMessages.letterJobNotFound);
    return toModel(row);
  }

  async jobs(staff: AuthenticatedUser): Promise<InvitationLetterJob[]> {
    mustBridge(staff);
    return (await this.rows.list(LIST_LIMIT)).map(toModel);
  }
}
