import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsIn, IsOptional, IsUUID } from 'class-validator';
import { KITAKYUSHU_WARDS } from '@tsunagu/shared/util';

export enum LetterSelection {
  /** NPOs with introduction requests waiting */
  WAITING_REQUESTS = 'WAITING_REQUESTS',
  /** every NPO of the city without an account */
  NO_ACCOUNT = 'NO_ACCOUNT',
  /** the NPOs of one ward without an account */
  WARD = 'WARD',
  /** the marché's suggested exhibitors without an account */
  MARCHE_CANDIDATES = 'MARCHE_CANDIDATES',
  /** exactly the NPOs listed in npoIds */
  CHOSEN = 'CHOSEN',
}
registerEnumType(LetterSelection, { name: 'LetterSelection' });

export enum InvitationLetterJobStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}
registerEnumType(InvitationLetterJobStatus, { name: 'InvitationLetterJobStatus' });

@InputType()
export class GenerateInvitationLettersInput {
  @Field(() => LetterSelection)
  @IsEnum(LetterSelection)
  selection!: LetterSelection;

  @Field(() => [ID], { defaultValue: [], description: 'for CHOSEN: the NPOs; otherwise ignored' })
  @IsArray()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  npoIds!: string[];

  @Field(() => String, { nullable: true, description: 'for WARD' })
  @IsOptional()
  @IsIn([...KITAKYUSHU_WARDS], { message: '区を選び直してください' })
  ward?: string | null;

  @Field(() => ID, { nullable: true, description: 'for MARCHE_CANDIDATES' })
  @IsOptional()
  @IsUUID()
  eventId?: string | null;

  @Field({ defaultValue: false, description: 'add the NPO’s data-book entry for checking (掲載内容のご確認)' })
  @IsBoolean()
  includeDataBookEntry!: boolean;

  @Field({ defaultValue: true, description: 'also mail the invitation where staff hold an email' })
  @IsBoolean()
  sendMail!: boolean;
}

@ObjectType()
export class InvitationLetterJob {
  @Field(() => ID) id!: string;
  @Field(() => LetterSelection, { description: 'how staff chose the NPOs' }) selection!: LetterSelection;
  @Field(() => String, { nullable: true, description: 'the ward, for WARD' }) ward!: string | null;
  @Field(() => InvitationLetterJobStatus) status!: InvitationLetterJobStatus;
  @Field(() => Int, { description: '0–100' }) progress!: number;
  @Field(() => Int, { description: 'NPOs chosen' }) npoCount!: number;
  @Field(() => Int, { description: 'NPOs left out because they already have members here (they need no letter)' })
  skipped!: number;
  @Field(() => Int) letters!: number;
  @Field(() => Int, { description: 'invitations also sent by mail' }) mailed!: number;
  @Field() includeDataBookEntry!: boolean;
  @Field(() => String, { nullable: true }) downloadUrl!: string | null;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
}
