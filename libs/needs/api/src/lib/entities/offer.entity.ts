import type { StoredProxyEntry } from '@tsunagu/accounts/api';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type OfferStatusValue = 'PENDING' | 'ACCEPTED' | 'DECLINED' | 'WITHDRAWN' | 'EXPIRED';

/** Why an offer closed unanswered (EXPIRED): the group let the second deadline pass, or ended the need. */
export type OfferCloseReasonValue = 'NO_REPLY' | 'NEED_CLOSED';

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

  /** when the group (and staff) were reminded that the offer waits for an answer */
  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true })
  remindedAt!: Date | null;

  /** set exactly when the status is EXPIRED */
  @Column({ name: 'close_reason', type: 'text', nullable: true })
  closeReason!: OfferCloseReasonValue | null;

  /** the group's answer given by someone acting for it, or taken by phone; null when its own member answered */
  @Column({ name: 'answered_by_proxy', type: 'jsonb', nullable: true })
  answeredByProxy!: StoredProxyEntry | null;
}
