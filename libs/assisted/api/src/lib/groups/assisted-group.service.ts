import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  AuditLogService,
  type AuthenticatedUser,
  CentreStaffService,
  type CommunityGroup,
  CommunityGroupRepository,
  CommunityGroupService,
  PeopleDirectory,
  SchoolDistrictService,
  forbidden,
  policies,
} from '@tsunagu/accounts/api';
import { badUserInput, notFound } from '@tsunagu/shared/api-core';
import { todayInJapan } from '@tsunagu/shared/util';
import { assistedMessages } from '../assisted.messages';
import { AssistedConsentRepository, type ConsentRecord } from './assisted-consent.repository';
import type { AssistedConsent, AssistedGroupEntry, CentreDesk, CreateAssistedGroupInput } from './assisted-group.model';
import { CONSENT_TEXT_VERSION } from './consent-text';

/**
 * Groups whose officer is not online: registered by the staff of a 市民センター (or the city's)
 * with the officer's consent on record, and looked after by that centre from then on.
 */
@Injectable()
export class AssistedGroupService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly groups: CommunityGroupRepository,
    private readonly groupViews: CommunityGroupService,
    private readonly centreStaff: CentreStaffService,
    private readonly consents: AssistedConsentRepository,
    private readonly people: PeopleDirectory,
    private readonly audit: AuditLogService,
    private readonly schoolDistricts: SchoolDistrictService,
  ) {}

  /** The centres the caller works at; every centre for the city's staff. */
  async myCentres(user: AuthenticatedUser): Promise<CommunityGroup[]> {
    const all = await this.groups.centres();
    const mine = new Set(await this.centreStaff.centresOf(user.id));
    const visible = policies.isStaff(user) ? all : all.filter((c) => mine.has(c.id));
    return Promise.all(visible.map((c) => this.groupViews.view(c, user)));
  }

  async desk(user: AuthenticatedUser, centreId: string): Promise<CentreDesk> {
    const centre = await this.centre(user, centreId);
    const groups = await this.groups.ofCentre(centre.id);
    const consents = await this.consentViews(groups.map((g) => g.id));
    return {
      centre: await this.groupViews.view(centre, user),
      groups: await Promise.all(
        groups.map(async (g): Promise<AssistedGroupEntry> => ({
          group: await this.groupViews.view(g, user),
          consent: consents.find((c) => c.groupId === g.id) ?? null,
        })),
      ),
    };
  }

  async create(user: AuthenticatedUser, input: CreateAssistedGroupInput): Promise<CommunityGroup> {
    const centre = await this.centre(user, input.centreId);
    if (input.consent.consentedOn > todayInJapan()) {
      throw badUserInput(assistedMessages.consentDateInFuture, 'consent.consentedOn');
    }
    const group = await this.dataSource.transaction(async (manager) => {
      const schoolDistrictId = await this.schoolDistricts.checkChoice(input.ward, input.schoolDistrictId, manager);
      const created = await this.groups.create(
        {
          name: input.name.trim(),
          kind: input.kind,
          ward: input.ward,
          area: input.area?.trim() || centre.name,
          schoolDistrictId,
          representativeName: input.officerName.trim(),
          contactPhone: input.phone
            .normalize('NFKC')
            .replace(/[‐－ー]/g, '-')
            .trim(),
          contactEmail: null,
          postalAddress: input.postalAddress.normalize('NFKC').trim(),
          // Staff met or called the officer: the group is known to the city from the start.
          status: 'VERIFIED',
          decidedAt: new Date(),
          decidedBy: user.id,
          createdBy: user.id,
          assisted: true,
          centreId: centre.id,
        },
        manager,
      );
      const consentId = await this.consents.insert(
        {
          groupId: created.id,
          officerName: input.officerName.trim(),
          method: input.consent.method,
          consentedOn: input.consent.consentedOn,
          takenBy: user.id,
          textVersion: CONSENT_TEXT_VERSION,
          note: input.consent.note?.trim() || null,
        },
        manager,
      );
      await this.audit.record(
        {
          actorUserId: user.id,
          action: 'assisted.group.created',
          targetType: 'community_group',
          targetId: created.id,
          detail: { centreId: centre.id, consentId, method: input.consent.method },
        },
        manager,
      );
      return created;
    });
    return this.groupViews.view(group, user);
  }

  /** A centre the caller works at (or any centre, for the city's staff). */
  async centre(user: AuthenticatedUser, centreId: string) {
    const centre = /^[0-9a-f-]{36}$/i.test(centreId) ? await this.groups.findById(centreId) : null;
    if (!centre || centre.kind !== 'SHIMIN_CENTER') throw notFound(assistedMessages.centreNotFound);
    if (!policies.canWorkAtCentre(user, await this.centreStaff.centresOf(user.id), centre.id)) throw forbidden();
    return centre;
  }

  private async consentViews(groupIds: string[]): Promise<Array<AssistedConsent & { groupId: string }>> {
    const rows = await this.consents.ofGroups(groupIds);
    const names = await this.people.displayNames(rows.flatMap((r) => (r.takenBy ? [r.takenBy] : [])));
    return rows.map((r: ConsentRecord) => ({
      id: r.id,
      groupId: r.groupId,
      officerName: r.officerName,
      method: r.method as AssistedConsent['method'],
      consentedOn: r.consentedOn,
      takenByName: r.takenBy ? (names.get(r.takenBy) ?? null) : null,
      textVersion: r.textVersion,
      note: r.note,
      recordedAt: r.recordedAt,
    }));
  }
}
