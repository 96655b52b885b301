import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export enum StoryStatus {
  /** written by one side, or not yet consented by both */
  DRAFT = 'DRAFT',
  AWAITING_MODERATION = 'AWAITING_MODERATION',
  PUBLISHED = 'PUBLISHED',
  REFUSED = 'REFUSED',
}
registerEnumType(StoryStatus, { name: 'StoryStatus' });

export enum StorySideKind {
  GROUP = 'GROUP',
  HELPER = 'HELPER',
}
registerEnumType(StorySideKind, { name: 'StorySideKind' });

@ObjectType({
  description: 'What one party wrote (never who wrote it: only the group’s or the helper’s name is shown)',
})
export class StorySide {
  @Field(() => String, { nullable: true }) whatHappened!: string | null;
  @Field(() => String, { nullable: true }) whatItTook!: string | null;
  @Field({ description: 'this side agreed that the story be published' }) consented!: boolean;
  @Field(() => String, { nullable: true, description: 'where this side’s photo is served, if it gave one' })
  photoUrl!: string | null;
}

@ObjectType({ description: 'A good example (好事例): a finished need told by its group and its helper' })
export class Story {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => StoryStatus) status!: StoryStatus;
  @Field(() => ID) needId!: string;
  @Field() groupName!: string;
  @Field() ward!: string;
  @Field(() => ID) helperId!: string;
  @Field() helperName!: string;
  @Field(() => StorySide) groupSide!: StorySide;
  @Field(() => StorySide) helperSide!: StorySide;
  @Field(() => String, { nullable: true, description: 'why staff did not publish it (the two parties and staff only)' })
  refusalReason!: string | null;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => StorySideKind, { nullable: true, description: 'the side the caller may write, if any' })
  viewerSide!: StorySideKind | null;
}

/**
 * The caller's own side. The caps stop oversized input at the edge; the rules with clear words
 * are in cleanStorySide.
 */
@InputType()
export class PublishStoryInput {
  @Field({ description: 'what happened' })
  @IsString()
  @MaxLength(5000)
  whatHappened!: string;

  @Field(() => String, { nullable: true, description: 'what it took: people, time, money, things' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  whatItTook?: string | null;

  @Field(() => String, { nullable: true, description: 'a title; the need’s title when none was ever written' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  title?: string | null;

  @Field({ description: 'this side agrees that, once staff checked it, anyone may read the story' })
  @IsBoolean()
  consent!: boolean;
}

/** The public list: newest first, optionally only stories whose words contain the query. */
@ArgsType()
export class StoriesArgs {
  @Field(() => String, { nullable: true, description: 'words to look for in the title and both texts' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  query?: string | null;

  @Field(() => Int, { defaultValue: 10, description: 'how many, 1–50' })
  @IsInt()
  @Min(1)
  @Max(50)
  first = 10;
}
