import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MembershipService, PeopleDirectory } from '@tsunagu/accounts/api';
import { Notifier } from '@tsunagu/notifications/api';
import { APP_CONFIG, type AppConfig } from '@tsunagu/shared/api-core';
import type { ForwardedHowValue } from '../entities/introduction-request.entity';
import type { IntroductionRequest } from './introduction-request.model';
import { dayInWords, replyDeadline } from '@tsunagu/shared/util';

/** Staff's page of the queue: where every notice to staff about requests leads. */
export const STAFF_QUEUE_LINK = '/staff/outreach';

const HOW_TOLD: Record<ForwardedHowValue, string> = {
  MEMBERS: 'NPOのメンバーに',
  LETTER: '手紙で',
  MAIL: 'メールで',
  PHONE: '電話で',
};

const needLink = (r: IntroductionRequest) => `/needs/${r.needId}`;

/**
 * What the group, the NPO's members and staff are told about requests, in the transaction of
 * the change itself. The texts are Japanese (a notification is stored once for its reader and
 * mailed as it is, like the offers' notices), in plain words that say what happens next.
 */
@Injectable()
export class IntroductionNotices {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notifier: Notifier,
    private readonly memberships: MembershipService,
    private readonly people: PeopleDirectory,
  ) {}

  private closesOn(r: IntroductionRequest): string {
    return dayInWords(replyDeadline(r.requestedAt, this.config.outreach.closeDays), 'ja');
  }

  private async toGroup(manager: EntityManager, r: IntroductionRequest, kind: string, title: string, body: string) {
    const members = await this.memberships.groupMemberIds(r.groupId, manager);
    await this.notifier.notify(manager, members, { kind, title, body, link: needLink(r) });
  }

  private async toStaff(manager: EntityManager, kind: string, title: string, body: string) {
    await this.notifier.notify(manager, await this.people.staffIds(manager), {
      kind,
      title,
      body,
      link: STAFF_QUEUE_LINK,
    });
  }

  /** An NPO with members was asked: its members hear it at once (the words of needs' invitation). */
  async membersAsked(manager: EntityManager, r: IntroductionRequest): Promise<void> {
    await this.notifier.notify(manager, await this.memberships.npoMemberIds(r.npoId, manager), {
      kind: 'need.invitation',
      title: `「${r.groupName}」から、お手伝いのお誘いです`,
      body: `「${r.groupName}」が、募集「${r.needTitle}」に「${r.npoName}」の力を借りたいと考えています。募集を読んで、できることがあれば申し出てください。`,
      link: needLink(r),
    });
  }

  /** An NPO without members was asked: staff pass it on. */
  async staffAsked(manager: EntityManager, r: IntroductionRequest): Promise<void> {
    await this.toStaff(
      manager,
      'introduction.requested',
      `「${r.npoName}」へのお願いがあります`,
      `「${r.groupName}」（${r.groupWard}）が、募集「${r.needTitle}」で「${r.npoName}」の力を借りたいと考えています。このNPOは、まだ「つなぐ」を使っていません。手紙・メール・電話でお伝えください。`,
    );
  }

  /** Staff (or a letter) told the NPO: each group hears it. */
  async forwarded(manager: EntityManager, rows: readonly IntroductionRequest[]): Promise<void> {
    for (const r of rows) {
      const how = HOW_TOLD[r.forwardedHow ?? 'LETTER'];
      await this.toGroup(
        manager,
        r,
        'introduction.forwarded',
        `市の担当者が「${r.npoName}」にお伝えしました`,
        `募集「${r.needTitle}」のお願いを、市の担当者が${how}「${r.npoName}」にお伝えしました。NPOから申し出があると、お知らせが届きます。`,
      );
    }
  }

  /** Staff closed a request: the group hears why, and what it can do now. */
  async closedByStaff(manager: EntityManager, r: IntroductionRequest): Promise<void> {
    const note = r.closeNote ? `\n市の担当者から: ${r.closeNote}` : '';
    const [title, body] =
      r.closeReason === 'NEED_CLOSED'
        ? [
            `「${r.npoName}」へのお願いを終わりにしました`,
            `募集「${r.needTitle}」が終わったので、「${r.npoName}」へのお願いも終わりにしました。`,
          ]
        : r.closeReason === 'NO_REPLY'
          ? [
              `「${r.npoName}」から返事がなかったので、お願いを終わりにしました`,
              `募集「${r.needTitle}」で「${r.npoName}」にお願いしましたが、返事がありませんでした。ほかのおすすめのNPOにもお願いできます。市の担当者にも相談できます。`,
            ]
          : [
              `「${r.npoName}」は、今回はお手伝いできないそうです`,
              `募集「${r.needTitle}」について、「${r.npoName}」は今回はお手伝いできないそうです。ほかのおすすめのNPOにもお願いできます。市の担当者にも相談できます。`,
            ];
    await this.toGroup(manager, r, 'introduction.closed', title, body + note);
  }

  /** The reminder: the group is told the city tries again and the day it ends; the NPO's members (if any) and staff are reminded. */
  async reminded(manager: EntityManager, rows: readonly IntroductionRequest[]): Promise<void> {
    for (const r of rows) {
      const day = this.closesOn(r);
      await this.toGroup(
        manager,
        r,
        'introduction.reminded',
        `「${r.npoName}」から、まだ返事がありません`,
        `募集「${r.needTitle}」のお願いに、${r.npoName}からまだ返事がありません。市の担当者がもう一度連絡します。${day}までに返事がなければ、このお願いは終わりにします。`,
      );
      if (r.route === 'MEMBERS') {
        await this.notifier.notify(manager, await this.memberships.npoMemberIds(r.npoId, manager), {
          kind: 'introduction.reminded',
          title: `「${r.groupName}」が、お返事を待っています`,
          body: `「${r.groupName}」が、募集「${r.needTitle}」で「${r.npoName}」の力を借りたいと待っています。できることがあれば、${day}までに申し出てください。`,
          link: needLink(r),
        });
      }
    }
    for (const ofNpo of byNpo(rows)) {
      const npoName = ofNpo[0].npoName;
      await this.toStaff(
        manager,
        'introduction.reminded',
        `「${npoName}」から返事のないお願いがあります（${ofNpo.length}件）`,
        `${ofNpo.map((r) => `「${r.groupName}」の募集「${r.needTitle}」（${this.closesOn(r)}まで）`).join('、')}に、まだ返事がありません。もう一度NPOに連絡してください。`,
      );
    }
  }

  /** Closed with no answer after the second deadline: the group hears what it can do now, staff hear it closed. */
  async noReply(manager: EntityManager, rows: readonly IntroductionRequest[]): Promise<void> {
    for (const r of rows) {
      await this.toGroup(
        manager,
        r,
        'introduction.noReply',
        `「${r.npoName}」から返事がなかったので、お願いを終わりにしました`,
        `募集「${r.needTitle}」で「${r.npoName}」にお願いしましたが、返事がありませんでした。ほかのおすすめのNPOにもお願いできます。市の担当者にも相談できます。`,
      );
    }
    for (const ofNpo of byNpo(rows)) {
      const npoName = ofNpo[0].npoName;
      await this.toStaff(
        manager,
        'introduction.noReply',
        `「${npoName}」へのお願いが、返事のないまま終わりました（${ofNpo.length}件）`,
        `${ofNpo.map((r) => `「${r.groupName}」の募集「${r.needTitle}」`).join('、')}のお願いは、返事がないまま終わりました。団体には、ほかのNPOにお願いできることを伝えました。相談があれば、のってください。`,
      );
    }
  }
}

/** The rows of each NPO (staff get one notice per NPO, not one per request). */
function byNpo(rows: readonly IntroductionRequest[]): IntroductionRequest[][] {
  const out = new Map<string, IntroductionRequest[]>();
  for (const r of rows) out.set(r.npoId, [...(out.get(r.npoId) ?? []), r]);
  return [...out.values()];
}
