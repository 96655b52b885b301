import { Field, ID, ObjectType } from '@nestjs/graphql';

/** A topic of the civic thesaurus, as staff choose it for a scheme. */
@ObjectType()
export class CivicConcept {
  @Field(() => ID) id!: string;
  @Field() labelJa!: string;
  @Field() labelEn!: string;
  @Field({ description: 'topic (what is needed), audience (who it is for) or context (who asks, where)' })
  role!: string;
}
