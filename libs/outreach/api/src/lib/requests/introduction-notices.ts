import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MembershipService, PeopleDirectory } from '@tsunagu/accounts/api';
import { type NoticeKey, type NoticeParams, type NoticePhrase, Notifier } from '@tsunagu/notifications/api';
import { APP_CONFIG, type AppConfig } from '@tsunagu/shared/api-core';
import type { ForwardedHowValue } from '../entities/introduction-request.entity';
import type { IntroductionRequest } from './introduction-request.model';
import { replyDeadline } from '@tsunagu/shared/util';

/** Staff's page of the queue: where every notice to staff about requests leads. */
export const STAFF_QUEUE_LINK = '/staff/outreach';

const HOW_TOLD: Record<ForwardedHowValue, NoticePhrase> = {
  MEMBERS: 'howMembers',
  LETTER: 'howLetter',
  MAIL: 'howMail',
  PHONE: 'howPhone',
};

const CLOSED_NOTICE = {
  NEED_CLOSED: 'introClosedNeedClosed',
  NO_REPLY: 'introClosedNoReply',
  DECLINED: 'introClosedDeclined',
} as const;

interface Draft<K extends NoticeKey> {
  readonly notice: K;
  readonly params: NoticeParams<K>;
}

const needLink = (r: IntroductionRequest) => `/needs/${r.needId}`;

/**
 * What the group, the NPO's members and staff are told about requests, in the transaction of
 * the change itself, by their keys in the notifications' catalogue (each reader reads them in
 * their language), in plain words that say what happens next.
 */
@Injectable()
export class IntroductionNotices {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notifier: Notifier,
    private readonly memberships: MembershipService,
    private readonly people: PeopleDirectory,
  ) {}

  private closesOn(r: IntroductionRequest): Date {
    return replyDeadline(r.requestedAt, this.config.outreach.closeDays);
  }

  private async toGroup<K extends NoticeKey>(manager: EntityManager, r: IntroductionRequest, draft: Draft<K>) {
    const members = await this.memberships.groupMemberIds(r.groupId, manager);
    await this.notifier.notify(manager, members, { ...draft, link: needLink(r) });
  }

  private async toStaff<K extends NoticeKey>(manager: EntityManager, draft: Draft<K>) {
    await this.notifier.notify(manager, await this.people.staffIds(manager), { ...draft, link: STAFF_QUEUE_LINK });
  }

  /** An NPO with members was asked: its members hear it at once (the words of needs' invitation). */
  async membersAsked(manager: EntityManager, r: IntroductionRequest): Promise<void> {
    await this.notifier.notify(manager, await this.memberships.npoMemberIds(r.npoId, manager), {
      notice: 'invitation',
      params: { group: r.groupName, need: r.needTitle, npo: r.npoName },
      link: needLink(r),
    });
  }

  /** An NPO without members was asked: staff pass it on. */
  async staffAsked(manager: EntityManager, r: IntroductionRequest): Promise<void> {
    await this.toStaff(manager, {
      notice: 'introRequested',
      params: { group: r.groupName, ward: r.groupWard, need: r.needTitle, npo: r.npoName },
    });
  }

  /** Staff (or a letter) told the NPO: each group hears it. */
  async forwarded(manager: EntityManager, rows: readonly IntroductionRequest[]): Promise<void> {
    for (const r of rows) {
      await this.toGroup(manager, r, {
        notice: 'introForwarded',
        params: { npo: r.npoName, need: r.needTitle, how: HOW_TOLD[r.forwardedHow ?? 'LETTER'] },
      });
    }
  }

  /** Staff closed a request: the group hears why, and what it can do now. */
  async closedByStaff(manager: EntityManager, r: IntroductionRequest): Promise<void> {
    const notice = r.closeReason === 'NEED_CLOSED' || r.closeReason === 'NO_REPLY' ? r.closeReason : 'DECLINED';
    await this.toGroup(manager, r, {
      notice: CLOSED_NOTICE[notice],
      params: { npo: r.npoName, need: r.needTitle, note: r.closeNote || null },
    });
  }

  /** The reminder: the group is told the city tries again and the day it ends; the NPO's members (if any) and staff are reminded. */
  async reminded(manager: EntityManager, rows: readonly IntroductionRequest[]): Promise<void> {
    for (const r of rows) {
      const day = this.closesOn(r);
      await this.toGroup(manager, r, {
        notice: 'introRemindGroup',
        params: { npo: r.npoName, need: r.needTitle, day },
      });
      if (r.route === 'MEMBERS') {
        await this.notifier.notify(manager, await this.memberships.npoMemberIds(r.npoId, manager), {
          notice: 'introRemindNpo',
          params: { group: r.groupName, need: r.needTitle, npo: r.npoName, day },
          link: needLink(r),
        });
      }
    }
    for (const ofNpo of byNpo(rows)) {
      await this.toStaff(manager, {
        notice: 'introRemindStaff',
        params: {
          npo: ofNpo[0].npoName,
          count: ofNpo.length,
          items: ofNpo.map((r) => ({ group: r.groupName, need: r.needTitle, day: this.closesOn(r) })),
        },
      });
    }
  }

  /** Closed with no answer after the second deadline: the group hears what it can do now, staff hear it closed. */
  async noReply(manager: EntityManager, rows: readonly IntroductionRequest[]): Promise<void> {
    for (const r of rows) {
      await this.toGroup(manager, r, { notice: 'introNoReply', params: { npo: r.npoName, need: r.needTitle } });
    }
    for (const ofNpo of byNpo(rows)) {
      await this.toStaff(manager, {
        notice: 'introNoReplyStaff',
        params: {
          npo: ofNpo[0].npoName,
          count: ofNpo.length,
          items: ofNpo.map((r) => ({ group: r.groupName, need: r.needTitle })),
        },
      });
    }
  }
}

/** The rows of each NPO (staff get one notice per NPO, not one per request). */
function byNpo(rows: readonly IntroductionRequest[]): IntroductionRequest[][] {
  const out = new Map<string, IntroductionRequest[]>();
  for (const r of rows) out.set(r.npoId, [...(out.get(r.npoId) ?? []), r]);
  return [...out.values()];
}
