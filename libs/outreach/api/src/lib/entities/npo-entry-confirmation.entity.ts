import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type EntryOutcomeValue = 'CONFIRMED' | 'CORRECTED';

/** An NPO member checked the NPO's data-book entry that came with the letter (掲載内容のご確認). */
@Entity({ name: 'npo_entry_confirmation' })
export class NpoEntryConfirmationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'npo_id', type: 'uuid' })
  npoId!: string;

  @Column({ name: 'confirmed_by', type: 'uuid', nullable: true })
  confirmedBy!: string | null;

  @Column({ type: 'text' })
  outcome!: EntryOutcomeValue;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
