import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Staff invited this NPO to this marché (once per event). */
@Entity({ name: 'marche_invitation' })
export class MarcheInvitationEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @PrimaryColumn({ name: 'npo_id', type: 'uuid' })
  npoId!: string;

  @Column({ name: 'invited_by', type: 'uuid', nullable: true })
  invitedBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
