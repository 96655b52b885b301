import { Field, ObjectType } from '@nestjs/graphql';
import { SupportScheme } from '../catalogue/support-scheme.model';

/** A city scheme that fits a need, with why, in the reader's language. */
@ObjectType()
export class SchemeMatch {
  @Field(() => SupportScheme) scheme!: SupportScheme;
  @Field(() => [String]) reasons!: string[];
}
