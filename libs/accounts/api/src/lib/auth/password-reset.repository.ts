import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull, MoreThan } from 'typeorm';
import { PasswordResetEntity } from '../entities/password-reset.entity';
import { UserAccountEntity } from '../entities/user-account.entity';

/** The SQL of `password_reset` (only the token's hash is kept). */
@Injectable()
export class PasswordResetRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(
    reset: Pick<PasswordResetEntity, 'tokenHash' | 'userId' | 'expiresAt'>,
    manager: EntityManager,
  ): Promise<void> {
    await manager.insert(PasswordResetEntity, reset);
  }

  /** The reset of a link that is neither used nor expired. */
  findUsable(tokenHash: string): Promise<PasswordResetEntity | null> {
    return this.dataSource.manager.findOne(PasswordResetEntity, {
      where: { tokenHash, usedAt: IsNull(), expiresAt: MoreThan(new Date()) },
    });
  }

  /** Uses the link and sets the new password; false when the link was used a moment ago. */
  async useAndSetPassword(reset: PasswordResetEntity, passwordHash: string, manager: EntityManager): Promise<boolean> {
    const { affected } = await manager.update(
      PasswordResetEntity,
      { id: reset.id, usedAt: IsNull() },
      { usedAt: new Date() },
    );
    if (affected !== 1) return false;
    await manager.update(UserAccountEntity, reset.userId, { passwordHash });
    return true;
  }
}
