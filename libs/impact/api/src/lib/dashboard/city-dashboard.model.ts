import { Field, Float, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { KITAKYUSHU_WARDS } from '@tsunagu/shared/util';

export enum DashboardAudience {
  STAFF = 'STAFF',
  PUBLIC = 'PUBLIC',
}
registerEnumType(DashboardAudience, {
  name: 'DashboardAudience',
  description: 'STAFF: every area as it is; PUBLIC: areas of fewer than 3 groups merged or left out',
});

const DAY = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class CityDashboardInput {
  @Field(() => String, { nullable: true, description: 'first day (YYYY-MM-DD, Japan); default: a year before `to`' })
  @IsOptional()
  @Matches(DAY, { message: '日付は 2026-04-01 の形で入れてください。' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'last day, included (YYYY-MM-DD, Japan); default: today' })
  @IsOptional()
  @Matches(DAY, { message: '日付は 2026-04-01 の形で入れてください。' })
  to?: string | null;

  @Field(() => String, { nullable: true, description: 'one ward only; the whole city when left out' })
  @IsOptional()
  @IsIn([...KITAKYUSHU_WARDS], { message: '区を選んでください' })
  ward?: string | null;
}

/** The counts every table of the dashboard gives for its rows. */
@ObjectType({ isAbstract: true })
export abstract class NeedCounts {
  @Field(() => Int, { description: 'needs published in the period' })
  needs!: number;

  @Field(() => Int, { description: 'of those, with at least one offer of help' })
  withOffer!: number;

  @Field(() => Int, { description: 'of those, where the group accepted an offer' })
  matched!: number;

  @Field(() => Int, { description: 'of those, done' })
  done!: number;
}

@ObjectType()
export class DashboardTotals extends NeedCounts {
  @Field(() => Int, { description: 'of those, still open (published, no helper yet)' })
  openNow!: number;

  @Field(() => Int, { description: 'the groups that published them' })
  groups!: number;

  @Field(() => Float, { nullable: true, description: 'withOffer / needs (0–1); null without needs' })
  shareWithOffer!: number | null;

  @Field(() => Float, { nullable: true })
  shareMatched!: number | null;

  @Field(() => Float, { nullable: true })
  shareDone!: number | null;

  @Field(() => Float, { nullable: true, description: 'median days from publishing to the first offer' })
  medianDaysToFirstOffer!: number | null;

  @Field(() => Float, { nullable: true, description: 'median days from publishing to the accepted offer' })
  medianDaysToMatch!: number | null;
}

@ObjectType()
export class AreaFigures extends NeedCounts {
  @Field({ description: 'a ward, a 校区 id, OTHER_AREAS (merged small areas) or NONE (no 校区 given)' })
  area!: string;

  @Field({ description: 'the area in the caller’s language' })
  label!: string;

  @Field(() => Int)
  groups!: number;
}

@ObjectType()
export class FieldFigures extends NeedCounts {
  @Field(() => Int, { description: 'activity field 1–20' })
  field!: number;

  @Field()
  label!: string;

  @Field(() => Int)
  openNow!: number;
}

@ObjectType()
export class StatusFigures {
  @Field()
  status!: string;

  @Field()
  label!: string;

  @Field(() => Int)
  needs!: number;
}

@ObjectType()
export class MonthFigures extends NeedCounts {
  @Field({ description: 'YYYY-MM, the month the needs were published (Japan)' })
  month!: string;
}

@ObjectType({ description: 'Open needs of one field in one area against the helpers able to take them' })
export class SupplyGap {
  @Field({ description: 'a ward, or OTHER_AREAS for merged small wards' })
  area!: string;

  @Field()
  label!: string;

  @Field(() => Int)
  field!: number;

  @Field()
  fieldLabel!: string;

  @Field(() => Int, { description: 'needs of this field still open in the area' })
  openNeeds!: number;

  @Field(() => Int, { description: 'active helpers of this field that work in the area (any kind)' })
  helpers!: number;

  @Field(() => Int, { description: 'of those, with someone on the platform to answer (an account)' })
  helpersWithAccount!: number;

  @Field(() => Int, { description: 'open needs beyond the helpers with an account: where to recruit' })
  shortfall!: number;
}

@ObjectType()
export class CityDashboard {
  @Field()
  from!: string;

  @Field()
  to!: string;

  @Field(() => String, { nullable: true })
  ward!: string | null;

  @Field(() => DashboardAudience)
  audience!: DashboardAudience;

  @Field({ description: 'public view of a ward with fewer than 3 groups: its figures are not shown on their own' })
  withheld!: boolean;

  @Field(() => DashboardTotals)
  totals!: DashboardTotals;

  @Field(() => [AreaFigures])
  byWard!: AreaFigures[];

  @Field(() => [AreaFigures])
  bySchoolDistrict!: AreaFigures[];

  @Field(() => [FieldFigures], { description: 'a need of two fields counts in both' })
  byField!: FieldFigures[];

  @Field(() => [StatusFigures], { description: 'where the period’s needs stand now' })
  byStatus!: StatusFigures[];

  @Field(() => [MonthFigures], { description: 'every month of the period, also those without needs' })
  byMonth!: MonthFigures[];

  @Field(() => [SupplyGap], { description: 'largest shortfall first' })
  gap!: SupplyGap[];
}
