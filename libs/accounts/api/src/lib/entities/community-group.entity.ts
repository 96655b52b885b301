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

  /** its primary-school district (校区), in the same ward; null when the group did not say */
  @Column({ name: 'school_district_id', type: 'uuid', nullable: true })
  schoolDistrictId!: string | null;

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

  /** The officer is not online: the staff of `centreId` act for the group, with recorded consent. */
  @Column({ type: 'boolean', default: false })
  assisted!: boolean;

  /** The 市民センター (a group of kind SHIMIN_CENTER) that looks after this group. */
  @Column({ name: 'centre_id', type: 'uuid', nullable: true })
  centreId!: string | null;

  /** Where paper goes back to the officer (private, as the phone is). */
  @Column({ name: 'postal_address', type: 'text', nullable: true })
  postalAddress!: string | null;
}
