import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type AuthenticatedUser, AuditLogService, PeopleDirectory, forbidden, policies } from '@tsunagu/accounts/api';
import { NpoRepository } from '@tsunagu/npo/api';
import { notFound } from '@tsunagu/shared/api-core';
import { outreachMessages } from '../outreach.messages';
import { cleanContactInput, kindsOf, todayInJapan } from './npo-contact-input';
import { type NpoContactRow, NpoContactRepository } from './npo-contact.repository';
import type { NpoContact, NpoContactInput, NpoContactSource } from './npo-contact.model';

/**
 * The phones, emails and contact persons the city's staff hold for NPOs (from filings, calls,
 * visits). Seen by staff only: nothing here is on the Npo type, in search, the data book or an
 * export. Every write AND every read of an NPO's list is audit-logged, with which kinds of
 * contact, never the values: they are a third person's personal data, held by the city for one
 * purpose (reaching the NPO), and the log is how a misuse would be traced.
 *
 * Personal-data rule: a contact is kept while its NPO is active. Staff remove a wrong or stale
 * one (its values are blanked at once); the retention job removes those of an NPO that has been
 * dissolved or gone from the open data for 90 days (NpoContactRetentionJob).
 */
@Injectable()
export class NpoContactService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly contacts: NpoContactRepository,
    private readonly npos: NpoRepository,
    private readonly people: PeopleDirectory,
    private readonly audit: AuditLogService,
  ) {}

  async list(staff: AuthenticatedUser, npoId: string): Promise<NpoContact[]> {
    this.mustBridge(staff);
    if (!(await this.npos.exists(npoId))) throw notFound(outreachMessages.npoNotFound);
    const rows = await this.contacts.listOf(npoId);
    await this.audit.record({
      actorUserId: staff.id,
      action: 'npo-contact.viewed',
      targetType: 'npo',
      targetId: npoId,
      detail: { count: rows.length },
    });
    return this.views(rows);
  }

  async record(staff: AuthenticatedUser, npoId: string, input: NpoContactInput): Promise<NpoContact> {
    this.mustBridge(staff);
    const contact = cleanContactInput(input, todayInJapan());
    if (!(await this.npos.exists(npoId))) throw notFound(outreachMessages.npoNotFound);
    const row = await this.dataSource.transaction(async (manager) => {
      const inserted = await this.contacts.insert(npoId, contact, staff.id, manager);
      await this.audit.record(
        {
          actorUserId: staff.id,
          action: 'npo-contact.recorded',
          targetType: 'npo',
          targetId: npoId,
          detail: { contactId: inserted.id, kinds: kindsOf(contact).join(','), source: contact.source },
        },
        manager,
      );
      return inserted;
    });
    const [view] = await this.views([row]);
    return view as NpoContact;
  }

  async remove(staff: AuthenticatedUser, id: string): Promise<boolean> {
    this.mustBridge(staff);
    await this.dataSource.transaction(async (manager) => {
      const [removed] = await this.contacts.remove([id], manager);
      if (!removed) throw notFound(outreachMessages.contactNotFound);
      await this.audit.record(
        {
          actorUserId: staff.id,
          action: 'npo-contact.removed',
          targetType: 'npo',
          targetId: removed.npo_id,
          detail: { contactId: removed.id },
        },
        manager,
      );
    });
    return true;
  }

  /** The newest contact of each NPO that has one (for the queue and the letters' mail) */
  async latestFor(npoIds: readonly string[]): Promise<Map<string, NpoContact>> {
    const views = await this.views(await this.contacts.latestOf(npoIds));
    return new Map(views.map((v) => [v.npoId, v]));
  }

  /** The resolvers' guard says the same; a service other code calls must not rely on it. */
  private mustBridge(user: AuthenticatedUser): void {
    if (!policies.canBridgeNpos(user)) throw forbidden(outreachMessages.notAllowed);
  }

  private async views(rows: readonly NpoContactRow[]): Promise<NpoContact[]> {
    const names = await this.people.displayNames(rows.flatMap((r) => (r.recorded_by ? [r.recorded_by] : [])));
    return rows.map((r) => ({
      id: r.id,
      npoId: r.npo_id,
      phone: r.phone,
      email: r.email,
      contactPerson: r.contact_person,
      source: r.source as NpoContactSource,
      sourceNote: r.source_note,
      notedOn: r.noted_on,
      recordedByName: (r.recorded_by && names.get(r.recorded_by)) ?? null,
      createdAt: r.created_at,
    }));
  }
}
