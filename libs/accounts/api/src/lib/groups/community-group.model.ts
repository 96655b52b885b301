import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { KITAKYUSHU_WARDS } from '@tsunagu/shared/util';
import { ProxyEntry } from '../proxies/proxy.model';

export enum CommunityGroupKind {
  JICHIKAI = 'JICHIKAI',
  MACHIZUKURI = 'MACHIZUKURI',
  SHIMIN_CENTER = 'SHIMIN_CENTER',
  OTHER = 'OTHER',
}
registerEnumType(CommunityGroupKind, {
  name: 'CommunityGroupKind',
  description: '自治会・町内会 / まちづくり協議会 / 市民センター / その他',
});

export enum CommunityGroupStatus {
  PENDING = 'PENDING',
  VERIFIED = 'VERIFIED',
  REJECTED = 'REJECTED',
}
registerEnumType(CommunityGroupStatus, { name: 'CommunityGroupStatus' });

@ObjectType()
export class CommunityGroup {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => CommunityGroupKind)
  kind!: CommunityGroupKind;

  @Field()
  ward!: string;

  @Field(() => String, { nullable: true, description: 'area or 市民センター' })
  area!: string | null;

  @Field(() => ID, { nullable: true, description: 'its primary-school district (校区), when the group said' })
  schoolDistrictId!: string | null;

  @Field(() => CommunityGroupStatus)
  status!: CommunityGroupStatus;

  @Field(() => String, { nullable: true, description: "private: staff and the group's members only, else null" })
  representativeName!: string | null;

  @Field(() => String, { nullable: true, description: "private: staff and the group's members only, else null" })
  contactPhone!: string | null;

  @Field(() => String, { nullable: true, description: "private: staff and the group's members only, else null" })
  contactEmail!: string | null;

  @Field()
  createdAt!: Date;

  @Field({ description: 'the officer is not online: a 市民センター acts for the group, with consent' })
  assisted!: boolean;

  @Field(() => ID, { nullable: true, description: 'the 市民センター that looks after the group' })
  centreId!: string | null;

  @Field(() => String, { nullable: true, description: "private, as the phone: staff and the group's members only" })
  postalAddress!: string | null;

  @Field(() => ProxyEntry, {
    nullable: true,
    description: 'how the caller acts for this group when not its member (centre staff, city staff, delegate)',
  })
  viewerActsAs!: ProxyEntry | null;
}

/** What every group is registered with, by its officer or by the staff of a 市民センター. */
@InputType({ isAbstract: true })
export class GroupBasicsInput {
  @Field()
  @IsString()
  @MinLength(2, { message: '団体の名前を入れてください' })
  @MaxLength(100)
  name!: string;

  @Field(() => CommunityGroupKind)
  @IsEnum(CommunityGroupKind)
  kind!: CommunityGroupKind;

  @Field({ description: 'one of the seven wards' })
  @IsIn([...KITAKYUSHU_WARDS], { message: '区を選んでください' })
  ward!: string;

  @Field(() => String, { nullable: true, description: 'e.g. 黒崎三丁目, or the 市民センター' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  area?: string | null;

  @Field(() => ID, { nullable: true, description: 'its 校区, from schoolDistricts(ward); may be left out' })
  @IsOptional()
  @IsUUID('all', { message: '校区を選び直してください' })
  schoolDistrictId?: string | null;
}

@InputType()
export class RegisterCommunityGroupInput extends GroupBasicsInput {
  @Field()
  @IsString()
  @MinLength(1, { message: '代表者のお名前を入れてください' })
  @MaxLength(60)
  representativeName!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[0-9０-９\-－() ]{10,15}$/, { message: '電話番号は数字とハイフンで入れてください（例：093-123-4567）' })
  contactPhone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'メールアドレスの形が正しくありません' })
  contactEmail?: string | null;
}

@ObjectType({ description: 'A link that lets someone join the group (valid 7 days)' })
export class GroupInvite {
  @Field()
  url!: string;

  @Field()
  expiresAt!: Date;
}
