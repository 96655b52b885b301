import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, LessThan } from 'typeorm';
import { PendingSignUpEntity } from '../entities/pending-sign-up.entity';

/** A sign-up waiting for its confirmation link to be used. */
export interface PendingSignUp {
  readonly id: string;
  readonly email: string;
  readonly passwordHash: string;
  readonly displayName: string;
}

/** The SQL of `pending_sign_up`. */
@Injectable()
export class PendingSignUpRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** A new link; links nobody used are forgotten once they can no longer be used. */
  async replaceExpired(
    pending: Pick<PendingSignUpEntity, 'email' | 'passwordHash' | 'displayName' | 'tokenHash' | 'expiresAt'>,
    manager: EntityManager,
  ): Promise<void> {
    await manager.delete(PendingSignUpEntity, { expiresAt: LessThan(new Date()) });
    await manager.insert(PendingSignUpEntity, pending);
  }

  /** The sign-up of a link that is neither used nor expired. */
  async findUsable(tokenHash: string): Promise<PendingSignUp | undefined> {
    const [row]: Array<{ id: string; email: string; password_hash: string; display_name: string }> =
      await this.dataSource.query(
        `SELECT id, email, password_hash, display_name FROM pending_sign_up
          WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()`,
        [tokenHash],
      );
    return row && { id: row.id, email: row.email, passwordHash: row.password_hash, displayName: row.display_name };
  }

  /** Marks the link used; false when a parallel request used it a moment ago. */
  async markUsed(id: string, manager: EntityManager): Promise<boolean> {
    const [, used]: [unknown[], number] = await manager.query(
      `UPDATE pending_sign_up SET used_at = now() WHERE id = $1 AND used_at IS NULL`,
      [id],
    );
    return used === 1;
  }

  async deleteOfEmail(email: string, manager: EntityManager): Promise<void> {
    await manager.delete(PendingSignUpEntity, { email });
  }
}
