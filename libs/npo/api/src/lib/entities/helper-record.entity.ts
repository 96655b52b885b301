import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type HelperSource = 'REGISTRATION' | 'STAFF' | 'LIST_IMPORT';

/**
 * How a helper of another kind than NPO came in (its own registration, staff, a list import) and
 * what staff decided on it. NPOs have no row here: the open data is their source.
 */
@Entity({ name: 'helper_record' })
export class HelperRecordEntity {
  @PrimaryColumn({ name: 'npo_id', type: 'uuid' })
  npoId!: string;

  @Column({ type: 'text' })
  source!: HelperSource;

  /** 法人番号 of a company (NPOs keep theirs on npo, from the open data) */
  @Column({ name: 'corporate_number', type: 'varchar', length: 13, nullable: true })
  corporateNumber!: string | null;

  /** what a list import knows this helper by, so importing the list again updates it */
  @Column({ name: 'list_key', type: 'text', nullable: true })
  listKey!: string | null;

  @Column({ name: 'registered_by', type: 'uuid', nullable: true })
  registeredBy!: string | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'refusal_reason', type: 'text', nullable: true })
  refusalReason!: string | null;

  @Column({ name: 'import_run_id', type: 'uuid', nullable: true })
  importRunId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
