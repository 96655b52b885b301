import { Field, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { KITAKYUSHU_WARDS } from '@tsunagu/shared/util';
import { HelperKind } from '../graphql/npo.model';

/** A company, university group or other organisation, as it registers itself or staff add it. */
@InputType()
export class RegisterHelperInput {
  @Field(() => HelperKind, { description: 'COMPANY, UNIVERSITY or OTHER (NPOs come from the open data: claim one)' })
  @IsEnum(HelperKind)
  kind!: HelperKind;

  @Field()
  @IsString()
  @MinLength(2, { message: '団体の名前を入れてください' })
  @MaxLength(120)
  name!: string;

  @Field(() => String, { nullable: true, description: 'reading in katakana' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  nameKana?: string | null;

  @Field(() => String, { nullable: true, description: 'one of the seven wards (this or the address is needed)' })
  @IsOptional()
  @IsIn([...KITAKYUSHU_WARDS], { message: '区を選んでください' })
  ward?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  address?: string | null;

  @Field({ description: 'what it can do for community groups (stored as its purpose)' })
  @IsString()
  @MinLength(10, { message: 'できることを10文字以上で書いてください' })
  @MaxLength(2000)
  purpose!: string;

  @Field(() => [Int], { nullable: true, description: 'statutory activity fields 1–20' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(20, { each: true })
  fields?: number[] | null;

  @Field(() => String, { nullable: true, description: '13-digit 法人番号 (companies)' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  corporateNumber?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'ホームページは https:// から始まるURLで入れてください' },
  )
  @MaxLength(300)
  website?: string | null;
}
