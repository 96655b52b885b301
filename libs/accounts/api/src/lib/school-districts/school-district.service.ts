import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { badUserInput, notFound } from '@tsunagu/shared/api-core';
import { accountsMessages } from '../accounts.messages';
import { AuditLogService } from '../audit/audit-log.service';
import { forbidden } from '../auth/access-errors';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { policies } from '../auth/policies';
import type { SchoolDistrictEntity } from '../entities/school-district.entity';
import type { SaveSchoolDistrictInput, SchoolDistrict } from './school-district.model';
import { SchoolDistrictRepository } from './school-district.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const schoolDistrictView = (d: SchoolDistrictEntity): SchoolDistrict => ({
  id: d.id,
  ward: d.ward,
  name: d.name,
  sortOrder: d.sortOrder,
  retired: d.retiredAt !== null,
});

/** The city's list of 校区 that staff keep, and the rule a group's choice of one follows. */
@Injectable()
export class SchoolDistrictService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly districts: SchoolDistrictRepository,
    private readonly audit: AuditLogService,
  ) {}

  async list(ward: string | null | undefined, includeRetired: boolean): Promise<SchoolDistrict[]> {
    return (await this.districts.list({ ward, includeRetired })).map(schoolDistrictView);
  }

  async byIds(ids: readonly string[]): Promise<Map<string, SchoolDistrict>> {
    const rows = await this.districts.findByIds(ids.filter((id) => UUID.test(id)));
    return new Map(rows.map((d) => [d.id, schoolDistrictView(d)]));
  }

  /**
   * The 校区 a group may choose: one in its own ward that is still offered. Null (not said) is
   * always fine, as most officers will not know the district's official name at first.
   */
  async checkChoice(
    ward: string,
    id: string | null | undefined,
    manager: EntityManager = this.dataSource.manager,
    field = 'schoolDistrictId',
  ): Promise<string | null> {
    if (!id) return null;
    const district = UUID.test(id) ? await this.districts.findById(id, manager) : null;
    if (!district || district.ward !== ward || district.retiredAt) {
      throw badUserInput(accountsMessages.schoolDistrictNotInWard, field);
    }
    return district.id;
  }

  async save(staff: AuthenticatedUser, input: SaveSchoolDistrictInput): Promise<SchoolDistrict> {
    if (!policies.canManageSchoolDistricts(staff)) throw forbidden();
    const name = input.name.normalize('NFKC').trim().replace(/校区$/, '');
    if (!name) throw badUserInput(accountsMessages.schoolDistrictNotFound, 'name');
    return this.dataSource.transaction(async (manager) => {
      const existing = input.id ? await this.found(input.id, manager) : null;
      const clash = await this.districts.findByName(input.ward, name, manager);
      if (clash && clash.id !== existing?.id) {
        throw badUserInput(accountsMessages.schoolDistrictNameTaken, 'name', { ward: input.ward, name });
      }
      if (existing && existing.ward !== input.ward) {
        const count = await this.districts.groupCount(existing.id, manager);
        if (count > 0) throw badUserInput(accountsMessages.schoolDistrictInUse, 'ward', { count });
      }
      const district = existing ?? this.districts.create({}, manager);
      const movedWard = existing && existing.ward !== input.ward;
      district.ward = input.ward;
      district.name = name;
      district.sortOrder =
        input.sortOrder ??
        (existing && !movedWard ? existing.sortOrder : await this.districts.nextSortOrder(input.ward, manager));
      district.updatedAt = new Date();
      const saved = await this.districts.save(district, manager);
      await this.audit.record(
        {
          actorUserId: staff.id,
          action: existing ? 'school_district.changed' : 'school_district.added',
          targetType: 'school_district',
          targetId: saved.id,
          detail: { ward: saved.ward, name: saved.name },
        },
        manager,
      );
      return schoolDistrictView(saved);
    });
  }

  /** Retiring keeps the groups that chose it; it is only no longer offered. Restoring undoes it. */
  async setRetired(staff: AuthenticatedUser, id: string, retired: boolean): Promise<SchoolDistrict> {
    if (!policies.canManageSchoolDistricts(staff)) throw forbidden();
    return this.dataSource.transaction(async (manager) => {
      const district = await this.found(id, manager);
      if ((district.retiredAt !== null) !== retired) {
        district.retiredAt = retired ? new Date() : null;
        district.updatedAt = new Date();
        await this.districts.save(district, manager);
        await this.audit.record(
          {
            actorUserId: staff.id,
            action: retired ? 'school_district.retired' : 'school_district.restored',
            targetType: 'school_district',
            targetId: district.id,
            detail: { ward: district.ward, name: district.name },
          },
          manager,
        );
      }
      return schoolDistrictView(district);
    });
  }

  private async found(id: string, manager: EntityManager): Promise<SchoolDistrictEntity> {
    const district = UUID.test(id) ? await this.districts.findById(id, manager) : null;
    if (!district) throw notFound(accountsMessages.schoolDistrictNotFound);
    return district;
  }
}
