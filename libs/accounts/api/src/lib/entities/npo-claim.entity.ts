import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ClaimStatus = 'PENDING' | 'APPROVED' | 'REFUSED';

/** "I work for this NPO": staff approve it, and the person becomes a member of the NPO. */
@Entity({ name: 'npo_claim' })
export class NpoClaimEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'npo_id', type: 'uuid' })
  npoId!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  message!: string;

  @Column({ type: 'text', default: 'PENDING' })
  status!: ClaimStatus;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;
}
