import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type StoryStatusValue = 'DRAFT' | 'AWAITING_MODERATION' | 'PUBLISHED' | 'REFUSED';

/** A finished need told by its group and its helper (好事例); public only once both consented and staff published it. */
@Entity({ name: 'story' })
export class StoryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'need_id', type: 'uuid' })
  needId!: string;

  @Column({ name: 'group_id', type: 'uuid' })
  groupId!: string;

  /** the NPO, company or university whose offer the group accepted */
  @Column({ name: 'helper_id', type: 'uuid' })
  helperId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'group_what_happened', type: 'text', nullable: true })
  groupWhatHappened!: string | null;

  @Column({ name: 'group_what_it_took', type: 'text', nullable: true })
  groupWhatItTook!: string | null;

  @Column({ name: 'group_photo_path', type: 'text', nullable: true })
  groupPhotoPath!: string | null;

  @Column({ name: 'group_written_by', type: 'uuid', nullable: true })
  groupWrittenBy!: string | null;

  @Column({ name: 'group_consented_at', type: 'timestamptz', nullable: true })
  groupConsentedAt!: Date | null;

  @Column({ name: 'helper_what_happened', type: 'text', nullable: true })
  helperWhatHappened!: string | null;

  @Column({ name: 'helper_what_it_took', type: 'text', nullable: true })
  helperWhatItTook!: string | null;

  @Column({ name: 'helper_photo_path', type: 'text', nullable: true })
  helperPhotoPath!: string | null;

  @Column({ name: 'helper_written_by', type: 'uuid', nullable: true })
  helperWrittenBy!: string | null;

  @Column({ name: 'helper_consented_at', type: 'timestamptz', nullable: true })
  helperConsentedAt!: Date | null;

  @Column({ type: 'text', default: 'DRAFT' })
  status!: StoryStatusValue;

  @Column({ name: 'refusal_reason', type: 'text', nullable: true })
  refusalReason!: string | null;

  @Column({ name: 'moderated_by', type: 'uuid', nullable: true })
  moderatedBy!: string | null;

  @Column({ name: 'moderated_at', type: 'timestamptz', nullable: true })
  moderatedAt!: Date | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
