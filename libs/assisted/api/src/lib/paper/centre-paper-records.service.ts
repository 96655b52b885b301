import { Inject, Injectable } from '@nestjs/common';
import { type AuthenticatedUser, CommunityGroupRepository } from '@tsunagu/accounts/api';
import { NeedRepository, NeedService, OfferService, OfferSide, OfferThreadService } from '@tsunagu/needs/api';
import { APP_CONFIG, type AppConfig } from '@tsunagu/shared/api-core';
import { PublishedStories } from '@tsunagu/stories/api';
import { todayInJapan } from '@tsunagu/shared/util';
import { type KairanbanContent, kairanbanContent } from './kairanban-content';
import { kairanbanSlots } from './kairanban.drawing';
import type { PaperContent } from './paper-content';
import type { GroupRow } from './paper-access.service';
import { type DigestGroup, type DigestNeed, weeklyDigestContent } from './weekly-digest-content';

/** Reads what a centre's papers print: the 回覧板 of its area and the staff's weekly digest. */
@Injectable()
export class CentrePaperRecords {
  constructor(
    private readonly groups: CommunityGroupRepository,
    private readonly needService: NeedService,
    private readonly needs: NeedRepository,
    private readonly offers: OfferService,
    private readonly threads: OfferThreadService,
    private readonly stories: PublishedStories,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The centre's area, while there is no 校区 data: the open needs of the groups it looks after,
   * and of every verified group in its ward (the 回覧板 goes round the whole neighbourhood).
   */
  async kairanban(centre: GroupRow, now = new Date()): Promise<KairanbanContent> {
    const own = new Set((await this.groups.ofCentre(centre.id)).map((g) => g.id));
    const open = (await this.needService.openNeeds(todayInJapan(now))).filter(
      ({ need }) => own.has(need.groupId) || need.ward === centre.ward,
    );
    // the newest good example of the same ward: neighbours read what worked nearby
    const story = (await this.stories.newest(50)).find((s) => s.ward === centre.ward) ?? null;
    return kairanbanContent(
      { name: centre.name, phone: centre.contactPhone },
      open.map(({ need, groupName }) => ({ title: need.title, groupName, publishedAt: need.publishedAt })),
      kairanbanSlots(story !== null),
      this.config.publicUrl,
      now,
      story,
    );
  }

  /** The groups the centre acts for today (a group taken over by its officer is theirs alone now). */
  async weeklyDigest(
    user: AuthenticatedUser,
    centre: GroupRow,
    monday: string,
    now = new Date(),
  ): Promise<PaperContent> {
    const groups = (await this.groups.ofCentre(centre.id)).filter((g) => g.assisted);
    const needs = await this.needs.ofGroups(groups.map((g) => g.id));
    const digest: DigestGroup[] = [];
    for (const group of groups) {
      const rows: DigestNeed[] = [];
      for (const need of needs.filter((n) => n.groupId === group.id && n.status !== 'DRAFT')) {
        const offers = await this.offers.forNeed(need.id, user);
        rows.push({
          title: need.title,
          status: need.status,
          publishedAt: need.publishedAt,
          closedAt: need.closedAt,
          offers: await Promise.all(
            offers.map(async (o) => ({
              npoName: o.npo.name,
              status: o.status,
              createdAt: o.createdAt,
              decidedAt: o.decidedAt,
              answeredByPhone: o.answeredByProxy?.kind === 'PHONE',
              messages: (await this.threads.messages(o.id, user)).map((m) => ({
                createdAt: m.createdAt,
                fromHelper: m.senderSide === OfferSide.NPO,
                byPhone: m.enteredByProxy?.kind === 'PHONE',
              })),
            })),
          ),
        });
      }
      digest.push({
        name: group.name,
        assisted: group.assisted,
        officerName: group.representativeName,
        officerPhone: group.contactPhone,
        needs: rows,
      });
    }
    return weeklyDigestContent({ name: centre.name, phone: centre.contactPhone }, digest, monday, now);
  }
}
