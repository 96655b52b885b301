import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { ProxyEntry } from '@tsunagu/accounts/api';
import { HELP_KIND_IDS, KITAKYUSHU_WARDS } from '@tsunagu/shared/util';

export enum NeedStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  MATCHED = 'MATCHED',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(NeedStatus, {
  name: 'NeedStatus',
  description: '下書き / 募集中 / 決まった / 終わった / 取り下げ / 締め切り',
});

export enum Honorarium {
  NONE = 'NONE',
  EXPENSES = 'EXPENSES',
  PAID = 'PAID',
}
registerEnumType(Honorarium, { name: 'Honorarium', description: 'なし / 交通費などの実費 / 謝礼あり' });

export enum NeedOutcome {
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(NeedOutcome, { name: 'NeedOutcome' });

@ObjectType({ description: 'The group that posted a need (never its contact details)' })
export class NeedGroup {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  kind!: string;

  @Field()
  ward!: string;

  @Field(() => String, { nullable: true })
  area!: string | null;
}

@ObjectType()
export class Need {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field(() => [Int], { description: 'activity fields 1–20' })
  fields!: number[];

  @Field({ description: 'HELP_KINDS id' })
  helpKind!: string;

  @Field()
  ward!: string;

  @Field(() => String, { nullable: true, description: 'e.g. the 市民センター' })
  place!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  startsOn!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  endsOn!: string | null;

  @Field(() => Int, { nullable: true })
  peopleNeeded!: number | null;

  @Field(() => Honorarium)
  honorarium!: Honorarium;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: offers until this day' })
  deadline!: string | null;

  @Field(() => NeedStatus)
  status!: NeedStatus;

  @Field({ description: 'hidden by staff (shown to the group and staff only)' })
  hidden!: boolean;

  @Field(() => String, { nullable: true, description: "staff's reason, for the group and staff" })
  hiddenReason!: string | null;

  @Field(() => String, { nullable: true, description: 'short report after the activity' })
  report!: string | null;

  @Field(() => String, { nullable: true })
  template!: string | null;

  @Field(() => NeedGroup)
  group!: NeedGroup;

  @Field(() => Int, { description: 'offers received (not withdrawn)' })
  offerCount!: number;

  @Field({ description: 'the caller may edit, publish and close it' })
  viewerCanEdit!: boolean;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => ProxyEntry, {
    nullable: true,
    description:
      'last written for the group by its 市民センター, the city or a delegate (「〇〇市民センターが代理で入力」)',
  })
  enteredByProxy!: ProxyEntry | null;
}

/** What an officer writes. Every field is optional so a draft can be saved as they go. */
@InputType()
export class NeedDraftFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(80, { message: 'タイトルは80文字までにしてください' })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000, { message: '内容は4000文字までにしてください' })
  description?: string | null;

  @Field(() => [Int], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5, { message: '活動分野は5つまで選べます' })
  @IsInt({ each: true })
  @Min(1, { each: true, message: '活動分野を選び直してください' })
  @Max(20, { each: true, message: '活動分野を選び直してください' })
  fields?: number[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn([...HELP_KIND_IDS], { message: 'してほしいことを選んでください' })
  helpKind?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn([...KITAKYUSHU_WARDS], { message: '区を選んでください' })
  ward?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  place?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '日付を選んでください' })
  startsOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '日付を選んでください' })
  endsOn?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, { message: '人数は1人以上にしてください' })
  @Max(1000, { message: '人数は1000人までにしてください' })
  peopleNeeded?: number | null;

  @Field(() => Honorarium, { nullable: true })
  @IsOptional()
  @IsEnum(Honorarium)
  honorarium?: Honorarium | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '締め切りの日を選んでください' })
  deadline?: string | null;

  @Field(() => String, { nullable: true, description: 'NEED_TEMPLATES id the form started from' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  template?: string | null;
}

@InputType()
export class PostNeedInput extends NeedDraftFields {
  @Field(() => ID)
  @IsUUID('4', { message: '団体を選んでください' })
  groupId!: string;

  @Field({ defaultValue: true, description: 'false: keep it as a draft' })
  @IsBoolean()
  publish!: boolean;
}
