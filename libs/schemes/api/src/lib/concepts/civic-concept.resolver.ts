import { Query, Resolver } from '@nestjs/graphql';
import { CIVIC_CONCEPTS } from '@tsunagu/shared/util';
import { CivicConcept } from './civic-concept.model';

/** The thesaurus's topics are public words (they name what NPOs and needs are about). */
@Resolver(() => CivicConcept)
export class CivicConceptResolver {
  @Query(() => [CivicConcept], { description: 'The civic thesaurus’s topics, in the thesaurus’s order' })
  civicConcepts(): CivicConcept[] {
    return CIVIC_CONCEPTS.map((c) => ({ id: c.id, labelJa: c.ja, labelEn: c.en, role: c.role }));
  }
}
