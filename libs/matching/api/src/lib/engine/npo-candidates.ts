import { Inject, Injectable } from '@nestjs/common';
import { PeopleDirectory } from '@tsunagu/accounts/api';
import { OfferRepository } from '@tsunagu/needs/api';
import { type NpoCandidateRow, NpoCandidatesRepository } from '@tsunagu/npo/api';
import { APP_CONFIG, type AppConfig } from '@tsunagu/shared/api-core';
import { JapaneseAnalyser } from '@tsunagu/language/api';
import type { NpoFeatures } from './match-scorer';
import { type TopicProfile, topicProfile } from './topic-profile';

// The city's NPOs change with an import, a profile edit or an offer; a suggestion that is half
// a minute behind those is fine, and reading ~350 rows with their texts on every call is not.
const CITY_TTL_MS = 30_000;
/** Signs of a living NPO: a member looks after its page; it offered or wrote in the last 180 days. */
const ANSWERED_WITHIN_DAYS = 180;

/** Loads NPOs as matching sees them, from their owners' APIs (npo, accounts, needs). */
@Injectable()
export class NpoCandidates {
  private city: { at: number; npos: Promise<NpoFeatures[]> } | undefined;
  // Analysing an NPO's text takes about a millisecond: done again only when the text changed.
  private readonly analysed = new Map<string, { text: string; topics: TopicProfile }>();

  constructor(
    private readonly npos: NpoCandidatesRepository,
    private readonly people: PeopleDirectory,
    private readonly offers: OfferRepository,
    private readonly analyser: JapaneseAnalyser,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Every active NPO of the city: few hundred rows, so matching can weigh each one. */
  activeInCity(): Promise<NpoFeatures[]> {
    if (!this.city || Date.now() - this.city.at > CITY_TTL_MS) {
      const npos = this.npos.activeInCity(this.config.cityName).then((rows) => this.withSigns(rows));
      this.city = { at: Date.now(), npos };
      // A failed read is not kept: the next call tries again.
      npos.catch(() => (this.city = undefined));
    }
    return this.city.npos;
  }

  async byIds(ids: readonly string[]): Promise<NpoFeatures[]> {
    if (ids.length === 0) return [];
    return this.withSigns(await this.npos.byIds(ids));
  }

  private async withSigns(rows: NpoCandidateRow[]): Promise<NpoFeatures[]> {
    if (rows.length === 0) return [];
    await this.analyser.ready();
    const [claimed, answered] = await Promise.all([
      this.people.claimedNpoIds(rows.map((r) => r.id)),
      this.offers.npoIdsActiveSince(ANSWERED_WITHIN_DAYS),
    ]);
    return rows.map((r) => this.features(r, claimed.has(r.id), answered.has(r.id)));
  }

  private features(r: NpoCandidateRow, claimed: boolean, answeredRecently: boolean): NpoFeatures {
    return {
      id: r.id,
      kind: r.kind,
      ward: r.ward,
      city: r.city,
      inCity: r.city === this.config.cityName,
      fields: r.fields,
      helpKinds: r.helpKinds,
      claimed,
      answeredRecently,
      topics: this.topicsOf(r.id, `${r.name}\n${r.purpose ?? ''}\n${r.programmes ?? ''}\n${r.introduction ?? ''}`),
    };
  }

  private topicsOf(id: string, text: string): TopicProfile {
    const known = this.analysed.get(id);
    if (known?.text === text) return known.topics;
    const topics = topicProfile(this.analyser.analyse(text));
    this.analysed.set(id, { text, topics });
    return topics;
  }
}
