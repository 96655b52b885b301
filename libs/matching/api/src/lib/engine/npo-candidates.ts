import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@tsunagu/shared/api-core';
import { charPairs } from './char-bigrams';
import type { NpoFeatures } from './match-scorer';

interface Row {
  id: string;
  name: string;
  ward: string | null;
  city: string | null;
  fields: number[];
  purpose: string | null;
  programmes: string | null;
  introduction: string | null;
  help_kinds: string[] | null;
  claimed: boolean;
  answered_recently: boolean;
}

// Signs of a living NPO: a member looks after its page; it offered or wrote in the last 180 days.
const SELECT = `
  SELECT n.id, n.name, n.ward, n.city, n.fields, n.purpose, n.programmes, p.introduction, p.help_kinds,
         EXISTS (SELECT 1 FROM npo_member m WHERE m.npo_id = n.id) AS claimed,
         EXISTS (SELECT 1 FROM offer o WHERE o.npo_id = n.id AND o.created_at > now() - interval '180 days')
           OR EXISTS (SELECT 1 FROM offer o JOIN offer_message om ON om.offer_id = o.id
                       WHERE o.npo_id = n.id AND om.sender_side = 'NPO' AND om.created_at > now() - interval '180 days')
           AS answered_recently
    FROM npo n LEFT JOIN npo_profile p ON p.npo_id = n.id`;

// The city's NPOs change with an import, a profile edit or an offer; a suggestion that is half
// a minute behind those is fine, and reading ~350 rows with their texts on every call is not.
const CITY_TTL_MS = 30_000;

/** Loads NPOs as matching sees them, from PostgreSQL (the record). */
@Injectable()
export class NpoCandidates {
  private city: { at: number; npos: Promise<NpoFeatures[]> } | undefined;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Every active NPO of the city: few hundred rows, so matching can weigh each one. */
  activeInCity(): Promise<NpoFeatures[]> {
    if (!this.city || Date.now() - this.city.at > CITY_TTL_MS) {
      const npos = this.dataSource
        .query(`${SELECT} WHERE n.status = 'ACTIVE' AND n.city = $1`, [this.config.cityName])
        .then((rows: Row[]) => rows.map((r) => this.features(r)));
      this.city = { at: Date.now(), npos };
      // A failed read is not kept: the next call tries again.
      npos.catch(() => (this.city = undefined));
    }
    return this.city.npos;
  }

  async byIds(ids: readonly string[]): Promise<NpoFeatures[]> {
    if (ids.length === 0) return [];
    const rows: Row[] = await this.dataSource.query(`${SELECT} WHERE n.id = ANY($1::uuid[])`, [ids]);
    return rows.map((r) => this.features(r));
  }

  private features(r: Row): NpoFeatures {
    return {
      id: r.id,
      ward: r.ward,
      city: r.city,
      inCity: r.city === this.config.cityName,
      fields: r.fields,
      text: `${r.name} ${r.purpose ?? ''} ${r.programmes ?? ''} ${r.introduction ?? ''}`.normalize('NFKC'),
      helpKinds: r.help_kinds ?? [],
      claimed: r.claimed,
      answeredRecently: r.answered_recently,
      // Not the name: names carry place names (戸畑, 八幡) that would match the need's place.
      pairs: charPairs(`${r.purpose ?? ''} ${r.programmes ?? ''} ${r.introduction ?? ''}`),
    };
  }
}
