import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsIn, IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';
import { HELP_KIND_IDS, KITAKYUSHU_WARDS } from '@tsunagu/shared/util';

@ObjectType({ description: 'What the NPO wrote itself (not official open data)' })
export class NpoProfile {
  @Field(() => String, { nullable: true, description: 'introduction in plain words' })
  introduction!: string | null;

  @Field(() => [String], { description: 'kinds of help it offers (HELP_KINDS ids)' })
  helpKinds!: string[];

  @Field(() => [String], { description: 'wards it works in' })
  areas!: string[];

  @Field(() => String, { nullable: true, description: 'how community groups can reach it' })
  contactForGroups!: string | null;

  @Field(() => String, { nullable: true })
  website!: string | null;

  @Field(() => [String])
  socialLinks!: string[];

  @Field(() => String, { nullable: true, description: 'URL of its photo or logo' })
  photoUrl!: string | null;

  @Field({ description: 'agreed to have the introduction and contact printed in the data book' })
  printConsent!: boolean;

  @Field()
  updatedAt!: Date;
}

@InputType()
export class UpdateNpoProfileInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  introduction?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(6)
  @IsIn([...HELP_KIND_IDS], { each: true })
  helpKinds?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(7)
  @IsIn([...KITAKYUSHU_WARDS], { each: true })
  areas?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  contactForGroups?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'ホームページは https:// から始まるURLで入れてください' },
  )
  website?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(5)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { each: true, message: 'SNSはURLで入れてください' })
  socialLinks?: string[] | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  printConsent?: boolean;
}
