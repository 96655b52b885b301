import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type UserRole = 'MEMBER' | 'STAFF' | 'ADMIN';

/** A person who signs in. Community-group and NPO membership live in their own tables. */
@Entity({ name: 'user_account' })
export class UserAccountEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** stored normalised (NFKC, trimmed, lower case: normalizeEmail); unique */
  @Column({ type: 'text' })
  email!: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Column({ type: 'text', default: 'MEMBER' })
  role!: UserRole;

  /** Read and written by the notifications (mail now, daily digest, off); added by the needs migration. */
  @Column({ name: 'notify_by_mail', type: 'text', default: 'EACH' })
  notifyByMail!: 'EACH' | 'DAILY' | 'OFF';

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
