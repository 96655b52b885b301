import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { KITAKYUSHU_WARDS } from '@tsunagu/shared/util';

@ObjectType({
  description: 'A primary-school district (校区): the まちづくり協議会 and 市民センター unit, inside one ward',
})
export class SchoolDistrict {
  @Field(() => ID)
  id!: string;

  @Field()
  ward!: string;

  @Field()
  name!: string;

  @Field(() => Int, { description: 'its place in the ward’s list' })
  sortOrder!: number;

  @Field({ description: 'no longer offered to groups that register; the groups already in it keep it' })
  retired!: boolean;
}

@InputType({ description: 'Staff: a new 校区 (no id) or a renamed or moved one' })
export class SaveSchoolDistrictInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: '校区が見つかりません' })
  id?: string | null;

  @Field({ description: 'one of the seven wards' })
  @IsIn([...KITAKYUSHU_WARDS], { message: '区を選んでください' })
  ward!: string;

  @Field({ description: 'e.g. 足原 (without 校区 at the end)' })
  @IsString()
  @MinLength(1, { message: '校区の名前を入れてください' })
  @MaxLength(40, { message: '校区の名前は40文字までにしてください' })
  name!: string;

  @Field(() => Int, { nullable: true, description: 'its place in the ward’s list; at the end when left out' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(9999)
  sortOrder?: number | null;
}
