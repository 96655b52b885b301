import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CommunityGroupEntity, type GroupKind } from '../entities/community-group.entity';

/** Writes the demo data's verified groups (the demo seed of needs adds one), owned by one person. */
@Injectable()
export class GroupSeeding {
  async createVerifiedGroup(
    manager: EntityManager,
    group: {
      name: string;
      kind: GroupKind;
      ward: string;
      area: string;
      representativeName: string;
      contactPhone: string;
    },
    ownerId: string,
  ): Promise<string> {
    const saved = await manager.save(
      manager.create(CommunityGroupEntity, { ...group, status: 'VERIFIED', createdBy: ownerId, decidedAt: new Date() }),
    );
    await manager.query(`INSERT INTO group_member (group_id, user_id, role) VALUES ($1, $2, 'OWNER')`, [
      saved.id,
      ownerId,
    ]);
    return saved.id;
  }

  async byName(manager: EntityManager, name: string): Promise<{ id: string; ward: string } | null> {
    const row = await manager.findOne(CommunityGroupEntity, { select: { id: true, ward: true }, where: { name } });
    return row ? { id: row.id, ward: row.ward } : null;
  }

  /** Puts the named group into the named 校区 of its own ward; false when either is not there. */
  async placeInSchoolDistrict(manager: EntityManager, groupName: string, districtName: string): Promise<boolean> {
    const [, count] = await manager.query(
      `UPDATE community_group g SET school_district_id = d.id
         FROM school_district d
        WHERE g.name = $1 AND d.ward = g.ward AND d.name = $2`,
      [groupName, districtName],
    );
    return count > 0;
  }

  /**
   * A verified group whose officer has not signed in (most of the city's, on opening day): no
   * member, no contact kept here, in the named 校区 of its ward.
   */
  async createOfflineGroup(
    manager: EntityManager,
    group: { name: string; kind: GroupKind; ward: string; area: string; schoolDistrict: string },
  ): Promise<string> {
    const [{ id }] = await manager.query(
      `INSERT INTO community_group (name, kind, ward, area, status, decided_at, school_district_id)
       SELECT $1, $2, $3, $4, 'VERIFIED', now(), (SELECT id FROM school_district WHERE ward = $3 AND name = $5)
       RETURNING id`,
      [group.name, group.kind, group.ward, group.area, group.schoolDistrict],
    );
    return id;
  }
}
