import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { GroupSeeding } from '@tsunagu/accounts/api';
import type { DemoSeedStep } from './demo-seed-step';

/** The demo groups' 校区, as their officers would choose them (the centre's district, mostly). */
export const DEMO_GROUP_DISTRICTS: ReadonlyArray<{ group: string; district: string }> = [
  { group: '黒崎三丁目自治会', district: '黒崎' },
  { group: '黒崎市民センター', district: '黒崎' },
  { group: '黒崎四丁目町内会', district: '黒崎' },
  { group: '若松みなと町内会', district: '若松中央' },
  { group: '門司港まちづくり協議会', district: '門司' },
];

@Injectable()
export class DemoSchoolDistrictsStep implements DemoSeedStep {
  readonly name = 'school-districts';

  constructor(
    private readonly dataSource: DataSource,
    private readonly groups: GroupSeeding,
  ) {}

  async run(): Promise<Record<string, unknown>> {
    let placed = 0;
    await this.dataSource.transaction(async (manager) => {
      for (const { group, district } of DEMO_GROUP_DISTRICTS) {
        if (await this.groups.placeInSchoolDistrict(manager, group, district)) placed++;
      }
    });
    return { placed };
  }
}
