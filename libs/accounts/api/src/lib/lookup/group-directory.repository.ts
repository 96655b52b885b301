import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { CommunityGroupEntity, type GroupKind, type GroupStatus } from '../entities/community-group.entity';

/** What other domains may know of a community group (its public face and its standing). */
export interface GroupFacts {
  readonly id: string;
  readonly name: string;
  readonly kind: GroupKind;
  readonly ward: string;
  readonly area: string | null;
  readonly status: GroupStatus;
}

/** The private contact details, for the moment an offer is accepted (see policies). */
export interface GroupContactDetails {
  readonly name: string;
  readonly representativeName: string | null;
  readonly contactPhone: string | null;
  readonly contactEmail: string | null;
}

/** Reads community groups for the needs and matching domains, which must not name the table. */
@Injectable()
export class GroupDirectory {
  constructor(private readonly dataSource: DataSource) {}

  async byIds(
    ids: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, GroupFacts>> {
    if (ids.length === 0) return new Map();
    const rows = await manager.getRepository(CommunityGroupEntity).find({
      select: { id: true, name: true, kind: true, ward: true, area: true, status: true },
      where: { id: In([...new Set(ids)]) },
    });
    return new Map(
      rows.map((r) => [r.id, { id: r.id, name: r.name, kind: r.kind, ward: r.ward, area: r.area, status: r.status }]),
    );
  }

  async contacts(id: string): Promise<GroupContactDetails | null> {
    const row = await this.dataSource.getRepository(CommunityGroupEntity).findOne({ where: { id } });
    return row
      ? {
          name: row.name,
          representativeName: row.representativeName,
          contactPhone: row.contactPhone,
          contactEmail: row.contactEmail,
        }
      : null;
  }
}
