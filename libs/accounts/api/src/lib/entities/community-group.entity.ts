import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type GroupKind = 'JICHIKAI' | 'MACHIZUKURI' | 'SHIMIN_CENTER' | 'OTHER';
export type GroupStatus = 'PENDING' | 'VERIFIED' | 'REJECTED';

/** A 自治会・町内会, まちづくり協議会 or 市民センター. Its contact details are private (see policies). */
@Entity({ name: 'community_group' })
export class CommunityGroupEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: GroupKind;

  @Column({ type: 'text' })
  ward!: string;

  @Column({ type: 'text', nullable: true })
  area!: string | null;

  @Column({ name: 'representative_name', type: 'text', nullable: true })
  representativeName!: string | null;

  @Column({ name: 'contact_phone', type: 'text', nullable: true })
  contactPhone!: string | null;

  @Column({ name: 'contact_email', type: 'text', nullable: true })
  contactEmail!: string | null;

  @Column({ type: 'text', default: 'PENDING' })
  status!: GroupStatus;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;
}
