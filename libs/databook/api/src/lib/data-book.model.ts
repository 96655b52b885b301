import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { KITAKYUSHU_WARDS } from '@tsunagu/shared/util';

export enum DataBookGroupBy {
  FIELD = 'FIELD',
  WARD = 'WARD',
}
registerEnumType(DataBookGroupBy, { name: 'DataBookGroupBy', description: '活動分野ごと / 区ごと' });

export enum DataBookPageSize {
  A4 = 'A4',
  A5 = 'A5',
}
registerEnumType(DataBookPageSize, { name: 'DataBookPageSize' });

export enum DataBookJobStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}
registerEnumType(DataBookJobStatus, { name: 'DataBookJobStatus' });

@InputType()
export class GenerateDataBookInput {
  @Field(() => DataBookGroupBy, { defaultValue: DataBookGroupBy.FIELD })
  @IsEnum(DataBookGroupBy)
  groupBy!: DataBookGroupBy;

  @Field(() => [String], { defaultValue: [], description: 'only these wards (none: every ward)' })
  @IsArray()
  @IsIn([...KITAKYUSHU_WARDS], { each: true, message: '区を選び直してください' })
  wards!: string[];

  @Field(() => [Int], { defaultValue: [], description: 'only NPOs with one of these fields (none: all)' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(20, { each: true })
  fields!: number[];

  @Field({ defaultValue: false })
  @IsBoolean()
  certifiedOnly!: boolean;

  @Field({ defaultValue: false, description: 'only NPOs that look after their page here' })
  @IsBoolean()
  claimedOnly!: boolean;

  @Field({ defaultValue: false, description: 'print contacts of NPOs that agreed' })
  @IsBoolean()
  withContacts!: boolean;

  @Field({
    defaultValue: false,
    description:
      'after the NPOs, a section 「企業・大学などの協力者」 of the verified companies, university groups and others',
  })
  @IsBoolean()
  includeOtherHelpers!: boolean;

  @Field(() => DataBookPageSize, { defaultValue: DataBookPageSize.A4 })
  @IsEnum(DataBookPageSize)
  pageSize!: DataBookPageSize;

  @Field(() => Int, { description: 'edition year on the cover' })
  @IsInt()
  @Min(2000, { message: '年を確かめてください' })
  @Max(2100, { message: '年を確かめてください' })
  editionYear!: number;

  @Field(() => String, { nullable: true, description: 'title on the cover (default 北九州市 NPOデータブック)' })
  @IsOptional()
  @IsString()
  @MaxLength(40, { message: '題名は40文字までにしてください' })
  title?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'issuing office on the cover (default 北九州市 地域・人づくり部)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(60, { message: '発行者は60文字までにしてください' })
  issuer?: string | null;
}

@ObjectType({ description: 'How big the book would be, before making it' })
export class DataBookPreview {
  @Field(() => Int)
  npos!: number;

  @Field(() => Int)
  pages!: number;
}

@ObjectType()
export class DataBookJob {
  @Field(() => ID)
  id!: string;

  @Field(() => DataBookJobStatus)
  status!: DataBookJobStatus;

  @Field(() => Float, { description: '0–1' })
  progress!: number;

  @Field(() => String, { nullable: true, description: 'when done: GET it (staff)' })
  downloadUrl!: string | null;

  @Field(() => Int, { nullable: true })
  npos!: number | null;

  @Field(() => Int, { nullable: true })
  pages!: number | null;

  @Field(() => Float, { nullable: true })
  bytes!: number | null;

  @Field(() => String, { nullable: true })
  error!: string | null;

  @Field({ description: 'what was chosen, in words' })
  summary!: string;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;
}

@ObjectType({ description: 'Where the QR codes of the data book (and of every printed page) lead' })
export class DataBookQrTarget {
  @Field({ description: 'the address an NPO entry QR code opens, up to the NPO id (PUBLIC_URL/npos/)' })
  url!: string;

  @Field({ description: 'true when only this machine can open it (PUBLIC_URL is unset or localhost)' })
  local!: boolean;
}
