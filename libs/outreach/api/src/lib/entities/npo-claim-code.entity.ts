import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A one-time code printed in a letter to the NPO's registered address: whoever holds it got the
 * letter, so it makes them a member without staff approval. Only its hash is kept.
 */
@Entity({ name: 'npo_claim_code' })
export class NpoClaimCodeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'npo_id', type: 'uuid' })
  npoId!: string;

  @Column({ name: 'code_hash', type: 'text' })
  codeHash!: string;

  @Column({ name: 'letter_job_id', type: 'uuid', nullable: true })
  letterJobId!: string | null;

  @Column({ name: 'issued_by', type: 'uuid', nullable: true })
  issuedBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @Column({ name: 'used_by', type: 'uuid', nullable: true })
  usedBy!: string | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
