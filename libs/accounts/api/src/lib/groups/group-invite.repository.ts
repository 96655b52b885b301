import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The SQL of `group_invite`: one-time links to join a community group (only their hash is kept). */
@Injectable()
export class GroupInviteRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(invite: { groupId: string; tokenHash: string; createdBy: string; expiresAt: Date }): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO group_invite (group_id, token_hash, created_by, expires_at) VALUES ($1, $2, $3, $4)`,
      [invite.groupId, invite.tokenHash, invite.createdBy, invite.expiresAt],
    );
  }

  /** The group of a link that has not expired. */
  async groupOfUsable(tokenHash: string): Promise<string | undefined> {
    const [invite]: Array<{ group_id: string }> = await this.dataSource.query(
      `SELECT group_id FROM group_invite WHERE token_hash = $1 AND expires_at > now()`,
      [tokenHash],
    );
    return invite?.group_id;
  }
}
