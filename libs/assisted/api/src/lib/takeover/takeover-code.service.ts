import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  AttemptLimiter,
  AuditLogService,
  type AuthenticatedUser,
  type CommunityGroup,
  CommunityGroupRepository,
  CommunityGroupService,
  MembershipRepository,
  TAKEOVER_CODE_WRONG_PER_PERSON,
  forbidden,
} from '@tsunagu/accounts/api';
import { formatCode, newCode, normaliseCode } from '@tsunagu/outreach/api';
import { badUserInput } from '@tsunagu/shared/api-core';
import { assistedMessages } from '../assisted.messages';
import { AssistedGroupService } from '../groups/assisted-group.service';
import type { TakeoverCode } from '../groups/assisted-group.model';
import { TakeoverCodeRepository } from './takeover-code.repository';

const TAKEOVER_DAYS = 60;
const hashOf = (normalised: string) => createHash('sha256').update(`group-takeover:${normalised}`).digest('hex');

/**
 * The officer takes the group over: the centre prints a one-time number, the officer signs up and
 * types it, and becomes the group's owner. Everything done so far stays with the group; the centre
 * stops acting for it (the officer can choose delegates, or ask the centre again).
 */
@Injectable()
export class TakeoverCodeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly codes: TakeoverCodeRepository,
    private readonly groups: CommunityGroupRepository,
    private readonly groupViews: CommunityGroupService,
    private readonly assisted: AssistedGroupService,
    private readonly members: MembershipRepository,
    private readonly limiter: AttemptLimiter,
    private readonly audit: AuditLogService,
  ) {}

  async issue(user: AuthenticatedUser, groupId: string): Promise<TakeoverCode> {
    const group = /^[0-9a-f-]{36}$/i.test(groupId) ? await this.groups.findById(groupId) : null;
    if (!group?.centreId) throw forbidden();
    await this.assisted.centre(user, group.centreId);
    if (!group.assisted) throw badUserInput(assistedMessages.groupNotAssisted, 'groupId');
    const code = newCode();
    const expiresAt = new Date(Date.now() + TAKEOVER_DAYS * 86_400_000);
    await this.dataSource.transaction(async (manager) => {
      await this.codes.issue(group.id, hashOf(code), user.id, expiresAt, manager);
      await this.audit.record(
        { actorUserId: user.id, action: 'assisted.takeover.issued', targetType: 'community_group', targetId: group.id },
        manager,
      );
    });
    return { code: formatCode(code), expiresAt };
  }

  async takeOver(user: AuthenticatedUser, typed: string): Promise<CommunityGroup> {
    const code = normaliseCode(typed);
    if (!code) throw badUserInput(assistedMessages.takeoverCodeUnusable, 'code');
    await this.limiter.take(TAKEOVER_CODE_WRONG_PER_PERSON, user.id, assistedMessages.takeoverTooManyWrong);
    const groupId = await this.dataSource.transaction(async (manager) => {
      const id = await this.codes.use(hashOf(code), user.id, manager);
      if (!id) return null;
      const group = await this.groups.lockForDecision(id, manager);
      if (!group) return null;
      group.assisted = false;
      await this.groups.save(group, manager);
      await this.members.addGroupOwner(group.id, user.id, manager);
      await this.audit.record(
        { actorUserId: user.id, action: 'assisted.takeover.used', targetType: 'community_group', targetId: group.id },
        manager,
      );
      return group.id;
    });
    // Only numbers that were never issued count as wrong tries; a used or expired one was real paper.
    if (groupId || (await this.codes.exists(hashOf(code), this.dataSource.manager))) {
      await this.limiter.giveBack(TAKEOVER_CODE_WRONG_PER_PERSON, user.id);
    }
    if (!groupId) throw badUserInput(assistedMessages.takeoverCodeUnusable, 'code');
    return this.groupViews.view(await this.groups.findByIdOrFail(groupId), user);
  }
}
