import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type NpoContactSourceValue = 'FILING' | 'PHONE' | 'VISIT' | 'MAIL' | 'OTHER';

/**
 * A phone, an email or a contact person that the city's staff hold for an NPO (from its
 * filings, a call, a visit). Seen by staff only; a new record supersedes the older ones, which
 * stay as history until removed.
 */
@Entity({ name: 'npo_contact' })
export class NpoContactEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'npo_id', type: 'uuid' })
  npoId!: string;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ name: 'contact_person', type: 'text', nullable: true })
  contactPerson!: string | null;

  @Column({ type: 'text' })
  source!: NpoContactSourceValue;

  @Column({ name: 'source_note', type: 'text', nullable: true })
  sourceNote!: string | null;

  @Column({ name: 'noted_on', type: 'date' })
  notedOn!: string;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'removed_at', type: 'timestamptz', nullable: true })
  removedAt!: Date | null;
}
