import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MembershipService, PeopleDirectory } from '@tsunagu/accounts/api';
import { Notifier } from '@tsunagu/notifications/api';
import { APP_CONFIG, type AppConfig } from '@tsunagu/shared/api-core';
import type { OfferFacts } from './offer-views.service';
import { dayInWords, replyDeadline } from '@tsunagu/shared/util';

/** A waiting offer with the names its notices speak of. */
export interface OfferNoticeFacts extends OfferFacts {
  readonly npoName: string;
}

interface Draft {
  readonly kind: string;
  readonly title: string;
  readonly body: string;
}

/**
 * What the group, the NPO's members and staff are told when an offer waits too long for the
 * group's answer, in the transaction of the change itself. Japanese, like the other offer
 * notices (a notification is stored once for its reader and mailed as it is), in plain words
 * that say what happens next. Every notice leads to the offer itself (`/offers/:id`), where
 * the status and its note say the same.
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
        kind: 'offer.reminded',
        title: `「${r.npoName}」からの申し出に、お返事をお願いします`,
        body: `「${r.npoName}」からの申し出に、まだお返事していません。${day}までにお返事がなければ、この申し出は終わりになります。募集「${r.needTitle}」の申し出を読んで、お願いするか見送るかを決めてください。`,
      });
      await this.toNpo(manager, r, {
        kind: 'offer.reminded',
        title: `「${r.groupName}」に、お返事をお願いしました`,
        body: `募集「${r.needTitle}」への申し出に、「${r.groupName}」からまだお返事がないので、お返事をお願いしました。${day}までにお返事がなければ、この申し出は終わりになります。`,
      });
      await this.notify(manager, staff, r, {
        kind: 'offer.reminded',
        title: `「${r.groupName}」が、申し出にまだ返事をしていません`,
        body: `募集「${r.needTitle}」への「${r.npoName}」からの申し出に、「${r.groupName}」がまだ返事をしていません。${day}までに返事がなければ、申し出は終わりになります。必要なら、団体に声をかけてください。`,
      });
    }
  }

  /** Second deadline: the offer closed; the NPO is thanked and pointed to other needs, the group and staff hear why. */
  async closedUnanswered(manager: EntityManager, rows: readonly OfferNoticeFacts[]): Promise<void> {
    const staff = await this.people.staffIds(manager);
    for (const r of rows) {
      const day = this.closingDay(r);
      await this.toNpo(manager, r, {
        kind: 'offer.expired',
        title: `「${r.groupName}」からのお返事がないまま、期限になりました`,
        body: `募集「${r.needTitle}」への申し出は、「${r.groupName}」からのお返事がないまま、期限になりました。申し出ていただき、ありがとうございました。ほかの募集にも申し出てみてください。`,
      });
      await this.toGroup(manager, r, {
        kind: 'offer.expired',
        title: `「${r.npoName}」からの申し出が、終わりになりました`,
        body: `募集「${r.needTitle}」への「${r.npoName}」からの申し出に、期限の${day}までにお返事がなかったので、この申し出は終わりになりました。この募集には、ほかのNPOからも申し出を受けられます。`,
      });
      await this.notify(manager, staff, r, {
        kind: 'offer.expired',
        title: `「${r.groupName}」が返事をしないまま、申し出が終わりました`,
        body: `募集「${r.needTitle}」への「${r.npoName}」からの申し出は、「${r.groupName}」が期限の${day}までに返事をしなかったので、終わりました。NPOには、ほかの募集に申し出られることを伝えました。`,
      });
    }
  }

  /** The group ended the need before answering: only the NPO, which still waited, is told. */
  async needClosed(manager: EntityManager, rows: readonly OfferNoticeFacts[]): Promise<void> {
    for (const r of rows) {
      await this.toNpo(manager, r, {
        kind: 'offer.expired',
        title: `募集「${r.needTitle}」が終わりました`,
        body: `「${r.groupName}」の募集「${r.needTitle}」が終わったので、申し出も終わりになりました。申し出ていただき、ありがとうございました。ほかの募集にも申し出てみてください。`,
      });
    }
  }

  private closingDay(r: OfferNoticeFacts): string {
    return dayInWords(replyDeadline(r.offer.createdAt, this.config.outreach.closeDays), 'ja');
  }

  private async toGroup(manager: EntityManager, r: OfferNoticeFacts, draft: Draft): Promise<void> {
    await this.notify(manager, await this.memberships.groupMemberIds(r.groupId, manager), r, draft);
  }

  private async toNpo(manager: EntityManager, r: OfferNoticeFacts, draft: Draft): Promise<void> {
    await this.notify(manager, await this.memberships.npoMemberIds(r.offer.npoId, manager), r, draft);
  }

  private async notify(manager: EntityManager, userIds: readonly string[], r: OfferNoticeFacts, draft: Draft) {
    await this.notifier.notify(manager, userIds, { ...draft, link: `/offers/${r.offer.id}` });
  }
}
