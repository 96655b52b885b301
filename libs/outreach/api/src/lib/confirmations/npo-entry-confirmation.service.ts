import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  type AuthenticatedUser,
  AuditLogService,
  MembershipRepository,
  PeopleDirectory,
  forbidden,
  policies,
} from '@tsunagu/accounts/api';
import { NpoNamesRepository } from '@tsunagu/npo/api';
import { badUserInput, notFound } from '@tsunagu/shared/api-core';
import { outreachMessages } from '../outreach.messages';
import { type EntryConfirmationRow, NpoEntryConfirmationRepository } from './npo-entry-confirmation.repository';
import { type NpoEntryConfirmation, NpoEntryOutcome } from './npo-entry-confirmation.model';

export const ENTRY_NOTE_MAX = 1000;
/** The staff list: more than a year of letters to every NPO of the city. */
const LIST_LIMIT = 1000;

/**
 * 掲載内容のご確認: the letter can carry the NPO's data-book entry; a member of the NPO says it is
 * right, or what was (or should be) corrected. Staff see who answered, newest first.
 */
@Injectable()
export class NpoEntryConfirmationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly confirmations: NpoEntryConfirmationRepository,
    private readonly members: MembershipRepository,
    private readonly npoNames: NpoNamesRepository,
    private readonly people: PeopleDirectory,
    private readonly audit: AuditLogService,
  ) {}

  async confirm(
    user: AuthenticatedUser,
    npoId: string,
    outcome: NpoEntryOutcome,
    note: string | null,
  ): Promise<NpoEntryConfirmation> {
    const npo = (await this.npoNames.byIds([npoId])).get(npoId);
    if (!npo) throw notFound(outreachMessages.npoNotFound);
    // Members only, staff too: the NPO answers for its own entry.
    if (!(await this.members.isNpoMember(npoId, user.id))) throw forbidden(outreachMessages.entryMembersOnly);
    const text = note?.trim() || null;
    if (text && text.length > ENTRY_NOTE_MAX) {
      throw badUserInput(outreachMessages.entryNoteTooLong, 'note', { max: ENTRY_NOTE_MAX });
    }
    if (outcome === NpoEntryOutcome.CORRECTED && !text) throw badUserInput(outreachMessages.entryNoteRequired, 'note');
    const row = await this.dataSource.transaction(async (manager) => {
      const inserted = await this.confirmations.insert({ npoId, userId: user.id, outcome, note: text }, manager);
      await this.audit.record(
        {
          actorUserId: user.id,
          action: 'npo-entry.confirmed',
          targetType: 'npo',
          targetId: npoId,
          detail: { confirmationId: inserted.id, outcome },
        },
        manager,
      );
      return inserted;
    });
    return this.view(row, npo.name, user.displayName);
  }

  /** The NPO's newest answer (its members and staff), so the page says it was answered instead of asking again. */
  async latest(user: AuthenticatedUser, npoId: string): Promise<NpoEntryConfirmation | null> {
    const npo = (await this.npoNames.byIds([npoId])).get(npoId);
    if (!npo) throw notFound(outreachMessages.npoNotFound);
    if (!policies.canBridgeNpos(user) && !(await this.members.isNpoMember(npoId, user.id))) {
      throw forbidden(outreachMessages.entryMembersOnly);
    }
    const row = await this.confirmations.latestOf(npoId);
    if (!row) return null;
    const names = row.confirmed_by ? await this.people.displayNames([row.confirmed_by]) : new Map<string, string>();
    return this.view(row, npo.name, (row.confirmed_by && names.get(row.confirmed_by)) || null);
  }

  async list(staff: AuthenticatedUser): Promise<NpoEntryConfirmation[]> {
    if (!policies.canBridgeNpos(staff)) throw forbidden(outreachMessages.notAllowed);
    const rows = await this.confirmations.newest(LIST_LIMIT);
    const [npos, names] = await Promise.all([
      this.npoNames.byIds(rows.map((r) => r.npo_id)),
      this.people.displayNames(rows.flatMap((r) => (r.confirmed_by ? [r.confirmed_by] : []))),
    ]);
    // (a confirmation goes with its NPO: ON DELETE CASCADE; the filter is for the type)
    return rows.flatMap((r) => {
      const npo = npos.get(r.npo_id);
      return npo ? [this.view(r, npo.name, (r.confirmed_by && names.get(r.confirmed_by)) || null)] : [];
    });
  }

  private view(row: EntryConfirmationRow, npoName: string, confirmedByName: string | null): NpoEntryConfirmation {
    return {
      id: row.id,
      npoId: row.npo_id,
      npoName,
      outcome: row.outcome as NpoEntryOutcome,
      note: row.note,
      confirmedByName,
      createdAt: row.created_at,
    };
  }
}
