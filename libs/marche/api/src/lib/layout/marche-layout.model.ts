import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsArray, IsInt, Matches, Max, Min } from 'class-validator';

@InputType()
export class MarcheLayoutInput {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(40)
  rows!: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(40)
  cols!: number;

  @Field(() => [String], { defaultValue: [], description: 'cells "row-col" where no booth can stand' })
  @IsArray()
  @Matches(/^\d{1,2}-\d{1,2}$/, { each: true })
  blocked!: string[];

  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @Matches(/^\d{1,2}-\d{1,2}$/, { each: true })
  stage!: string[];

  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @Matches(/^\d{1,2}-\d{1,2}$/, { each: true })
  entrance!: string[];
}

@ObjectType()
export class MarcheCell {
  @Field({ description: '"row-col"' })
  id!: string;

  @Field(() => Int)
  row!: number;

  @Field(() => Int)
  col!: number;

  @Field({ description: 'BOOTH / BLOCKED / STAGE / ENTRANCE' })
  kind!: string;

  @Field(() => Int, { nullable: true, description: 'booth number on the map' })
  number!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'the exhibitor placed here (published ones only for the public)',
  })
  exhibitor!: string | null;
}

@ObjectType()
export class MarcheLayout {
  @Field(() => Int)
  rows!: number;

  @Field(() => Int)
  cols!: number;

  @Field(() => [MarcheCell])
  cells!: MarcheCell[];
}

@ObjectType({ description: 'An accepted exhibitor that agreed to be published' })
export class MarcheExhibitor {
  @Field(() => ID)
  npoId!: string;

  @Field()
  npoName!: string;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field()
  boothType!: string;

  @Field()
  boothTypeName!: string;

  @Field(() => Int, { nullable: true })
  boothNumber!: number | null;

  @Field(() => String, { nullable: true, description: 'HH:MM on the stage' })
  stageTime!: string | null;
}
