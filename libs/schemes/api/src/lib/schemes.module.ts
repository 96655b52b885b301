import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@tsunagu/accounts/api';
import { MatchingModule } from '@tsunagu/matching/api';
import { NeedsModule } from '@tsunagu/needs/api';
import { SupportSchemeRepository } from './catalogue/support-scheme.repository';
import { SupportSchemeResolver } from './catalogue/support-scheme.resolver';
import { SupportSchemeService } from './catalogue/support-scheme.service';
import { CivicConceptResolver } from './concepts/civic-concept.resolver';
import { SCHEMES_ENTITIES } from './entities';
import { SchemeMatchResolver } from './matching/scheme-match.resolver';
import { SchemeMatchService } from './matching/scheme-match.service';

export { SCHEMES_ENTITIES };

/**
 * The city's own support schemes (issue #17): a catalogue staff keep, shown to everyone, and the
 * schemes that fit a need beside its suggested helpers and on an assisted group's printed notice.
 */
@Module({
  imports: [TypeOrmModule.forFeature(SCHEMES_ENTITIES), AccountsModule, NeedsModule, MatchingModule],
  providers: [
    SupportSchemeRepository,
    SupportSchemeService,
    SupportSchemeResolver,
    CivicConceptResolver,
    SchemeMatchService,
    SchemeMatchResolver,
  ],
  exports: [SupportSchemeService, SchemeMatchService],
})
export class SchemesModule {}
