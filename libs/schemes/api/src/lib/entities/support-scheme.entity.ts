import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One of the city's own support schemes (まちづくり専門家派遣 …), as staff keep it. `concepts` and
 * `fields` are what a need is compared with; a retired scheme stays (active false) for the record.
 */
@Entity({ name: 'support_scheme' })
export class SupportSchemeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  /** what it offers */
  @Column({ type: 'text' })
  summary!: string;

  /** who may use it */
  @Column({ type: 'text' })
  eligibility!: string;

  @Column({ name: 'how_to_apply', type: 'text' })
  howToApply!: string;

  @Column({ name: 'office_name', type: 'text' })
  officeName!: string;

  @Column({ name: 'office_phone', type: 'text' })
  officePhone!: string;

  @Column({ name: 'office_url', type: 'text', nullable: true })
  officeUrl!: string | null;

  /** staff's extra words, so that the scheme is found by them too */
  @Column({ type: 'text', nullable: true })
  keywords!: string | null;

  /** civic-thesaurus concept ids */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  concepts!: string[];

  /** activity fields 1–20 */
  @Column({ type: 'smallint', array: true, default: () => "'{}'" })
  fields!: number[];

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;
}
