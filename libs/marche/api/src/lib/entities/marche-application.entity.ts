import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type MarcheApplicationStatusValue = 'PENDING' | 'ACCEPTED' | 'WAITLISTED' | 'REJECTED' | 'WITHDRAWN';

/** An NPO's application for a booth type; WAITLISTED ones hold a position 1..N. */
@Entity({ name: 'marche_application' })
export class MarcheApplicationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @Column({ name: 'booth_type_id', type: 'uuid' })
  boothTypeId!: string;

  @Column({ name: 'npo_id', type: 'uuid' })
  npoId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'staff_count', type: 'integer', default: 1 })
  staffCount!: number;

  @Column({ name: 'needs_power', type: 'boolean', default: false })
  needsPower!: boolean;

  @Column({ name: 'needs_water', type: 'boolean', default: false })
  needsWater!: boolean;

  @Column({ type: 'integer', default: 1 })
  tables!: number;

  @Column({ name: 'wish_fields', type: 'integer', array: true, default: () => "'{}'" })
  wishFields!: number[];

  @Column({ name: 'wish_text', type: 'text', nullable: true })
  wishText!: string | null;

  /** one answer per question of the event, in order */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  answers!: string[];

  @Column({ name: 'consent_publish', type: 'boolean', default: false })
  consentPublish!: boolean;

  @Column({ type: 'text' })
  status!: MarcheApplicationStatusValue;

  @Column({ name: 'waitlist_position', type: 'integer', nullable: true })
  waitlistPosition!: number | null;

  @Column({ name: 'review_reason', type: 'text', nullable: true })
  reviewReason!: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  /** the booth ("row-col") an accepted exhibitor stands on */
  @Column({ name: 'booth_cell', type: 'text', nullable: true })
  boothCell!: string | null;
}
