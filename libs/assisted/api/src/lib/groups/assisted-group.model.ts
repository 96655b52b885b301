import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { CommunityGroup, GroupBasicsInput } from '@tsunagu/accounts/api';

export enum ConsentMethodKind {
  PAPER_FORM = 'PAPER_FORM',
  PHONE = 'PHONE',
  IN_PERSON = 'IN_PERSON',
}
registerEnumType(ConsentMethodKind, { name: 'ConsentMethod', description: '同意書（紙） / 電話 / 窓口で' });

@InputType()
export class ConsentInput {
  @Field(() => ConsentMethodKind)
  @IsEnum(ConsentMethodKind, { message: '同意のもらい方を選んでください' })
  method!: ConsentMethodKind;

  @Field({ description: 'YYYY-MM-DD, the day the officer agreed' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '同意をもらった日を入れてください' })
  consentedOn!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string | null;
}

@InputType()
export class CreateAssistedGroupInput extends GroupBasicsInput {
  @Field(() => ID, { description: 'the 市民センター that will act for the group' })
  @IsUUID('all', { message: '市民センターを選んでください' })
  centreId!: string;

  @Field({ description: "the officer's name" })
  @IsString()
  @MinLength(1, { message: '役員の方のお名前を入れてください' })
  @MaxLength(60)
  officerName!: string;

  @Field({ description: "the officer's phone (private)" })
  @Matches(/^[0-9０-９()（）\-‐－ー\s]{10,20}$/, {
    message: '電話番号を、数字とハイフンで入れてください（例：093-000-0000）',
  })
  phone!: string;

  @Field({ description: 'where paper goes back to the officer (private)' })
  @IsString()
  @MinLength(5, { message: '郵便物の届く住所を入れてください' })
  @MaxLength(200)
  postalAddress!: string;

  @Field(() => ConsentInput)
  @ValidateNested()
  @Type(() => ConsentInput)
  consent!: ConsentInput;
}

@ObjectType({ description: "the officer's consent to the centre acting for the group" })
export class AssistedConsent {
  @Field(() => ID)
  id!: string;

  @Field()
  officerName!: string;

  @Field(() => ConsentMethodKind)
  method!: ConsentMethodKind;

  @Field()
  consentedOn!: string;

  @Field(() => String, { nullable: true, description: 'the staff member who took it' })
  takenByName!: string | null;

  @Field()
  textVersion!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field()
  recordedAt!: Date;
}

@ObjectType()
export class AssistedGroupEntry {
  @Field(() => CommunityGroup)
  group!: CommunityGroup;

  @Field(() => AssistedConsent, { nullable: true, description: 'the latest consent' })
  consent!: AssistedConsent | null;
}

@ObjectType({ description: "a 市民センター's desk: the groups it acts for" })
export class CentreDesk {
  @Field(() => CommunityGroup)
  centre!: CommunityGroup;

  @Field(() => [AssistedGroupEntry])
  groups!: AssistedGroupEntry[];
}

@ObjectType({ description: 'a one-time number with which the officer takes the group over (shown once)' })
export class TakeoverCode {
  @Field({ description: 'as printed: XXXX-XXXX' })
  code!: string;

  @Field()
  expiresAt!: Date;
}

@ObjectType({ description: 'the consent text, to read out or print, in the version stored with each consent' })
export class ConsentText {
  @Field()
  version!: string;

  @Field(() => [String])
  ja!: string[];

  @Field(() => [String])
  en!: string[];
}
