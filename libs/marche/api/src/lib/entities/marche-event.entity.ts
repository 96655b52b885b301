import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { VenueLayout } from '../layout/booth-layout';

/** One Action! NPO Marché: when and where, the application period and the form's extra questions. */
@Entity({ name: 'marche_event' })
export class MarcheEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  /** 'YYYY-MM-DD' (the pg DATE parser keeps calendar days as text) */
  @Column({ name: 'event_date', type: 'date' })
  eventDate!: string;

  @Column({ type: 'text' })
  venue!: string;

  @Column({ name: 'apply_from', type: 'date' })
  applyFrom!: string;

  @Column({ name: 'apply_until', type: 'date' })
  applyUntil!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  questions!: string[];

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  /** the venue grid staff drew (null until then) */
  @Column({ type: 'jsonb', nullable: true })
  layout!: VenueLayout | null;
}
