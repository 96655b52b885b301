import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { SchoolDistrictEntity } from '../entities/school-district.entity';

/** The SQL of `school_district`. */
@Injectable()
export class SchoolDistrictRepository {
  constructor(private readonly dataSource: DataSource) {}

  list(filter: { ward?: string | null; includeRetired: boolean }): Promise<SchoolDistrictEntity[]> {
    return this.dataSource.manager.find(SchoolDistrictEntity, {
      where: {
        ...(filter.ward ? { ward: filter.ward } : {}),
        ...(filter.includeRetired ? {} : { retiredAt: IsNull() }),
      },
      order: { ward: 'ASC', sortOrder: 'ASC', name: 'ASC' },
    });
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<SchoolDistrictEntity | null> {
    return manager.findOne(SchoolDistrictEntity, { where: { id } });
  }

  findByIds(ids: readonly string[]): Promise<SchoolDistrictEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.dataSource.manager
      .createQueryBuilder(SchoolDistrictEntity, 'd')
      .where('d.id IN (:...ids)', { ids: [...ids] })
      .getMany();
  }

  findByName(ward: string, name: string, manager: EntityManager): Promise<SchoolDistrictEntity | null> {
    return manager.findOne(SchoolDistrictEntity, { where: { ward, name } });
  }

  async nextSortOrder(ward: string, manager: EntityManager): Promise<number> {
    const [row] = await manager.query(
      `SELECT COALESCE(MAX(sort_order), -1) + 1 AS next FROM school_district WHERE ward = $1`,
      [ward],
    );
    return Number(row.next);
  }

  save(district: SchoolDistrictEntity, manager: EntityManager): Promise<SchoolDistrictEntity> {
    return manager.save(district);
  }

  create(fields: Partial<SchoolDistrictEntity>, manager: EntityManager): SchoolDistrictEntity {
    return manager.create(SchoolDistrictEntity, fields);
  }

  /** How many groups name this 校区: a district that groups use cannot move to another ward. */
  async groupCount(id: string, manager: EntityManager): Promise<number> {
    const [row] = await manager.query(`SELECT count(*)::int AS n FROM community_group WHERE school_district_id = $1`, [
      id,
    ]);
    return row.n;
  }
}
