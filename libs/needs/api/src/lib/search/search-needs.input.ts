import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { HELP_KIND_IDS, KITAKYUSHU_WARDS } from '@tsunagu/shared/util';
import { Need, NeedStatus } from '../needs/need.model';

@InputType()
export class SearchNeedsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  query?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsIn([...KITAKYUSHU_WARDS], { each: true, message: '区を選び直してください' })
  wards?: string[] | null;

  @Field(() => [Int], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(20, { each: true })
  fields?: number[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsIn([...HELP_KIND_IDS], { each: true })
  helpKinds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'activity on or after this day (YYYY-MM-DD)' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '日付を選んでください' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'activity on or before this day (YYYY-MM-DD)' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '日付を選んでください' })
  to?: string | null;

  @Field(() => [NeedStatus], { nullable: true, description: 'default: PUBLISHED (open for offers)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(3)
  @IsEnum(NeedStatus, { each: true })
  statuses?: NeedStatus[] | null;

  @Field(() => Int, { defaultValue: 1 })
  @IsInt()
  @Min(1)
  @Max(500)
  page!: number;

  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize!: number;
}

@ObjectType()
export class NeedSearchResult {
  @Field(() => Int)
  total!: number;

  @Field(() => [Need])
  hits!: Need[];
}
