import { Injectable } from '@nestjs/common';
import { GroupNamesRepository } from '@tsunagu/accounts/api';
import { NeedRepository } from '@tsunagu/needs/api';
import { type LetterAsk, MAX_ASKS_ON_LETTER, summaryOf } from './letter-content';
import { LetterRequestsRepository } from './letter-requests.repository';

export interface NpoAsks {
  readonly asks: LetterAsk[];
  /** open requests not printed (beyond MAX_ASKS_ON_LETTER) */
  readonly more: number;
}

/**
 * Who waits for each NPO, as a letter tells it: the groups' open requests on needs still
 * looking for help, oldest first. Never an officer's contact: the NPO meets them by offering.
 */
@Injectable()
export class LetterAsks {
  constructor(
    private readonly requests: LetterRequestsRepository,
    private readonly needs: NeedRepository,
    private readonly groups: GroupNamesRepository,
  ) {}

  async forNpos(npoIds: readonly string[]): Promise<Map<string, NpoAsks>> {
    const open = await this.requests.openFor(npoIds);
    const needs = new Map((await this.needs.byIds(open.map((r) => r.need_id))).map((n) => [n.id, n]));
    const groups = await this.groups.byIds([...needs.values()].map((n) => n.groupId));
    const out = new Map<string, NpoAsks>();
    for (const request of open) {
      const need = needs.get(request.need_id);
      const group = need && groups.get(need.groupId);
      // A need that found help, closed or was hidden asks for nothing any more.
      if (!need || !group || need.status !== 'PUBLISHED' || need.hiddenAt) continue;
      const entry = out.get(request.npo_id) ?? { asks: [], more: 0 };
      if (entry.asks.length < MAX_ASKS_ON_LETTER) {
        entry.asks.push({
          groupName: group.name,
          groupWard: group.ward,
          needTitle: need.title,
          needSummary: summaryOf(need.description),
          needWard: need.ward,
        });
        out.set(request.npo_id, entry);
      } else {
        out.set(request.npo_id, { asks: entry.asks, more: entry.more + 1 });
      }
    }
    return out;
  }
}
