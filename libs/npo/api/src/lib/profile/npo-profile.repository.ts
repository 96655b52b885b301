import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { NpoProfileEntity } from '../entities/npo-profile.entity';

/** The SQL of `npo_profile`: what an NPO writes about itself beside the open data. */
@Injectable()
export class NpoProfileRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get profiles() {
    return this.dataSource.getRepository(NpoProfileEntity);
  }

  find(npoId: string): Promise<NpoProfileEntity | null> {
    return this.profiles.findOne({ where: { npoId } });
  }

  /** The profile as it is, or a new empty one (not saved yet). */
  async findOrNew(npoId: string): Promise<NpoProfileEntity> {
    return (await this.find(npoId)) ?? this.profiles.create({ npoId, helpKinds: [], areas: [], socialLinks: [] });
  }

  merge(profile: NpoProfileEntity, fields: Partial<NpoProfileEntity>): NpoProfileEntity {
    return this.profiles.merge(profile, fields);
  }

  save(profile: NpoProfileEntity, manager: EntityManager = this.dataSource.manager): Promise<NpoProfileEntity> {
    return manager.save(profile);
  }

  /** npo id → introduction, for the search documents of these NPOs. */
  async introductionsOf(npoIds: readonly string[]): Promise<Map<string, string | null>> {
    if (npoIds.length === 0) return new Map();
    const rows: Array<{ npo_id: string; introduction: string | null }> = await this.dataSource.query(
      `SELECT npo_id, introduction FROM npo_profile WHERE npo_id = ANY($1::uuid[])`,
      [npoIds],
    );
    return new Map(rows.map((r) => [r.npo_id, r.introduction]));
  }
}
