import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ErrorCode, contractError } from '@tsunagu/shared/api-core';

export interface AttemptLimit {
  readonly kind: string;
  readonly max: number;
  readonly windowMinutes: number;
}

export const SIGN_IN_PER_ACCOUNT: AttemptLimit = { kind: 'sign-in:account', max: 5, windowMinutes: 15 };
export const SIGN_IN_PER_ADDRESS: AttemptLimit = { kind: 'sign-in:address', max: 20, windowMinutes: 15 };
export const RESET_PER_ACCOUNT: AttemptLimit = { kind: 'reset:account', max: 3, windowMinutes: 60 };
export const RESET_PER_ADDRESS: AttemptLimit = { kind: 'reset:address', max: 10, windowMinutes: 60 };

/**
 * Counts attempts in PostgreSQL (so the limit holds across restarts and several app processes)
 * and refuses once a limit is reached within its window.
 */
@Injectable()
export class AttemptLimiter {
  constructor(private readonly dataSource: DataSource) {}

  async isOver(limit: AttemptLimit, subject: string): Promise<boolean> {
    const [{ n }] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM auth_attempt WHERE kind = $1 AND subject = $2 AND at > now() - make_interval(mins => $3)`,
      [limit.kind, subject, limit.windowMinutes],
    );
    return n >= limit.max;
  }

  async assertUnder(limit: AttemptLimit, subject: string): Promise<void> {
    if (await this.isOver(limit, subject)) {
      throw contractError(
        ErrorCode.FORBIDDEN,
        `試した回数が多すぎます。${limit.windowMinutes}分ほど待ってから、もう一度お試しください。 / Too many attempts; please wait.`,
        { reason: 'RATE_LIMITED' },
      );
    }
  }

  async record(limit: AttemptLimit, subject: string): Promise<void> {
    await this.dataSource.query(`INSERT INTO auth_attempt (kind, subject) VALUES ($1, $2)`, [limit.kind, subject]);
  }

  async clear(limit: AttemptLimit, subject: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM auth_attempt WHERE kind = $1 AND subject = $2`, [limit.kind, subject]);
  }
}
