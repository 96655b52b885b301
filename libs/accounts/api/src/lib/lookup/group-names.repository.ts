import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { CommunityGroupEntity, type GroupStatus } from '../entities/community-group.entity';

/** What another domain may show of a community group next to its own records (no contact details). */
export interface GroupName {
  id: string;
  name: string;
  ward: string;
  status: GroupStatus;
}

/** Names and status of community groups for other domains (the marché's meeting wishes), by id. */
@Injectable()
export class GroupNamesRepository {
  constructor(@InjectRepository(CommunityGroupEntity) private readonly groups: Repository<CommunityGroupEntity>) {}

  async byIds(ids: Iterable<string>): Promise<Map<string, GroupName>> {
    const wanted = [...new Set(ids)];
    if (wanted.length === 0) return new Map();
    const rows = await this.groups.find({ select: ['id', 'name', 'ward', 'status'], where: { id: In(wanted) } });
    return new Map(rows.map((r) => [r.id, { id: r.id, name: r.name, ward: r.ward, status: r.status }]));
  }
}
