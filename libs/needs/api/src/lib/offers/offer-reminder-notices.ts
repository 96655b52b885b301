import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MembershipService, PeopleDirectory } from '@tsunagu/accounts/api';
import { type NoticeKey, type NoticeParams, Notifier } from '@tsunagu/notifications/api';
import { APP_CONFIG, type AppConfig } from '@tsunagu/shared/api-core';
import type { OfferFacts } from './offer-views.service';
import { replyDeadline } from '@tsunagu/shared/util';

/** A waiting offer with the names its notices speak of. */
export interface OfferNoticeFacts extends OfferFacts {
  readonly npoName: string;
}

interface Draft<K extends NoticeKey> {
  readonly notice: K;
  readonly params: NoticeParams<K>;
}

/**
 * What the group, the NPO's members and staff are told when an offer waits too long for the
 * group's answer, in the transaction of the change itself, by their keys in the notifications'
 * catalogue (each reader reads them in their language), in plain words that say what happens
 * next. Every notice leads to the offer itself (`/offers/:id`), where the status and its note say
 * the same.
 */
@Injectable()
export class OfferReminderNotices {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notifier: Notifier,
    private readonly memberships: MembershipService,
    private readonly people: PeopleDirectory,
  ) {}

  /** First deadline: the group is asked to answer by the closing day; staff may nudge it; the NPO learns the group was asked. */
  async reminded(manager: EntityManager, rows: readonly OfferNoticeFacts[]): Promise<void> {
    const staff = await this.people.staffIds(manager);
    for (const r of rows) {
      const day = this.closingDay(r);
      await this.toGroup(manager, r, {
        notice: 'offerRemindGroup',
        params: { npo: r.npoName, need: r.needTitle, day },
      });
      await this.toNpo(manager, r, {
        notice: 'offerRemindNpo',
        params: { group: r.groupName, need: r.needTitle, day },
      });
      await this.notify(manager, staff, r, {
        notice: 'offerRemindStaff',
        params: { group: r.groupName, npo: r.npoName, need: r.needTitle, day },
      });
    }
  }

  /** Second deadline: the offer closed; the NPO is thanked and pointed to other needs, the group and staff hear why. */
  async closedUnanswered(manager: EntityManager, rows: readonly OfferNoticeFacts[]): Promise<void> {
    const staff = await this.people.staffIds(manager);
    for (const r of rows) {
      const day = this.closingDay(r);
      await this.toNpo(manager, r, { notice: 'offerExpiredNpo', params: { group: r.groupName, need: r.needTitle } });
      await this.toGroup(manager, r, {
        notice: 'offerExpiredGroup',
        params: { npo: r.npoName, need: r.needTitle, day },
      });
      await this.notify(manager, staff, r, {
        notice: 'offerExpiredStaff',
        params: { group: r.groupName, npo: r.npoName, need: r.needTitle, day },
      });
    }
  }

  /** The group ended the need before answering: only the NPO, which still waited, is told. */
  async needClosed(manager: EntityManager, rows: readonly OfferNoticeFacts[]): Promise<void> {
    for (const r of rows) {
      await this.toNpo(manager, r, { notice: 'offerNeedClosed', params: { group: r.groupName, need: r.needTitle } });
    }
  }

  private closingDay(r: OfferNoticeFacts): Date {
    return replyDeadline(r.offer.createdAt, this.config.outreach.closeDays);
  }

  private async toGroup<K extends NoticeKey>(manager: EntityManager, r: OfferNoticeFacts, draft: Draft<K>) {
    await this.notify(manager, await this.memberships.groupMemberIds(r.groupId, manager), r, draft);
  }

  private async toNpo<K extends NoticeKey>(manager: EntityManager, r: OfferNoticeFacts, draft: Draft<K>) {
    await this.notify(manager, await this.memberships.npoMemberIds(r.offer.npoId, manager), r, draft);
  }

  private async notify<K extends NoticeKey>(
    manager: EntityManager,
    userIds: readonly string[],
    r: OfferNoticeFacts,
    draft: Draft<K>,
  ) {
    await this.notifier.notify(manager, userIds, { ...draft, link: `/offers/${r.offer.id}` });
  }
}
