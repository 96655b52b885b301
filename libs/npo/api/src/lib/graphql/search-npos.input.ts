import { Field, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { HelperKind } from './npo.model';

export enum NpoSort {
  RELEVANCE = 'RELEVANCE',
  NAME_KANA = 'NAME_KANA',
  ESTABLISHED_DESC = 'ESTABLISHED_DESC',
}
registerEnumType(NpoSort, { name: 'NpoSort' });

@InputType()
export class SearchNposInput {
  @Field(() => String, { nullable: true, description: 'words as a resident types them' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  query?: string | null;

  @Field(() => [String], { nullable: true, description: 'wards, e.g. 八幡西区' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  wards?: string[] | null;

  @Field(() => [Int], { nullable: true, description: 'activity fields 1–20 (any of them)' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(20, { each: true })
  fields?: number[] | null;

  @Field({ defaultValue: false })
  @IsBoolean()
  certifiedOnly!: boolean;

  @Field({ defaultValue: false, description: 'also dissolved NPOs and those no longer in the data' })
  @IsBoolean()
  includeInactive!: boolean;

  @Field({ defaultValue: false, description: 'also NPOs whose main office is outside the city' })
  @IsBoolean()
  includeOutsideCity!: boolean;

  @Field(() => NpoSort, { defaultValue: NpoSort.RELEVANCE })
  @IsEnum(NpoSort)
  sort!: NpoSort;

  @Field(() => Int, { defaultValue: 1, description: '1-based' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  page!: number;

  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize!: number;
}

@InputType({ description: 'searchNpos input plus which kinds of helper to find' })
export class SearchHelpersInput extends SearchNposInput {
  @Field(() => [HelperKind], { nullable: true, description: 'kinds of helper (any of them); none given: every kind' })
  @IsOptional()
  @ArrayMaxSize(4)
  @IsEnum(HelperKind, { each: true })
  kinds?: HelperKind[] | null;
}
