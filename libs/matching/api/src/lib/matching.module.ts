import { Module } from '@nestjs/common';
import { AccountsModule } from '@tsunagu/accounts/api';
import { NeedsModule } from '@tsunagu/needs/api';
import { NpoModule } from '@tsunagu/npo/api';
import { MatchingService } from './engine/matching.service';
import { NpoCandidates } from './engine/npo-candidates';
import { TextRelevanceSearch } from './engine/text-relevance';
import { MatchingResolver } from './graphql/matching.resolver';

/** Suggests NPOs for needs and needs for NPOs, with reasons. */
@Module({
  imports: [AccountsModule, NeedsModule, NpoModule],
  providers: [NpoCandidates, TextRelevanceSearch, MatchingService, MatchingResolver],
  exports: [MatchingService],
})
export class MatchingModule {}
