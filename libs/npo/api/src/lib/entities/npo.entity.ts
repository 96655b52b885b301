import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type HelperKindCode = 'NPO' | 'COMPANY' | 'UNIVERSITY' | 'OTHER';
export type HelperStatus = 'ACTIVE' | 'DISSOLVED' | 'NOT_IN_LATEST_DATA' | 'PENDING_REVIEW' | 'REFUSED';

/**
 * A helper organisation. NPO rows are the open data as it states them: only the importer writes
 * their columns. Rows of other kinds (companies, university groups, …) are written by their
 * registration, by staff or by a list import (see helper_record). What members or staff add to a
 * profile lives in tables of its own, so an import can never overwrite it.
 */
@Entity({ name: 'npo' })
@Index('npo_corporate_number_key', ['corporateNumber'], { unique: true, where: 'corporate_number IS NOT NULL' })
@Index('npo_jurisdiction_name_idx', ['jurisdiction', 'name'])
export class NpoEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'corporate_number', type: 'varchar', length: 13, nullable: true })
  corporateNumber!: string | null;

  @Column({ name: 'corporate_number_valid', type: 'boolean', default: true })
  corporateNumberValid!: boolean;

  @Column({ type: 'text', default: 'NPO' })
  kind!: HelperKindCode;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'name_kana', type: 'text', nullable: true })
  nameKana!: string | null;

  /** 所轄庁: NPOs only */
  @Column({ type: 'text', nullable: true })
  jurisdiction!: string | null;

  @Column({ name: 'delegated_municipality', type: 'text', nullable: true })
  delegatedMunicipality!: string | null;

  @Column({ type: 'text', nullable: true })
  prefecture!: string | null;

  @Column({ type: 'text', nullable: true })
  city!: string | null;

  @Column({ type: 'text', nullable: true })
  ward!: string | null;

  @Column({ type: 'text', nullable: true })
  address!: string | null;

  @Column({ name: 'postal_code', type: 'text', nullable: true })
  postalCode!: string | null;

  @Column({ name: 'other_offices', type: 'text', nullable: true })
  otherOffices!: string | null;

  @Column({ type: 'text', nullable: true })
  representative!: string | null;

  @Column({ name: 'representative_kana', type: 'text', nullable: true })
  representativeKana!: string | null;

  @Column({ name: 'authorized_on', type: 'date', nullable: true })
  authorizedOn!: string | null;

  @Column({ name: 'established_on', type: 'date', nullable: true })
  establishedOn!: string | null;

  @Column({ type: 'text', nullable: true })
  purpose!: string | null;

  @Column({ type: 'text', nullable: true })
  programmes!: string | null;

  @Column({ name: 'other_business', type: 'text', nullable: true })
  otherBusiness!: string | null;

  @Column({ type: 'smallint', array: true, default: () => "'{}'" })
  fields!: number[];

  @Column({ name: 'certification_kind', type: 'text', nullable: true })
  certificationKind!: 'CERTIFIED' | 'SPECIAL_CERTIFIED' | null;

  @Column({ name: 'certification_start_on', type: 'date', nullable: true })
  certificationStartOn!: string | null;

  @Column({ name: 'certification_end_on', type: 'date', nullable: true })
  certificationEndOn!: string | null;

  @Column({ name: 'certification_revoked_on', type: 'date', nullable: true })
  certificationRevokedOn!: string | null;

  @Column({ type: 'text', nullable: true })
  supervision!: string | null;

  @Column({ type: 'text', nullable: true })
  dissolution!: string | null;

  @Column({ name: 'dissolved_on', type: 'date', nullable: true })
  dissolvedOn!: string | null;

  @Column({ name: 'portal_url', type: 'text', nullable: true })
  portalUrl!: string | null;

  @Column({ name: 'fiscal_year_start', type: 'text', nullable: true })
  fiscalYearStart!: string | null;

  @Column({ name: 'fiscal_year_end', type: 'text', nullable: true })
  fiscalYearEnd!: string | null;

  @Column({ type: 'text' })
  status!: HelperStatus;

  /** hash of the parsed open-data record (or list row): equal hash = the row did not change */
  @Column({ name: 'source_hash', type: 'text', nullable: true })
  sourceHash!: string | null;

  @Column({ name: 'last_import_run_id', type: 'uuid', nullable: true })
  lastImportRunId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** when an import last changed this record (not touched when a re-import finds it unchanged) */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
