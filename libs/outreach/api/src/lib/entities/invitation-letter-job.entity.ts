import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type LetterJobStatusValue = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';

/** One print run of invitation letters: the NPOs chosen, and the PDF once it is drawn. */
@Entity({ name: 'invitation_letter_job' })
export class InvitationLetterJobEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'requested_by', type: 'uuid', nullable: true })
  requestedBy!: string | null;

  @Column({ type: 'text', default: 'QUEUED' })
  status!: LetterJobStatusValue;

  @Column({ type: 'integer', default: 0 })
  progress!: number;

  /** what staff chose, as they chose it (kept for the record and the staff page) */
  @Column({ type: 'jsonb' })
  selection!: Record<string, unknown>;

  @Column({ name: 'npo_ids', type: 'uuid', array: true })
  npoIds!: string[];

  @Column({ name: 'include_entry', type: 'boolean', default: false })
  includeEntry!: boolean;

  @Column({ name: 'send_mail', type: 'boolean', default: true })
  sendMail!: boolean;

  @Column({ type: 'integer', default: 0 })
  letters!: number;

  @Column({ type: 'integer', default: 0 })
  mailed!: number;

  @Column({ name: 'file_path', type: 'text', nullable: true })
  filePath!: string | null;

  @Column({ type: 'integer', nullable: true })
  bytes!: number | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ type: 'integer', default: 0 })
  attempt!: number;

  @Column({ name: 'heartbeat_at', type: 'timestamptz', nullable: true })
  heartbeatAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
