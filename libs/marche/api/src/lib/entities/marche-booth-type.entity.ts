import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A kind of place at a marché (exhibit booth, stage slot, workshop) with its capacity. */
@Entity({ name: 'marche_booth_type' })
export class MarcheBoothTypeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'integer' })
  capacity!: number;

  /** length of a stage slot; null for booths that stand all day */
  @Column({ name: 'slot_minutes', type: 'integer', nullable: true })
  slotMinutes!: number | null;

  @Column({ type: 'integer', default: 0 })
  sort!: number;
}
