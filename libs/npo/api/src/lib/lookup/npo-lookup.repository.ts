import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { NpoProfileEntity } from '../entities/npo-profile.entity';
import { NpoEntity } from '../entities/npo.entity';

/** Reads NPOs for other domains (needs, matching), which must not name the npo tables. */
@Injectable()
export class NpoLookup {
  constructor(private readonly dataSource: DataSource) {}

  async byIds(
    ids: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, NpoEntity>> {
    if (ids.length === 0) return new Map();
    const rows = await manager.getRepository(NpoEntity).findBy({ id: In([...new Set(ids)]) });
    return new Map(rows.map((r) => [r.id, r]));
  }

  async findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<NpoEntity | null> {
    return manager.getRepository(NpoEntity).findOneBy({ id });
  }

  async findActive(id: string, manager: EntityManager = this.dataSource.manager): Promise<NpoEntity | null> {
    return manager.getRepository(NpoEntity).findOneBy({ id, status: 'ACTIVE' });
  }

  /** What the NPO tells a group whose need it helps with (its profile), or null. */
  async contactForGroups(npoId: string): Promise<string | null> {
    const profile = await this.dataSource.getRepository(NpoProfileEntity).findOne({
      select: { npoId: true, contactForGroups: true },
      where: { npoId },
    });
    return profile?.contactForGroups ?? null;
  }

  /** Every NPO's id, corporate number and name (the matching evaluation maps its labels with them). */
  async identities(): Promise<Array<{ id: string; corporateNumber: string | null; name: string }>> {
    const rows = await this.dataSource
      .getRepository(NpoEntity)
      .find({ select: { id: true, corporateNumber: true, name: true } });
    return rows.map((r) => ({ id: r.id, corporateNumber: r.corporateNumber, name: r.name }));
  }
}
