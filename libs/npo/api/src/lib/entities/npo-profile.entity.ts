import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What the NPO itself wrote. The importer never touches this table. */
@Entity({ name: 'npo_profile' })
export class NpoProfileEntity {
  @PrimaryColumn({ name: 'npo_id', type: 'uuid' })
  npoId!: string;

  @Column({ type: 'text', nullable: true })
  introduction!: string | null;

  @Column({ name: 'help_kinds', type: 'text', array: true, default: () => "'{}'" })
  helpKinds!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  areas!: string[];

  @Column({ name: 'contact_for_groups', type: 'text', nullable: true })
  contactForGroups!: string | null;

  @Column({ type: 'text', nullable: true })
  website!: string | null;

  @Column({ name: 'social_links', type: 'text', array: true, default: () => "'{}'" })
  socialLinks!: string[];

  @Column({ name: 'photo_file', type: 'text', nullable: true })
  photoFile!: string | null;

  @Column({ name: 'print_consent', type: 'boolean', default: false })
  printConsent!: boolean;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;
}
