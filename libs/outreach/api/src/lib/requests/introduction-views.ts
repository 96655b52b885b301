import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { GroupDirectory } from '@tsunagu/accounts/api';
import { NeedRepository, OfferRepository } from '@tsunagu/needs/api';
import { NpoLookup } from '@tsunagu/npo/api';
import { APP_CONFIG, type AppConfig, currentLanguage } from '@tsunagu/shared/api-core';
import type { IntroductionRequestEntity } from '../entities/introduction-request.entity';
import {
  type ForwardedHow,
  type IntroductionCloseReason,
  IntroductionRequest,
  type IntroductionRequestStatus,
  type IntroductionRoute,
} from './introduction-request.model';
import { statusWords } from './introduction-status-words';

/**
 * Requests as callers read them: the need, the NPO and the group by name and ward (never the
 * officer's contacts), the status in plain words in the caller's language, and the NPO's offer.
 */
@Injectable()
export class IntroductionViews {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly needs: NeedRepository,
    private readonly offers: OfferRepository,
    private readonly groups: GroupDirectory,
    private readonly npos: NpoLookup,
  ) {}

  async one(row: IntroductionRequestEntity, manager?: EntityManager): Promise<IntroductionRequest> {
    const [view] = await this.many([row], manager);
    return view;
  }

  /** In the order given (a need and its group always exist: foreign keys, cascades). */
  async many(rows: readonly IntroductionRequestEntity[], manager?: EntityManager): Promise<IntroductionRequest[]> {
    if (rows.length === 0) return [];
    const needs = new Map(
      (
        await this.needs.byIds(
          rows.map((r) => r.needId),
          manager,
        )
      ).map((n) => [n.id, n]),
    );
    const [groups, npos, offers] = await Promise.all([
      this.groups.byIds([...new Set([...needs.values()].map((n) => n.groupId))], manager),
      this.npos.byIds(
        rows.map((r) => r.npoId),
        manager,
      ),
      this.offers.idsOfPairs(rows.map((r) => ({ needId: r.needId, npoId: r.npoId }))),
    ]);
    const language = currentLanguage();
    return rows.flatMap((r) => {
      const need = needs.get(r.needId);
      const group = need && groups.get(need.groupId);
      const npo = npos.get(r.npoId);
      if (!need || !group || !npo) return [];
      const words = statusWords(r, this.config.outreach.closeDays, language);
      return [
        Object.assign(new IntroductionRequest(), {
          id: r.id,
          needId: need.id,
          needTitle: need.title,
          needWard: need.ward,
          npoId: npo.id,
          npoName: npo.name,
          groupId: group.id,
          groupName: group.name,
          groupWard: group.ward,
          route: r.route as IntroductionRoute,
          status: r.status as IntroductionRequestStatus,
          statusLabel: words.statusLabel,
          nextStep: words.nextStep,
          requestedAt: r.createdAt,
          forwardedAt: r.forwardedAt,
          forwardedHow: r.forwardedHow as ForwardedHow | null,
          remindedAt: r.remindedAt,
          answeredAt: r.answeredAt,
          closedAt: r.closedAt,
          closeReason: r.closeReason as IntroductionCloseReason | null,
          closeNote: r.closeNote,
          offerId: offers.get(`${r.needId}:${r.npoId}`) ?? null,
        }),
      ];
    });
  }
}
