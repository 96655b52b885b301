import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { UserAccountEntity } from '../entities/user-account.entity';

/** The SQL of `user_account`. */
@Injectable()
export class UserAccountRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<UserAccountEntity | null> {
    return manager.findOne(UserAccountEntity, { where: { id } });
  }

  findByIdOrFail(id: string): Promise<UserAccountEntity> {
    return this.dataSource.manager.findOneOrFail(UserAccountEntity, { where: { id } });
  }

  /** An account that exists at once (demo seed, create-user). */
  create(
    account: Pick<UserAccountEntity, 'email' | 'passwordHash' | 'displayName' | 'role'>,
  ): Promise<UserAccountEntity> {
    const users = this.dataSource.getRepository(UserAccountEntity);
    return users.save(users.create(account));
  }

  findByEmail(email: string, manager: EntityManager = this.dataSource.manager): Promise<UserAccountEntity | null> {
    return manager.findOne(UserAccountEntity, { where: { email } });
  }

  /** Creates the account unless the address has one already (then undefined: a parallel sign-up won). */
  async insertIfNew(
    account: { email: string; passwordHash: string; displayName: string },
    manager: EntityManager,
  ): Promise<UserAccountEntity | undefined> {
    const [created]: Array<{ id: string }> = await manager.query(
      `INSERT INTO user_account (email, password_hash, display_name) VALUES ($1, $2, $3)
       ON CONFLICT (email) DO NOTHING RETURNING id`,
      [account.email, account.passwordHash, account.displayName],
    );
    return created ? manager.findOneOrFail(UserAccountEntity, { where: { id: created.id } }) : undefined;
  }

  /** Who to write to, read in the caller's transaction. */
  async contactOf(
    userId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ email: string; displayName: string } | undefined> {
    const [row]: Array<{ email: string; display_name: string }> = await manager.query(
      `SELECT email, display_name FROM user_account WHERE id = $1`,
      [userId],
    );
    return row && { email: row.email, displayName: row.display_name };
  }

  /** The account as the personal-data export shows it. */
  async forExport(userId: string): Promise<unknown> {
    const [row] = await this.dataSource.query(
      `SELECT id, email, display_name, role, created_at FROM user_account WHERE id = $1`,
      [userId],
    );
    return row;
  }

  async delete(userId: string, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM user_account WHERE id = $1`, [userId]);
  }
}
