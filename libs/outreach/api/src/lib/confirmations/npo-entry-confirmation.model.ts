import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum NpoEntryOutcome {
  /** 掲載内容はこのままでよい */
  CONFIRMED = 'CONFIRMED',
  /** 直したところがある (the NPO corrected its page, or wrote what to correct) */
  CORRECTED = 'CORRECTED',
}
registerEnumType(NpoEntryOutcome, { name: 'NpoEntryOutcome' });

@ObjectType()
export class NpoEntryConfirmation {
  @Field(() => ID) id!: string;
  @Field(() => ID) npoId!: string;
  @Field() npoName!: string;
  @Field(() => NpoEntryOutcome) outcome!: NpoEntryOutcome;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => String, { nullable: true }) confirmedByName!: string | null;
  @Field() createdAt!: Date;
}
