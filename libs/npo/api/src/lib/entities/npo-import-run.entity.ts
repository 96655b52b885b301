import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export interface StoredRejection {
  rowNumber: number;
  reason: string;
  name: string | null;
}

/** One import of an open-data file: who, when, which file, what it changed, what it refused. */
@Entity({ name: 'npo_import_run' })
export class NpoImportRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  status!: 'RUNNING' | 'SUCCEEDED' | 'REFUSED' | 'FAILED';

  @Column({ type: 'text' })
  source!: 'CLI' | 'UPLOAD' | 'DEMO';

  /** the national NPO open-data file, or a list of other helpers (companies, university groups) */
  @Column({ type: 'text', default: 'NPO_OPEN_DATA' })
  dataset!: 'NPO_OPEN_DATA' | 'HELPER_LIST';

  @Column({ name: 'started_by', type: 'text' })
  startedBy!: string;

  @Column({ name: 'started_at', type: 'timestamptz', default: () => 'now()' })
  startedAt!: Date;

  /** renewed every few seconds while the importer's database session lives (see NpoImportService) */
  @Column({ name: 'heartbeat_at', type: 'timestamptz', default: () => 'now()' })
  heartbeatAt!: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  @Column({ name: 'file_sha256', type: 'text', nullable: true })
  fileSha256!: string | null;

  @Column({
    name: 'file_bytes',
    type: 'bigint',
    default: 0,
    transformer: { to: (v: number) => v, from: (v: string) => Number(v) },
  })
  fileBytes!: number;

  @Column({ name: 'processed_rows', type: 'integer', default: 0 })
  processedRows!: number;

  @Column({ type: 'integer', default: 0 })
  inserted!: number;

  @Column({ type: 'integer', default: 0 })
  updated!: number;

  @Column({ type: 'integer', default: 0 })
  unchanged!: number;

  @Column({ type: 'integer', default: 0 })
  rejected!: number;

  @Column({ name: 'marked_not_in_latest', type: 'integer', default: 0 })
  markedNotInLatest!: number;

  @Column({ type: 'text', nullable: true })
  message!: string | null;

  /** the first rejected rows (capped), each with its row number and reason */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  rejections!: StoredRejection[];
}
