import { Field, Float, ObjectType } from '@nestjs/graphql';
import { Need } from '@tsunagu/needs/api';
import { Npo } from '@tsunagu/npo/api';

@ObjectType({ description: 'An NPO suggested for a need, with why' })
export class NpoMatch {
  @Field(() => Npo)
  npo!: Npo;

  @Field(() => Float, { description: '0–1' })
  score!: number;

  @Field(() => [String], {
    description:
      "reasons in plain words, in the caller's language: e.g. 「見守り」に取り組んでいます / Works on watching over neighbours",
  })
  reasons!: string[];
}

@ObjectType({ description: 'An open need suggested to an NPO, with why' })
export class NeedMatch {
  @Field(() => Need)
  need!: Need;

  @Field(() => Float)
  score!: number;

  @Field(() => [String], { description: "reasons in plain words, in the caller's language" })
  reasons!: string[];
}
