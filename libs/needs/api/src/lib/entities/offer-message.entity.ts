import type { StoredProxyEntry } from '@tsunagu/accounts/api';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One message in the thread of an offer, written by someone of the group or of the NPO. */
@Entity({ name: 'offer_message' })
export class OfferMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'offer_id', type: 'uuid' })
  offerId!: string;

  @Column({ name: 'sender_id', type: 'uuid', nullable: true })
  senderId!: string | null;

  @Column({ name: 'sender_side', type: 'text' })
  senderSide!: 'GROUP' | 'NPO';

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  /** written for the group by someone acting for it (or taken down from a call); null otherwise */
  @Column({ name: 'entered_by_proxy', type: 'jsonb', nullable: true })
  enteredByProxy!: StoredProxyEntry | null;
}
