import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'An NPO staff could invite: it has not applied, and it fits open needs of groups' })
export class MarcheInvitationCandidate {
  @Field(() => ID)
  npoId!: string;

  @Field()
  npoName!: string;

  @Field(() => String, { nullable: true })
  ward!: string | null;

  @Field()
  score!: number;

  @Field(() => [String], { description: 'the open needs it fits, in plain Japanese' })
  reasons!: string[];

  @Field({ description: 'someone looks after its page here (only those can be invited in the app)' })
  claimed!: boolean;

  @Field()
  invited!: boolean;
}

@ObjectType({ description: 'A community group that wants to meet an exhibitor at the marché' })
export class MarcheMeetingWish {
  @Field(() => ID)
  npoId!: string;

  @Field()
  npoName!: string;

  @Field(() => ID)
  groupId!: string;

  @Field()
  groupName!: string;

  @Field()
  groupWard!: string;
}
