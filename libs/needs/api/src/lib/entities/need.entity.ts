import type { StoredProxyEntry } from '@tsunagu/accounts/api';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { HelpKindId } from '@tsunagu/shared/util';

export type NeedStatusValue = 'DRAFT' | 'PUBLISHED' | 'MATCHED' | 'DONE' | 'CANCELLED' | 'EXPIRED';
export type HonorariumValue = 'NONE' | 'EXPENSES' | 'PAID';

/** What a community group needs help with (困りごと・お手伝い募集). */
@Entity({ name: 'need' })
export class NeedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'group_id', type: 'uuid' })
  groupId!: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ type: 'text', nullable: true })
  template!: string | null;

  @Column({ type: 'text', default: '' })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'integer', array: true, default: '{}' })
  fields!: number[];

  @Column({ name: 'help_kind', type: 'text', default: 'VOLUNTEERS' })
  helpKind!: HelpKindId;

  @Column({ type: 'text' })
  ward!: string;

  @Column({ type: 'text', nullable: true })
  place!: string | null;

  @Column({ name: 'starts_on', type: 'date', nullable: true })
  startsOn!: string | null;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn!: string | null;

  @Column({ name: 'people_needed', type: 'integer', nullable: true })
  peopleNeeded!: number | null;

  @Column({ type: 'text', default: 'NONE' })
  honorarium!: HonorariumValue;

  @Column({ type: 'date', nullable: true })
  deadline!: string | null;

  @Column({ type: 'text', default: 'DRAFT' })
  status!: NeedStatusValue;

  @Column({ type: 'text', nullable: true })
  report!: string | null;

  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt!: Date | null;

  @Column({ name: 'hidden_by', type: 'uuid', nullable: true })
  hiddenBy!: string | null;

  @Column({ name: 'hidden_reason', type: 'text', nullable: true })
  hiddenReason!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  /** the last write by someone acting for the group (its 市民センター, a delegate); null when its own member wrote */
  @Column({ name: 'entered_by_proxy', type: 'jsonb', nullable: true })
  enteredByProxy!: StoredProxyEntry | null;
}
