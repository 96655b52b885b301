import { Inject, Injectable } from '@nestjs/common';
import { type AuthenticatedUser, ClaimedNposRepository, GroupAreasRepository, policies } from '@tsunagu/accounts/api';
import { NeedFactsRepository } from '@tsunagu/needs/api';
import { HelperSupplyRepository } from '@tsunagu/npo/api';
import { APP_CONFIG, type AppConfig, badUserInput, currentLanguage, translate } from '@tsunagu/shared/api-core';
import { KITAKYUSHU_WARDS, activityFieldById, todayInJapan } from '@tsunagu/shared/util';
import { impactMessages } from '../impact.messages';
import { type CityDashboard, type CityDashboardInput, DashboardAudience } from './city-dashboard.model';
import { type CountedNeed, type DashboardLabels, dashboardFigures } from './dashboard-figures';

const MAX_YEARS = 5;
const startOfDayInJapan = (day: string) => new Date(`${day}T00:00:00+09:00`);

/** The months a period covers, YYYY-MM, first to last. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = from.slice(0, 7).split('-').map(Number);
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) return months;
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y++;
  }
}

/**
 * The city dashboard: needs from the needs domain, where their groups are from accounts, the
 * helpers able to help from the helpers' directory. Staff see every area; everyone else the
 * aggregates only, small areas merged (see discloseSmallAreas).
 */
@Injectable()
export class CityDashboardService {
  constructor(
    private readonly facts: NeedFactsRepository,
    private readonly groups: GroupAreasRepository,
    private readonly supply: HelperSupplyRepository,
    private readonly claimed: ClaimedNposRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async dashboard(user: AuthenticatedUser | undefined, input: CityDashboardInput = {}): Promise<CityDashboard> {
    const { from, to } = this.period(input);
    const audience = policies.isStaff(user) ? DashboardAudience.STAFF : DashboardAudience.PUBLIC;
    const published = (
      await this.facts.published({
        from: startOfDayInJapan(from),
        to: new Date(startOfDayInJapan(to).getTime() + 86_400_000),
      })
    ).filter((f) => !f.hidden);
    const [areas, helpers, claimed] = await Promise.all([
      this.groups.of(published.map((f) => f.groupId)),
      this.supply.activeInCity(this.config.cityName),
      this.claimed.claimedNpoIds(),
    ]);
    const districtNames = new Map<string, { ward: string; name: string }>();
    const needs: CountedNeed[] = published.map((f) => {
      const area = areas.get(f.groupId);
      if (area?.schoolDistrictId && area.schoolDistrictName)
        districtNames.set(area.schoolDistrictId, { ward: area.ward, name: area.schoolDistrictName });
      return {
        groupId: f.groupId,
        ward: f.ward,
        schoolDistrictId: area?.schoolDistrictId ?? null,
        fields: f.fields,
        status: f.status,
        publishedAt: f.publishedAt as Date,
        firstOfferAt: f.firstOfferAt,
        matchedAt: f.matchedAt,
      };
    });
    const withAccount = new Set(claimed);
    return dashboardFigures(
      needs,
      helpers.map((h) => ({ ward: h.ward, areas: h.areas, fields: h.fields, hasAccount: withAccount.has(h.id) })),
      { from, to, months: monthsOf(from, to), ward: input.ward ?? null, audience, wards: KITAKYUSHU_WARDS },
      this.labels(districtNames),
    );
  }

  /** The period asked for: a year up to today unless said; refused when reversed or over five years. */
  private period(input: CityDashboardInput): { from: string; to: string } {
    const to = input.to ?? todayInJapan();
    const from = input.from ?? `${Number(to.slice(0, 4)) - 1}${to.slice(4, 8)}01`;
    for (const [day, field] of [
      [from, 'input.from'],
      [to, 'input.to'],
    ] as const) {
      if (Number.isNaN(startOfDayInJapan(day).getTime())) throw badUserInput(impactMessages.dayInvalid, field);
    }
    if (input.ward && !(KITAKYUSHU_WARDS as readonly string[]).includes(input.ward)) {
      throw badUserInput(impactMessages.wardUnknown, 'input.ward');
    }
    if (from > to) throw badUserInput(impactMessages.periodReversed, 'input.from');
    if (Number(to.slice(0, 4)) - Number(from.slice(0, 4)) > MAX_YEARS) {
      throw badUserInput(impactMessages.periodTooLong, 'input.from');
    }
    return { from, to };
  }

  private labels(districts: ReadonlyMap<string, { ward: string; name: string }>): DashboardLabels {
    const language = currentLanguage();
    return {
      field: (id) => {
        const f = activityFieldById(id);
        return f ? (language === 'en' ? f.labelEn : f.labelJa) : String(id);
      },
      status: (s) => {
        const message = impactMessages[`status${s}` as keyof typeof impactMessages];
        return message ? translate(message, {}, language) : s;
      },
      merged: translate(impactMessages.mergedAreas, {}, language),
      noDistrict: translate(impactMessages.noSchoolDistrict, {}, language),
      district: (id) => {
        const d = districts.get(id);
        return d ? translate(impactMessages.district, d, language) : id;
      },
    };
  }
}
