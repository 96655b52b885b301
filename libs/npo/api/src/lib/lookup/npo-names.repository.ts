import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, type Repository } from 'typeorm';
import { NpoEntity } from '../entities/npo.entity';

/** What another domain may show of an NPO next to its own records: name, ward, activity fields. */
export interface NpoName {
  id: string;
  name: string;
  ward: string | null;
  fields: number[];
}

/** Names of NPOs for other domains (the marché's lists, exports and maps), read by id. */
@Injectable()
export class NpoNamesRepository {
  constructor(@InjectRepository(NpoEntity) private readonly npos: Repository<NpoEntity>) {}

  /** id → name; ids that are no NPO are left out. Read in the caller's transaction if given. */
  async byIds(ids: Iterable<string>, manager?: EntityManager): Promise<Map<string, NpoName>> {
    const wanted = [...new Set(ids)];
    if (wanted.length === 0) return new Map();
    const repo = manager ? manager.getRepository(NpoEntity) : this.npos;
    const rows = await repo.find({ select: ['id', 'name', 'ward', 'fields'], where: { id: In(wanted) } });
    return new Map(rows.map((r) => [r.id, { id: r.id, name: r.name, ward: r.ward, fields: r.fields }]));
  }

  /** Active NPOs with a ward, by name (the demo seed picks exhibitors from them). */
  async activeWithWard(limit: number): Promise<NpoName[]> {
    const rows = await this.npos
      .createQueryBuilder('n')
      .select(['n.id', 'n.name', 'n.ward', 'n.fields'])
      .where(`n.status = 'ACTIVE' AND n.ward IS NOT NULL`)
      .orderBy('n.name')
      .limit(limit)
      .getMany();
    return rows.map((r) => ({ id: r.id, name: r.name, ward: r.ward, fields: r.fields }));
  }
}
