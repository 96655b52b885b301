import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';

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

const DAY = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class BoothTypeInput {
  @Field({ description: 'short code, e.g. EXHIBIT, STAGE, WORKSHOP' })
  @Matches(/^[A-Z][A-Z0-9_]{1,30}$/, { message: '英大文字の記号にしてください（例：EXHIBIT）' })
  code!: string;

  @Field({ description: 'e.g. 展示ブース' })
  @IsString()
  @MinLength(1)
  @MaxLength(40)
  name!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: '枠は1以上にしてください' })
  @Max(1000)
  capacity!: number;

  @Field(() => Int, { nullable: true, description: 'length of a stage slot in minutes' })
  @IsOptional()
  @IsInt()
  @Min(5)
  @Max(240)
  slotMinutes?: number | null;
}

@InputType()
export class CreateMarcheEventInput {
  @Field()
  @IsString()
  @MinLength(2, { message: 'イベントの名前を入れてください' })
  @MaxLength(80)
  name!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Matches(DAY, { message: '開催日を選んでください' })
  eventDate!: string;

  @Field()
  @IsString()
  @MinLength(2, { message: '会場を入れてください' })
  @MaxLength(100)
  venue!: string;

  @Field({ description: 'applications open (YYYY-MM-DD)' })
  @Matches(DAY, { message: '受付の始まりの日を選んでください' })
  applyFrom!: string;

  @Field({ description: 'applications close (YYYY-MM-DD, inclusive)' })
  @Matches(DAY, { message: '受付の締め切りの日を選んでください' })
  applyUntil!: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(4000)
  description!: string;

  @Field(() => [BoothTypeInput])
  @IsArray()
  @ArrayMinSize(1, { message: 'ブースの種類を1つ以上入れてください' })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => BoothTypeInput)
  boothTypes!: BoothTypeInput[];

  @Field(() => [String], { defaultValue: [], description: 'extra questions on the application form' })
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  questions!: string[];
}

@ObjectType()
export class BoothType {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field(() => Int)
  capacity!: number;

  @Field(() => Int, { nullable: true })
  slotMinutes!: number | null;

  @Field(() => Int, { description: 'places held (PENDING or ACCEPTED)' })
  taken!: number;

  @Field(() => Int)
  waitlisted!: number;
}

@ObjectType()
export class MarcheEvent {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  eventDate!: string;

  @Field()
  venue!: string;

  @Field()
  applyFrom!: string;

  @Field()
  applyUntil!: string;

  @Field()
  description!: string;

  @Field(() => [String])
  questions!: string[];

  @Field({ description: 'applications are open today (Japan)' })
  open!: boolean;

  @Field(() => [BoothType])
  boothTypes!: BoothType[];
}

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
export class MarcheLayoutInput {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(40)
  rows!: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(40)
  cols!: number;

  @Field(() => [String], { defaultValue: [], description: 'cells "row-col" where no booth can stand' })
  @IsArray()
  @Matches(/^\d{1,2}-\d{1,2}$/, { each: true })
  blocked!: string[];

  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @Matches(/^\d{1,2}-\d{1,2}$/, { each: true })
  stage!: string[];

  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @Matches(/^\d{1,2}-\d{1,2}$/, { each: true })
  entrance!: string[];
}

@ObjectType()
export class MarcheCell {
  @Field({ description: '"row-col"' })
  id!: string;

  @Field(() => Int)
  row!: number;

  @Field(() => Int)
  col!: number;

  @Field({ description: 'BOOTH / BLOCKED / STAGE / ENTRANCE' })
  kind!: string;

  @Field(() => Int, { nullable: true, description: 'booth number on the map' })
  number!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'the exhibitor placed here (published ones only for the public)',
  })
  exhibitor!: string | null;
}

@ObjectType()
export class MarcheLayout {
  @Field(() => Int)
  rows!: number;

  @Field(() => Int)
  cols!: number;

  @Field(() => [MarcheCell])
  cells!: MarcheCell[];
}

@ObjectType({ description: 'An accepted exhibitor that agreed to be published' })
export class MarcheExhibitor {
  @Field(() => ID)
  npoId!: string;

  @Field()
  npoName!: string;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field()
  boothType!: string;

  @Field()
  boothTypeName!: string;

  @Field(() => Int, { nullable: true })
  boothNumber!: number | null;

  @Field(() => String, { nullable: true, description: 'HH:MM on the stage' })
  stageTime!: string | null;
}

@ObjectType({ description: 'An NPO staff could invite: it has not applied, and it fits open needs of groups' })
export class MarcheInvitationCandidate {
  @Field(() => ID)
  npoId!: string;

  @Field()
  npoName!: string;

  @Field(() => String, { nullable: true })
  ward!: string | null;

  @Field()
  score!: number;

  @Field(() => [String], { description: 'the open needs it fits, in plain Japanese' })
  reasons!: string[];

  @Field({ description: 'someone looks after its page here (only those can be invited in the app)' })
  claimed!: boolean;

  @Field()
  invited!: boolean;
}

@ObjectType({ description: 'A community group that wants to meet an exhibitor at the marché' })
export class MarcheMeetingWish {
  @Field(() => ID)
  npoId!: string;

  @Field()
  npoName!: string;

  @Field(() => ID)
  groupId!: string;

  @Field()
  groupName!: string;

  @Field()
  groupWard!: string;
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
