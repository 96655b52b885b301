import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { requireUser } from '../auth/access-errors';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { RequirePolicy } from '../auth/policy.guard';
import { SaveSchoolDistrictInput, SchoolDistrict } from './school-district.model';
import { SchoolDistrictService } from './school-district.service';

@Resolver(() => SchoolDistrict)
export class SchoolDistrictResolver {
  constructor(private readonly districts: SchoolDistrictService) {}

  @Query(() => [SchoolDistrict], {
    description: 'The 校区 of one ward (or of all), in the city’s order; retired ones only when asked (staff lists)',
  })
  schoolDistricts(
    @Args('ward', { type: () => String, nullable: true }) ward: string | null,
    @Args('includeRetired', { defaultValue: false }) includeRetired: boolean,
  ): Promise<SchoolDistrict[]> {
    return this.districts.list(ward, includeRetired);
  }

  @Mutation(() => SchoolDistrict, { description: 'Staff: add a 校区, or rename or reorder one' })
  @RequirePolicy('canManageSchoolDistricts')
  saveSchoolDistrict(
    @Args('input') input: SaveSchoolDistrictInput,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<SchoolDistrict> {
    return this.districts.save(requireUser(user), input);
  }

  @Mutation(() => SchoolDistrict, { description: 'Staff: stop offering a 校区 (groups in it keep it)' })
  @RequirePolicy('canManageSchoolDistricts')
  retireSchoolDistrict(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<SchoolDistrict> {
    return this.districts.setRetired(requireUser(user), id, true);
  }

  @Mutation(() => SchoolDistrict, { description: 'Staff: offer a retired 校区 again' })
  @RequirePolicy('canManageSchoolDistricts')
  restoreSchoolDistrict(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<SchoolDistrict> {
    return this.districts.setRetired(requireUser(user), id, false);
  }
}
