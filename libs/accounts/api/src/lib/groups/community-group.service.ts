import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { enqueueMail } from '@tsunagu/mail/api';
import { SearchOutbox } from '@tsunagu/search/api';
import { APP_CONFIG, type AppConfig, badUserInput, notFound } from '@tsunagu/shared/api-core';
import { accountsMessages } from '../accounts.messages';
import { AuditLogService } from '../audit/audit-log.service';
import { forbidden } from '../auth/access-errors';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { policies } from '../auth/policies';
import { hashToken, newSecretToken } from '../auth/secret-token';
import { CommunityGroupEntity } from '../entities/community-group.entity';
import { MembershipRepository } from '../memberships/membership.repository';
import { MembershipService, proxyFor } from '../memberships/membership.service';
import { proxyEntry } from '../proxies/proxy-entry';
import { SchoolDistrictService } from '../school-districts/school-district.service';
import { CommunityGroupRepository } from './community-group.repository';
import { GroupInviteRepository } from './group-invite.repository';
import type {
  CommunityGroup,
  CommunityGroupKind,
  CommunityGroupStatus,
  RegisterCommunityGroupInput,
} from './community-group.model';

const INVITE_DAYS = 7;

/** The search source name of community groups: indexes whose documents follow a group's status. */
export const COMMUNITY_GROUP_SEARCH_SOURCE = 'community_group';

@Injectable()
export class CommunityGroupService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly groups: CommunityGroupRepository,
    private readonly invites: GroupInviteRepository,
    private readonly members: MembershipRepository,
    private readonly memberships: MembershipService,
    private readonly audit: AuditLogService,
    private readonly searchOutbox: SearchOutbox,
    private readonly districts: SchoolDistrictService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The group as this caller may see it: contact details only where the policy allows. */
  async view(group: CommunityGroupEntity, user: AuthenticatedUser | undefined): Promise<CommunityGroup> {
    const m = await this.memberships.load(user?.id);
    const contact = policies.canSeeGroupContact(user, m, group);
    return {
      id: group.id,
      name: group.name,
      kind: group.kind as CommunityGroupKind,
      ward: group.ward,
      area: group.area,
      schoolDistrictId: group.schoolDistrictId,
      status: group.status as CommunityGroupStatus,
      representativeName: contact ? group.representativeName : null,
      contactPhone: contact ? group.contactPhone : null,
      contactEmail: contact ? group.contactEmail : null,
      createdAt: group.createdAt,
      assisted: group.assisted,
      centreId: group.centreId,
      postalAddress: contact ? group.postalAddress : null,
      viewerActsAs: proxyEntry(proxyFor(m, group.id)),
    };
  }

  async register(user: AuthenticatedUser, input: RegisterCommunityGroupInput): Promise<CommunityGroupEntity> {
    return this.dataSource.transaction(async (manager) => {
      const schoolDistrictId = await this.districts.checkChoice(input.ward, input.schoolDistrictId, manager);
      const group = await this.groups.create(
        {
          name: input.name.trim(),
          kind: input.kind,
          ward: input.ward,
          area: input.area?.trim() || null,
          schoolDistrictId,
          representativeName: input.representativeName.trim(),
          contactPhone: input.contactPhone?.normalize('NFKC') ?? null,
          contactEmail: input.contactEmail?.trim().toLowerCase() ?? null,
          createdBy: user.id,
        },
        manager,
      );
      await this.members.addGroupOwner(group.id, user.id, manager);
      return group;
    });
  }

  async find(id: string, user: AuthenticatedUser | undefined): Promise<CommunityGroupEntity> {
    const group = /^[0-9a-f-]{36}$/i.test(id) ? await this.groups.findById(id) : null;
    if (!group || !policies.canSeeGroup(user, await this.memberships.load(user?.id), group)) {
      throw notFound(accountsMessages.groupNotFound);
    }
    return group;
  }

  async decide(staff: AuthenticatedUser, id: string, approve: boolean): Promise<CommunityGroupEntity> {
    if (!policies.canVerifyGroups(staff)) throw forbidden();
    return this.dataSource.transaction(async (manager) => {
      const group = await this.groups.lockForDecision(id, manager);
      if (!group) throw notFound(accountsMessages.groupNotFound);
      group.status = approve ? 'VERIFIED' : 'REJECTED';
      group.decidedAt = new Date();
      group.decidedBy = staff.id;
      await this.groups.save(group, manager);
      // Only a verified group's needs are public: refusing it (also after approval) takes them
      // out of search, approving it again brings them back, with this very commit.
      await this.searchOutbox.enqueueDependents(manager, COMMUNITY_GROUP_SEARCH_SOURCE, [id]);
      const members = await this.members.groupMemberContacts(id, manager);
      for (const member of members) {
        await enqueueMail(manager, {
          to: member.email,
          subject: approve ? `【つなぐ】${group.name}の登録が確認されました` : `【つなぐ】${group.name}の登録について`,
          text: approve
            ? `${member.display_name} 様\n\n市の職員が「${group.name}」の登録を確認しました。\nこれから困りごとを書いて、NPOに相談できます。\n\n${this.config.publicUrl}/me`
            : `${member.display_name} 様\n\n「${group.name}」の登録を確認できませんでした。\nくわしくは、区役所の担当（地域・人づくり部）にお問い合わせください。`,
        });
      }
      await this.audit.record(
        {
          actorUserId: staff.id,
          action: approve ? 'group.verified' : 'group.rejected',
          targetType: 'community_group',
          targetId: id,
          detail: { name: group.name },
        },
        manager,
      );
      return group;
    });
  }

  /** Moves a group into a 校区 of its ward, or out of any (null). */
  async setSchoolDistrict(
    user: AuthenticatedUser,
    groupId: string,
    schoolDistrictId: string | null,
  ): Promise<CommunityGroupEntity> {
    const found = await this.find(groupId, user);
    if (!policies.canSetGroupSchoolDistrict(user, await this.memberships.load(user.id), found)) throw forbidden();
    return this.dataSource.transaction(async (manager) => {
      const group = await this.groups.lockForDecision(found.id, manager);
      if (!group) throw notFound(accountsMessages.groupNotFound);
      group.schoolDistrictId = await this.districts.checkChoice(group.ward, schoolDistrictId, manager);
      await this.groups.save(group, manager);
      await this.audit.record(
        {
          actorUserId: user.id,
          action: 'group.school_district_set',
          targetType: 'community_group',
          targetId: group.id,
          detail: { schoolDistrictId: group.schoolDistrictId },
        },
        manager,
      );
      return group;
    });
  }

  async mine(user: AuthenticatedUser): Promise<CommunityGroupEntity[]> {
    const m = await this.memberships.load(user.id);
    return m.groups.size ? this.groups.findByIds([...m.groups.keys()]) : [];
  }

  async pending(staff: AuthenticatedUser): Promise<CommunityGroupEntity[]> {
    if (!policies.canVerifyGroups(staff)) throw forbidden();
    return this.groups.findPending();
  }

  async invite(user: AuthenticatedUser, groupId: string): Promise<{ url: string; expiresAt: Date }> {
    const group = await this.find(groupId, user);
    if (!policies.canInviteToGroup(user, await this.memberships.load(user.id), group)) throw forbidden();
    const { token, hash } = newSecretToken();
    const expiresAt = new Date(Date.now() + INVITE_DAYS * 86_400_000);
    await this.invites.insert({ groupId: group.id, tokenHash: hash, createdBy: user.id, expiresAt });
    return { url: `${this.config.publicUrl}/groups/join?token=${token}`, expiresAt };
  }

  async join(user: AuthenticatedUser, token: string): Promise<CommunityGroupEntity> {
    const groupId = await this.invites.groupOfUsable(hashToken(token));
    if (!groupId) throw badUserInput(accountsMessages.inviteUnusable, 'token');
    await this.members.addGroupMember(groupId, user.id);
    return this.groups.findByIdOrFail(groupId);
  }
}
