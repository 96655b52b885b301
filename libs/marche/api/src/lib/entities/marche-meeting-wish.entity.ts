import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A community group wants to meet this exhibitor at this marché. */
@Entity({ name: 'marche_meeting_wish' })
export class MarcheMeetingWishEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @PrimaryColumn({ name: 'npo_id', type: 'uuid' })
  npoId!: string;

  @PrimaryColumn({ name: 'group_id', type: 'uuid' })
  groupId!: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
