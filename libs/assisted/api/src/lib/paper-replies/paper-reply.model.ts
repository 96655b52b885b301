import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

export enum PaperReplyAnswer {
  ACCEPT = 'ACCEPT',
  DECLINE = 'DECLINE',
  /** no answer yet, only a message for the NPO */
  MESSAGE = 'MESSAGE',
}
registerEnumType(PaperReplyAnswer, { name: 'PaperReplyAnswer', description: 'お願いする / 今回は見送る / 伝言だけ' });

@InputType({ description: 'an answer the officer gave by phone or on paper, typed in by centre or city staff' })
export class RecordPhoneReplyInput {
  @Field(() => ID)
  @IsUUID('all', { message: '申し出を選んでください' })
  offerId!: string;

  @Field(() => PaperReplyAnswer)
  @IsEnum(PaperReplyAnswer, { message: '返事を選んでください' })
  answer!: PaperReplyAnswer;

  @Field(() => String, { nullable: true, description: "the officer's words for the NPO" })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  message?: string | null;

  @Field({ description: 'who took the call or the paper (a name as staff write it)' })
  @IsString()
  @MinLength(1, { message: '電話を受けた人の名前を入れてください' })
  @MaxLength(60)
  takenBy!: string;
}
