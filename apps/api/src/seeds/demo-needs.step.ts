import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { GroupSeeding, PeopleDirectory } from '@tsunagu/accounts/api';
import { NEED_INDEX, NeedRepository, OfferRepository } from '@tsunagu/needs/api';
import { enqueueSearchUpdates } from '@tsunagu/search/api';
import { suggestFields, todayInJapan } from '@tsunagu/shared/util';
import type { DemoSeedStep } from './demo-seed-step';
import { plusDays } from './seed-dates';

const DEMO_NEEDS = [
  {
    group: '黒崎三丁目自治会',
    title: '秋の防災訓練で、避難のしかたを教えてほしい',
    description:
      '毎年の防災訓練の参加者がへっています。お年寄りにもわかるように、避難のしかたや消火器の使い方を教えてくれる方を探しています。',
    helpKind: 'LECTURER',
    place: '黒崎市民センター',
    startsIn: 40,
    status: 'PUBLISHED',
  },
  {
    group: '黒崎三丁目自治会',
    title: '子ども食堂の配膳を手伝ってほしい',
    description:
      '月に2回、市民センターで子ども食堂を開いています。調理や配膳、子どもたちの見守りを手伝ってくれる方を探しています。',
    helpKind: 'VOLUNTEERS',
    place: '黒崎市民センター',
    startsIn: 20,
    status: 'PUBLISHED',
  },
  {
    group: '門司港まちづくり協議会',
    title: 'シニア向けスマホ教室の先生を探しています',
    description:
      'スマホを持っているけれど、電話しか使えないお年寄りが多いです。LINEや写真の送り方を、ゆっくり教えてくれる講師をお願いしたいです。',
    helpKind: 'LECTURER',
    place: '門司市民センター',
    startsIn: 30,
    status: 'PUBLISHED',
  },
  {
    group: '黒崎三丁目自治会',
    title: '夏祭りの運営（下書き）',
    description: '来年の夏祭りのテント設営と片付けを手伝ってくれる団体を探したいです。',
    helpKind: 'CO_ORGANISING',
    place: null,
    startsIn: 200,
    status: 'DRAFT',
  },
] as const;

/** A second verified group and a few needs, one of them already answered by the demo NPO. */
@Injectable()
export class DemoNeedsStep implements DemoSeedStep {
  readonly name = 'needs';

  constructor(
    private readonly dataSource: DataSource,
    private readonly people: PeopleDirectory,
    private readonly groups: GroupSeeding,
    private readonly needs: NeedRepository,
    private readonly offers: OfferRepository,
  ) {}

  async run(): Promise<Record<string, unknown>> {
    return this.dataSource.transaction(async (manager) => {
      const officer = await this.people.idByEmail('officer@demo.tsunagu.jp', manager);
      const npoMember = await this.people.idByEmail('npo@demo.tsunagu.jp', manager);
      if (!officer) return { needs: 0 };
      await this.groups.createVerifiedGroup(
        manager,
        {
          name: '門司港まちづくり協議会',
          kind: 'MACHIZUKURI',
          ward: '門司区',
          area: '門司市民センター',
          representativeName: '田中 和子',
          contactPhone: '093-000-0001',
        },
        officer,
      );
      const today = todayInJapan();
      const ids: string[] = [];
      for (const need of DEMO_NEEDS) {
        const group = await this.groups.byName(manager, need.group);
        if (!group) continue;
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
            startsOn: plusDays(today, need.startsIn),
            deadline: plusDays(today, need.startsIn - 5),
            status: need.status,
            publishedAt: need.status === 'PUBLISHED' ? new Date() : null,
          }),
          manager,
        );
        ids.push(saved.id);
      }
      const npo = npoMember ? await this.people.firstNpoOf(npoMember, manager) : null;
      if (npo && npoMember) {
        await this.offers.create(manager, {
          needId: ids[1],
          npoId: npo,
          createdBy: npoMember,
          message: '私たちも毎週土曜日に子ども食堂を開いています。配膳と子どもの見守りで、2〜3人お手伝いできます。',
        });
      }
      await enqueueSearchUpdates(manager, NEED_INDEX, ids);
      return { needs: ids.length, offers: npo ? 1 : 0 };
    });
  }
}
