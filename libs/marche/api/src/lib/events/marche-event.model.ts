import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';

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
