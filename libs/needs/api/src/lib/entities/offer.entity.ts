import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type OfferStatusValue = 'PENDING' | 'ACCEPTED' | 'DECLINED' | 'WITHDRAWN';

/** An NPO's offer to help with a need; the start of a conversation with the group. */
@Entity({ name: 'offer' })
export class OfferEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'need_id', type: 'uuid' })
  needId!: string;

  @Column({ name: 'npo_id', type: 'uuid' })
  npoId!: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ type: 'text' })
  message!: string;

  @Column({ type: 'text', default: 'PENDING' })
  status!: OfferStatusValue;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;
}
