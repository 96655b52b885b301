import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A sign-up waiting for its mailed link (24 h, once). Only when the link is used does it become
 * a `user_account`, so the sign-up form answers the same whether the address is taken or not.
 */
@Entity({ name: 'pending_sign_up' })
export class PendingSignUpEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'token_hash', type: 'text' })
  tokenHash!: string;

  /** normalised (normalizeEmail) */
  @Column({ type: 'text' })
  email!: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;
}
