import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { GroupSeeding, PeopleDirectory } from '@tsunagu/accounts/api';
import { NEED_INDEX, NeedRepository, OfferRepository } from '@tsunagu/needs/api';
import { enqueueSearchUpdates } from '@tsunagu/search/api';
import { StorySeeding } from '@tsunagu/stories/api';
import { type HelpKindId, suggestFields, todayInJapan } from '@tsunagu/shared/util';
import type { DemoSeedStep } from './demo-seed-step';
import { plusDays } from './seed-dates';

/**
 * Two finished needs of the demo groups that the demo NPO helped with, each told as a published
 * good example, and one more finished need whose story is still to be written (the e2e writes it).
 */
export const DEMO_STORIES = [
  {
    groupName: '黒崎三丁目自治会',
    need: {
      title: '夏休みの子ども食堂で、配膳と見守りを手伝ってほしい',
      description: '夏休みのあいだ、市民センターで子ども食堂を開きます。配膳と子どもたちの見守りを手伝ってください。',
      helpKind: 'VOLUNTEERS',
      place: '黒崎市民センター',
    },
    title: '夏休みの子ども食堂を、自治会とNPOでいっしょに',
    group: {
      whatHappened:
        '夏休みの4日間、市民センターで子ども食堂を開き、のべ80人の子どもが来てくれました。NPOの方が配膳と見守りに入ってくださったので、自治会の役員は調理に集中できました。',
      whatItTook: '役員6人、NPOのスタッフ3人、食材費は1日1万円ほど（寄付と自治会費から）',
    },
    helper: {
      whatHappened:
        '私たちがふだん開いている子ども食堂のやり方（アレルギーの確認、受付の名簿）をお伝えし、配膳と遊びの見守りを担当しました。来年もいっしょに開く予定です。',
      whatItTook: 'スタッフ3人が4日間、半日ずつ',
    },
  },
  {
    groupName: '門司港まちづくり協議会',
    need: {
      title: 'シニア向けスマホ教室を開きたい',
      description: 'LINEや写真の送り方を、お年寄りにゆっくり教えてくれる講師を探しています。',
      helpKind: 'LECTURER',
      place: '門司市民センター',
    },
    title: 'お年寄りがLINEで孫に写真を送れるようになったスマホ教室',
    group: {
      whatHappened:
        '月1回、3か月続けてスマホ教室を開きました。参加した15人のほとんどが、LINEで写真を送れるようになりました。回覧板の内容をLINEでも送れるようになり、役員の手間もへりました。',
      whatItTook: '会場は市民センター（無料）、講師への謝礼はなし、お茶代3千円',
    },
    helper: {
      whatHappened:
        '大きな字のテキストをつくり、1人に1人の手伝いがつくようにして教えました。「わからない」と言いやすい雰囲気を大切にしました。',
      whatItTook: 'スタッフ4人、テキストの印刷代2千円',
    },
  },
] as const;

/** The finished need the e2e test writes a story on: done, the demo NPO's offer accepted, no story yet. */
export const DEMO_STORY_TO_WRITE = {
  group: '黒崎三丁目自治会',
  title: '公園の花壇づくりを手伝ってほしい',
  description: '自治会の公園に花壇をつくります。土づくりと植え付けを手伝ってくれる方を探しています。',
  helpKind: 'VOLUNTEERS',
  place: '黒崎中央公園',
} as const;

@Injectable()
export class DemoStoriesStep implements DemoSeedStep {
  readonly name = 'stories';

  constructor(
    private readonly dataSource: DataSource,
    private readonly people: PeopleDirectory,
    private readonly groups: GroupSeeding,
    private readonly needs: NeedRepository,
    private readonly offers: OfferRepository,
    private readonly stories: StorySeeding,
  ) {}

  async run(): Promise<Record<string, unknown>> {
    return this.dataSource.transaction(async (manager) => {
      const officer = await this.people.idByEmail('officer@demo.tsunagu.jp', manager);
      const npoMember = await this.people.idByEmail('npo@demo.tsunagu.jp', manager);
      const staff = await this.people.idByEmail('staff@demo.tsunagu.jp', manager);
      const npo = npoMember ? await this.people.firstNpoOf(npoMember, manager) : null;
      if (!officer || !npoMember || !npo) return { stories: 0 };
      const ids: string[] = [];
      let stories = 0;
      for (const story of DEMO_STORIES) {
        const done = await this.doneNeed(manager, story.groupName, story.need, officer, npo, npoMember);
        if (!done) continue;
        ids.push(done.needId);
        const published = await this.stories.insertPublished(manager, {
          needId: done.needId,
          groupId: done.groupId,
          helperId: npo,
          title: story.title,
          group: { ...story.group, writtenBy: officer },
          helper: { ...story.helper, writtenBy: npoMember },
          moderatedBy: staff,
        });
        if (published) stories += 1;
      }
      const open = await this.doneNeed(
        manager,
        DEMO_STORY_TO_WRITE.group,
        DEMO_STORY_TO_WRITE,
        officer,
        npo,
        npoMember,
      );
      if (open) ids.push(open.needId);
      await enqueueSearchUpdates(manager, NEED_INDEX, ids);
      return { stories, doneNeeds: ids.length };
    });
  }

  /** A need that ran a month ago: published, the NPO's offer accepted, then closed as done. */
  private async doneNeed(
    manager: EntityManager,
    groupName: string,
    need: { title: string; description: string; helpKind: HelpKindId; place: string },
    officer: string,
    npo: string,
    npoMember: string,
  ): Promise<{ needId: string; groupId: string } | null> {
    const group = await this.groups.byName(manager, groupName);
    if (!group) return null;
    const today = todayInJapan();
    const saved = await this.needs.save(
      this.needs.create(manager, {
        groupId: group.id,
        createdBy: officer,
        title: need.title,
        description: need.description,
        fields: suggestFields(`${need.title} ${need.description}`),
        helpKind: need.helpKind,
        ward: group.ward,
        place: need.place,
        startsOn: plusDays(today, -30),
        deadline: plusDays(today, -40),
        status: 'DONE',
        report: '無事に終わりました。ありがとうございました。',
        publishedAt: new Date(Date.now() - 60 * 86_400_000),
        closedAt: new Date(Date.now() - 25 * 86_400_000),
      }),
      manager,
    );
    const offer = await this.offers.create(manager, {
      needId: saved.id,
      npoId: npo,
      createdBy: npoMember,
      message: 'ふだんの活動の経験を生かして、お手伝いできます。',
    });
    await this.offers.decide(offer.id, 'ACCEPTED', officer, manager);
    return { needId: saved.id, groupId: group.id };
  }
}
