import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsEnum, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export enum NpoContactSource {
  /** 所轄庁への届出・事業報告書 */
  FILING = 'FILING',
  PHONE = 'PHONE',
  VISIT = 'VISIT',
  MAIL = 'MAIL',
  OTHER = 'OTHER',
}
registerEnumType(NpoContactSource, { name: 'NpoContactSource' });

/** A contact of an NPO that the city's staff hold. Staff only. */
@ObjectType()
export class NpoContact {
  @Field(() => ID) id!: string;
  @Field(() => ID) npoId!: string;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) contactPerson!: string | null;
  @Field(() => NpoContactSource) source!: NpoContactSource;
  @Field(() => String, { nullable: true }) sourceNote!: string | null;
  @Field({ description: 'when the contact was learnt (YYYY-MM-DD)' }) notedOn!: string;
  @Field(() => String, { nullable: true }) recordedByName!: string | null;
  @Field() createdAt!: Date;
}

/**
 * A form's empty box is no value: trimmed, and '' becomes null before the checks below. An email
 * copied from a filing in full-width letters is made half-width first, so that it can be checked.
 */
const blankToNull = (clean: (text: string) => string = (text) => text) =>
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? (value.trim() === '' ? null : clean(value.trim())) : value,
  );

@InputType()
export class NpoContactInput {
  @Field(() => String, { nullable: true })
  @blankToNull()
  @IsOptional()
  @IsString()
  @MaxLength(30)
  @Matches(/^[0-9０-９+＋()（）\-‐－ー−–ｰ \u3000]{6,30}$/, { message: '電話番号は数字とハイフンで書いてください' })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @blankToNull((text) => text.normalize('NFKC').toLowerCase())
  @IsOptional()
  @IsEmail({}, { message: 'メールアドレスの形が正しくありません' })
  @MaxLength(254)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @blankToNull()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  contactPerson?: string | null;

  @Field(() => NpoContactSource)
  @IsEnum(NpoContactSource)
  source!: NpoContactSource;

  @Field(() => String, { nullable: true })
  @blankToNull()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  sourceNote?: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '日付は 2026-12-01 の形で書いてください' })
  notedOn!: string;
}
