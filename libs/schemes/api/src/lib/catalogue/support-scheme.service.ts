import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type AuthenticatedUser, AuditLogService, forbidden, policies, requireUser } from '@tsunagu/accounts/api';
import { conflict, isUniqueViolation, notFound } from '@tsunagu/shared/api-core';
import { schemesMessages } from '../schemes.messages';
import { type CleanScheme, cleanSchemeInput } from './support-scheme-input';
import type { SaveSupportSchemeInput, SupportScheme } from './support-scheme.model';
import { type SupportSchemeRow, SupportSchemeRepository } from './support-scheme.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NAME_INDEX = 'support_scheme_name_idx';

export const toSchemeModel = (r: SupportSchemeRow): SupportScheme => ({
  id: r.id,
  name: r.name,
  summary: r.summary,
  eligibility: r.eligibility,
  howToApply: r.how_to_apply,
  officeName: r.office_name,
  officePhone: r.office_phone,
  officeUrl: r.office_url,
  keywords: r.keywords,
  concepts: r.concepts,
  fields: r.fields,
  active: r.active,
  updatedAt: r.updated_at,
});

/**
 * The catalogue of the city's support schemes. Anyone reads the active ones; staff add, edit,
 * retire and restore, each change audit-logged with the scheme's name. Retiring keeps the
 * scheme (it may come back next year), it only leaves the public page and the suggestions.
 */
@Injectable()
export class SupportSchemeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly schemes: SupportSchemeRepository,
    private readonly audit: AuditLogService,
  ) {}

  async list(user: AuthenticatedUser | undefined, includeRetired: boolean): Promise<SupportScheme[]> {
    if (includeRetired && !policies.canManageSupportSchemes(requireUser(user)))
      throw forbidden(schemesMessages.retiredNotAllowed);
    return (await this.schemes.list(includeRetired)).map(toSchemeModel);
  }

  /** Active schemes, as matching compares them. */
  active(): Promise<SupportSchemeRow[]> {
    return this.schemes.list(false);
  }

  /** A retired scheme is NOT_FOUND for anyone but staff, as if it were gone. */
  async get(user: AuthenticatedUser | undefined, id: string): Promise<SupportScheme> {
    const row = UUID.test(id) ? await this.schemes.findById(id) : null;
    if (!row || (!row.active && !policies.canManageSupportSchemes(user)))
      throw notFound(schemesMessages.schemeNotFound);
    return toSchemeModel(row);
  }

  async save(staff: AuthenticatedUser, input: SaveSupportSchemeInput): Promise<SupportScheme> {
    this.mustManage(staff);
    const scheme = cleanSchemeInput(input);
    if (input.id) {
      const id = input.id;
      return this.change(staff, 'scheme.updated', (manager) => this.schemes.update(id, scheme, staff.id, manager));
    }
    return this.change(staff, 'scheme.created', (manager) => this.schemes.insert(scheme, staff.id, manager));
  }

  async setActive(staff: AuthenticatedUser, id: string, active: boolean): Promise<SupportScheme> {
    this.mustManage(staff);
    if (!UUID.test(id)) throw notFound(schemesMessages.schemeNotFound);
    return this.change(staff, active ? 'scheme.restored' : 'scheme.retired', (manager) =>
      this.schemes.setActive(id, active, staff.id, manager),
    );
  }

  /** Adds a scheme without an actor (the demo seeder); none is added twice under one name. */
  async seed(scheme: CleanScheme): Promise<boolean> {
    if (await this.schemes.existsNamed(scheme.name)) return false;
    await this.dataSource.transaction((manager) => this.schemes.insert(scheme, null, manager));
    return true;
  }

  /** One write and its audit entry in one transaction; a name already used is a CONFLICT. */
  private async change(
    staff: AuthenticatedUser,
    action: string,
    write: (manager: EntityManager) => Promise<SupportSchemeRow | null>,
  ): Promise<SupportScheme> {
    try {
      const row = await this.dataSource.transaction(async (manager) => {
        const written = await write(manager);
        if (!written) throw notFound(schemesMessages.schemeNotFound);
        await this.audit.record(
          {
            actorUserId: staff.id,
            action,
            targetType: 'support_scheme',
            targetId: written.id,
            detail: { title: written.name },
          },
          manager,
        );
        return written;
      });
      return toSchemeModel(row);
    } catch (error) {
      if (isUniqueViolation(error, NAME_INDEX)) throw conflict(schemesMessages.nameTaken);
      throw error;
    }
  }

  /** The resolvers' guard says the same; a service other code calls must not rely on it. */
  private mustManage(user: AuthenticatedUser): void {
    if (!policies.canManageSupportSchemes(user)) throw forbidden(schemesMessages.notAllowed);
  }
}
