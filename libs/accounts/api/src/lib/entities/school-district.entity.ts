import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A primary-school district (校区): the まちづくり協議会 and 市民センター unit, inside one ward. Staff keep the list. */
@Entity({ name: 'school_district' })
export class SchoolDistrictEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  ward!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'sort_order', type: 'integer', default: 0 })
  sortOrder!: number;

  /** no longer offered to groups that register; the groups already in it keep it */
  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
