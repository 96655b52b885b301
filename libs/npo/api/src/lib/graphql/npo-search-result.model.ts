import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Npo } from './npo.model';

@ObjectType()
export class FacetCount {
  @Field()
  value!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class NpoFacets {
  @Field(() => [FacetCount], { description: 'ward → number of matching NPOs' })
  wards!: FacetCount[];

  @Field(() => [FacetCount], { description: 'activity field id (1–20) → number of matching NPOs' })
  fields!: FacetCount[];
}

@ObjectType({ description: 'A matched passage; the matched words are between <mark> and </mark>' })
export class SearchHighlight {
  @Field({ description: 'name | nameKana | purpose | programmes' })
  field!: string;

  @Field({ description: 'plain text with <mark>…</mark> around matches (not HTML: render as text)' })
  snippet!: string;
}

@ObjectType()
export class NpoSearchHit {
  @Field(() => Npo)
  npo!: Npo;

  @Field(() => [SearchHighlight])
  highlights!: SearchHighlight[];
}

@ObjectType()
export class NpoSearchResult {
  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  page!: number;

  @Field(() => Int)
  pageSize!: number;

  @Field(() => [NpoSearchHit])
  hits!: NpoSearchHit[];

  @Field(() => NpoFacets)
  facets!: NpoFacets;
}
