import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

export enum MarcheApplicationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  WAITLISTED = 'WAITLISTED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(MarcheApplicationStatus, {
  name: 'MarcheApplicationStatus',
  description: '審査待ち / 出展決定 / キャンセル待ち / お断り / 取り下げ',
});

export enum MarcheDecision {
  ACCEPT = 'ACCEPT',
  REJECT = 'REJECT',
}
registerEnumType(MarcheDecision, { name: 'MarcheDecision' });

@InputType()
export class ApplyToMarcheInput {
  @Field(() => ID)
  @IsUUID('4')
  eventId!: string;

  @Field(() => ID)
  @IsUUID('4')
  npoId!: string;

  @Field({ description: 'booth type code, e.g. EXHIBIT' })
  @IsString()
  @MaxLength(32)
  boothType!: string;

  @Field()
  @IsString()
  @MinLength(2, { message: '出展の題名を入れてください' })
  @MaxLength(60)
  title!: string;

  @Field()
  @IsString()
  @MinLength(10, { message: 'どんな展示・発表か、10文字以上で書いてください' })
  @MaxLength(2000)
  description!: string;

  @Field(() => Int, { defaultValue: 2 })
  @IsInt()
  @Min(1)
  @Max(50)
  staffCount!: number;

  @Field({ defaultValue: false })
  @IsBoolean()
  needsPower!: boolean;

  @Field({ defaultValue: false })
  @IsBoolean()
  needsWater!: boolean;

  @Field(() => Int, { defaultValue: 1 })
  @IsInt()
  @Min(0)
  @Max(10)
  tables!: number;

  @Field(() => [Int], { defaultValue: [], description: 'activity fields of groups it would like to meet' })
  @IsArray()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(20, { each: true })
  wishFields!: number[];

  @Field(() => String, { nullable: true, description: 'groups it would like to meet, in words' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  wishText?: string | null;

  @Field(() => [String], { defaultValue: [], description: "answers to the event's questions, in order" })
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(1000, { each: true })
  answers!: string[];

  @Field({ description: 'agrees that its name and text are published' })
  @IsBoolean()
  consentPublish!: boolean;
}

@ObjectType()
export class MarcheApplication {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  eventId!: string;

  @Field(() => ID)
  npoId!: string;

  @Field()
  npoName!: string;

  @Field()
  boothType!: string;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field(() => MarcheApplicationStatus)
  status!: MarcheApplicationStatus;

  @Field(() => Int, { nullable: true, description: 'place on the waitlist (1 = next)' })
  waitlistPosition!: number | null;

  @Field(() => String, { nullable: true, description: 'why it was refused (the NPO sees it)' })
  reviewReason!: string | null;

  @Field()
  createdAt!: Date;
}

@InputType()
export class UpdateMarcheApplicationInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(2, { message: '出展の題名を入れてください' })
  @MaxLength(60)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(10, { message: 'どんな展示・発表か、10文字以上で書いてください' })
  @MaxLength(2000)
  description?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  staffCount?: number | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  needsPower?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  needsWater?: boolean | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10)
  tables?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  wishText?: string | null;
}
