import { Injectable, Logger } from '@nestjs/common';
import { type AuthenticatedUser, MembershipService, PeopleDirectory } from '@tsunagu/accounts/api';
import { MatchingService } from '@tsunagu/matching/api';
import { NeedService } from '@tsunagu/needs/api';
import { IntroductionRequestService, NpoContactService, NpoContactSource } from '@tsunagu/outreach/api';
import { todayInJapan } from '@tsunagu/shared/util';
import type { DemoSeedStep } from './demo-seed-step';

/** The demo needs whose group asked suggested NPOs that have no account yet. */
const ASKING = ['シニア向けスマホ教室の先生を探しています', '秋の防災訓練で、避難のしかたを教えてほしい'];

/**
 * The city as the bridge, as a newcomer first sees it: the demo officer asked the best suggested
 * NPO without an account on two of her needs, so staff find two NPOs waiting at /staff/outreach
 * (one with a phone number taken from its filings) and the officer sees 「市の担当者がNPOにお伝えします」.
 */
@Injectable()
export class DemoOutreachStep implements DemoSeedStep {
  readonly name = 'outreach';
  private readonly logger = new Logger(DemoOutreachStep.name);

  constructor(
    private readonly people: PeopleDirectory,
    private readonly needs: NeedService,
    private readonly matching: MatchingService,
    private readonly memberships: MembershipService,
    private readonly requests: IntroductionRequestService,
    private readonly contacts: NpoContactService,
  ) {}

  async run(): Promise<Record<string, unknown>> {
    const officer = await this.person('officer@demo.tsunagu.jp', 'MEMBER');
    const staff = await this.person('staff@demo.tsunagu.jp', 'STAFF');
    if (!officer || !staff) return { requests: 0 };
    const open = await this.needs.openNeeds(todayInJapan());
    const asked: string[] = [];
    for (const title of ASKING) {
      const need = open.find((n) => n.need.title === title)?.need;
      if (!need) continue;
      for (const match of await this.matching.matchNposForNeed(need.id, officer, 10)) {
        if ((await this.memberships.npoMemberIds(match.npoId)).length > 0) continue;
        await this.requests.request(officer, need.id, match.npoId);
        asked.push(match.npoId);
        break;
      }
    }
    if (asked[0]) {
      await this.contacts.record(staff, asked[0], {
        phone: '093-000-2468',
        contactPerson: '事務局 担当者',
        source: NpoContactSource.FILING,
        sourceNote: '令和7年度 事業報告書',
        notedOn: todayInJapan(),
      });
    }
    if (asked.length < ASKING.length) this.logger.warn({ asked: asked.length }, 'fewer demo introduction requests');
    return { requests: asked.length, contacts: asked[0] ? 1 : 0 };
  }

  private async person(email: string, role: AuthenticatedUser['role']): Promise<AuthenticatedUser | null> {
    const id = await this.people.idByEmail(email);
    return id ? { id, email, displayName: email, role, sessionId: 'demo-seed' } : null;
  }
}
