import { Inject, Injectable } from '@nestjs/common';
import { type AuthenticatedUser, MembershipService } from '@tsunagu/accounts/api';
import { MarcheEventRepository, MarcheInvitationService } from '@tsunagu/marche/api';
import { NpoRepository } from '@tsunagu/npo/api';
import { APP_CONFIG, type AppConfig, badUserInput, notFound } from '@tsunagu/shared/api-core';
import { outreachMessages } from '../outreach.messages';
import { IntroductionRequestService } from '../requests/introduction-request.service';
import { type GenerateInvitationLettersInput, LetterSelection } from './invitation-letter.model';

/** One print run at most: a whole city's NPOs (about 300) fit many times over. */
export const MAX_LETTERS = 1000;
/** As many marché suggestions as the staff page lists by default (marcheInvitationCandidates). */
const MARCHE_CANDIDATES = 30;

export interface Recipients {
  /** the NPOs that get a letter, in print order */
  readonly npoIds: string[];
  /**
   * chosen but left out: someone already looks after them here (they need no letter), or the open
   * data holds no registered address to write to (staff reach them by phone or mail instead)
   */
  readonly skipped: number;
}

/**
 * Which NPOs a print run writes to, resolved now (and kept with the run). NPOs that already have
 * members are always left out, chosen ones too: a code makes its holder a member without
 * approval, which is for NPOs nobody here speaks for yet (others use the claim with approval).
 */
@Injectable()
export class LetterRecipients {
  constructor(
    private readonly requests: IntroductionRequestService,
    private readonly npos: NpoRepository,
    private readonly memberships: MembershipService,
    private readonly marche: MarcheInvitationService,
    private readonly events: MarcheEventRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async resolve(staff: AuthenticatedUser, input: GenerateInvitationLettersInput): Promise<Recipients> {
    const chosen = unique(await this.chosen(staff, input));
    const claimed = await this.memberships.npoIdsWithMembers(chosen);
    const unclaimed = chosen.filter((id) => !claimed.has(id));
    const withAddress = await this.npos.idsWithAddress(unclaimed);
    const npoIds = unclaimed.filter((id) => withAddress.has(id));
    if (npoIds.length === 0) {
      throw badUserInput(
        chosen.length === 0
          ? outreachMessages.lettersNoneChosen
          : unclaimed.length === 0
            ? outreachMessages.lettersAllHaveMembers
            : outreachMessages.lettersNoAddress,
        input.selection === LetterSelection.CHOSEN ? 'npoIds' : 'selection',
      );
    }
    if (npoIds.length > MAX_LETTERS)
      throw badUserInput(outreachMessages.lettersTooMany, 'selection', { max: MAX_LETTERS, count: npoIds.length });
    return { npoIds, skipped: chosen.length - npoIds.length };
  }

  private async chosen(staff: AuthenticatedUser, input: GenerateInvitationLettersInput): Promise<string[]> {
    switch (input.selection) {
      case LetterSelection.WAITING_REQUESTS:
        return this.requests.npoIdsWaiting();
      case LetterSelection.NO_ACCOUNT:
        return this.npos.activeIdsInCity(this.config.cityName);
      case LetterSelection.WARD:
        if (!input.ward) throw badUserInput(outreachMessages.lettersWardRequired, 'ward');
        return this.npos.activeIdsInCity(this.config.cityName, input.ward);
      case LetterSelection.MARCHE_CANDIDATES: {
        if (!input.eventId) throw badUserInput(outreachMessages.lettersEventRequired, 'eventId');
        if (!(await this.events.findById(input.eventId))) throw notFound(outreachMessages.marcheEventNotFound);
        const candidates = await this.marche.candidates(staff, input.eventId, MARCHE_CANDIDATES);
        return candidates.filter((c) => !c.claimed).map((c) => c.npoId);
      }
      case LetterSelection.CHOSEN: {
        const ids = unique(input.npoIds);
        const names = await this.npos.namesOf(ids);
        if (ids.some((id) => !names.has(id))) throw notFound(outreachMessages.npoNotFound);
        return ids;
      }
    }
  }
}

const unique = (ids: readonly string[]) => [...new Set(ids)];
