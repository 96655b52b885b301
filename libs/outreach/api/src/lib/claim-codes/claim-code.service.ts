import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '@tsunagu/accounts/api';
import { NpoNamesRepository } from '@tsunagu/npo/api';
import { APP_CONFIG, type AppConfig, DomainError, badUserInput } from '@tsunagu/shared/api-core';
import { outreachMessages } from '../outreach.messages';
import { IntroductionRequestService } from '../requests/introduction-request.service';
import { ClaimCodeAttempts, type TakenTries } from './claim-code-attempts';
import { formatCode, hashCode, newCode, normaliseCode } from './claim-code-format';
import { refusalError, unusableBecause } from './claim-code-refusals';
import { ClaimCodeUse } from './claim-code-use';
import { type ClaimCodeRow, ClaimCodeRepository } from './claim-code.repository';
import type { ClaimCodePreview, ClaimWithCodeResult } from './claim-code.model';

export interface IssuedCode {
  /** as printed: e.g. "K7PD-R2XM" */
  readonly code: string;
  readonly expiresAt: Date;
}

/** A fresh code colliding with a live one is a one-in-10^11 event; five draws never all collide. */
const DRAWS = 5;

/**
 * The one-time codes of the invitation letters: issued by the letters job, looked at on the claim
 * page (who is the letter for? nothing is used up) and used by a signed-in person to become a
 * member of the NPO at once.
 */
@Injectable()
export class ClaimCodeService {
  private readonly logger = new Logger(ClaimCodeService.name);

  constructor(
    private readonly codes: ClaimCodeRepository,
    private readonly attempts: ClaimCodeAttempts,
    private readonly using: ClaimCodeUse,
    private readonly npoNames: NpoNamesRepository,
    private readonly requests: IntroductionRequestService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A new one-time code for the NPO, kept as a hash; the letters job prints the plain code. */
  async issue(
    npoId: string,
    letterJobId: string | null,
    issuedBy: string | null,
    manager: EntityManager,
  ): Promise<IssuedCode> {
    for (let draw = 0; draw < DRAWS; draw++) {
      const code = newCode();
      const row = await this.codes.insert(
        { npoId, hash: hashCode(code), letterJobId, issuedBy, days: this.config.outreach.claimCodeDays },
        manager,
      );
      if (row) return { code: formatCode(code), expiresAt: row.expiresAt };
    }
    throw new Error('claim codes: no free code after several draws');
  }

  /** Which NPO a code is for, and how many groups wait for it. Anyone may ask; rate-limited. */
  async preview(code: string, user: AuthenticatedUser | undefined, address: string): Promise<ClaimCodePreview> {
    const row = await this.lookUp(code, user?.id, address);
    const refusal = unusableBecause(row);
    if (refusal) throw refusalError(refusal, this.config);
    const npo = (await this.npoNames.byIds([row.npo_id])).get(row.npo_id);
    if (!npo) throw refusalError('WRONG', this.config); // the NPO is gone (its codes go with it)
    return {
      npoId: npo.id,
      npoName: npo.name,
      npoWard: npo.ward,
      waitingRequests: await this.codes.openRequestCount(npo.id),
    };
  }

  /** The signed-in person becomes a member of the NPO the letter went to; the code is used up. */
  async claim(user: AuthenticatedUser, code: string, address: string): Promise<ClaimWithCodeResult> {
    let row: ClaimCodeRow;
    try {
      row = await this.lookUp(code, user.id, address);
    } catch (error) {
      const reason = error instanceof DomainError ? error.extensions['reason'] : undefined;
      if (reason === 'WRONG' || reason === 'RATE_LIMITED') await this.using.refusedWithoutCode(user.id, reason);
      throw error;
    }
    const npo = (await this.npoNames.byIds([row.npo_id])).get(row.npo_id);
    if (!npo) throw refusalError('WRONG', this.config);
    const outcome = await this.using.use(user, row, npo.name);
    if (!outcome.used) throw refusalError(outcome.reason, this.config);
    return { npoId: npo.id, npoName: npo.name, waitingRequests: await this.waitingFor(user, npo.id) };
  }

  /**
   * After the commit: the person is a member now, so the requests are theirs to see. The claim
   * has happened whatever this answers; a failure here must not tell them it did not.
   */
  private async waitingFor(user: AuthenticatedUser, npoId: string): Promise<ClaimWithCodeResult['waitingRequests']> {
    try {
      return await this.requests.waitingForNpo(user, npoId);
    } catch (error) {
      this.logger.warn(`claimed ${npoId}, but its waiting requests could not be read: ${(error as Error).message}`);
      return [];
    }
  }

  /** How many letters (codes) went to each NPO, and when the last one did */
  lettersPrinted(npoIds: readonly string[]): Promise<Map<string, { count: number; lastAt: Date }>> {
    return this.codes.lettersPrinted(npoIds);
  }

  /**
   * The code's row, after counting the try (person and address): a code that does not exist
   * keeps its count and is refused WRONG; one that exists gives the try back, whatever its state.
   */
  private async lookUp(code: string, userId: string | undefined, address: string): Promise<ClaimCodeRow> {
    const normalised = normaliseCode(code);
    if (!normalised) throw badUserInput(outreachMessages.claimCodeMalformed, 'code');
    const taken: TakenTries = await this.attempts.take(userId, address);
    const row = await this.codes.findByHash(hashCode(normalised));
    if (!row) throw refusalError('WRONG', this.config);
    await this.attempts.giveBack(taken);
    return row;
  }
}
