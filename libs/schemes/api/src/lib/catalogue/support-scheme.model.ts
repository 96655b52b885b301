import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

/** One of the city's own support schemes: public, so that groups learn of it. */
@ObjectType()
export class SupportScheme {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'what it offers' }) summary!: string;
  @Field({ description: 'who may use it' }) eligibility!: string;
  @Field() howToApply!: string;
  @Field() officeName!: string;
  @Field() officePhone!: string;
  @Field(() => String, { nullable: true }) officeUrl!: string | null;
  @Field(() => String, { nullable: true, description: 'extra words staff add so that the scheme is found' })
  keywords!: string | null;
  @Field(() => [String], { description: 'civic-thesaurus concept ids chosen by staff' }) concepts!: string[];
  @Field(() => [Int], { description: 'activity fields 1–20' }) fields!: number[];
  @Field({ description: 'false once staff retired it (only staff see retired schemes)' }) active!: boolean;
  @Field() updatedAt!: Date;
}

/** A form's empty box is no value. */
const trimmed = () =>
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? (value.trim() === '' ? null : value.trim()) : value,
  );

/**
 * Staff's scheme: a new one without `id`, the whole of an existing one with it. The caps here
 * stop oversized input at the edge; the rules with clear words are in cleanSchemeInput.
 */
@InputType()
export class SaveSupportSchemeInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  id?: string | null;

  @Field(() => String) @trimmed() @IsOptional() @IsString() @MaxLength(2000) name!: string;
  @Field(() => String) @trimmed() @IsOptional() @IsString() @MaxLength(5000) summary!: string;
  @Field(() => String) @trimmed() @IsOptional() @IsString() @MaxLength(5000) eligibility!: string;
  @Field(() => String) @trimmed() @IsOptional() @IsString() @MaxLength(5000) howToApply!: string;
  @Field(() => String) @trimmed() @IsOptional() @IsString() @MaxLength(2000) officeName!: string;
  @Field(() => String) @trimmed() @IsOptional() @IsString() @MaxLength(100) officePhone!: string;

  @Field(() => String, { nullable: true })
  @trimmed()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  officeUrl?: string | null;

  @Field(() => String, { nullable: true })
  @trimmed()
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  keywords?: string | null;

  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(60)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  concepts!: string[];

  @Field(() => [Int])
  @IsArray()
  @ArrayMaxSize(20)
  @IsInt({ each: true })
  fields!: number[];
}
