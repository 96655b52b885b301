import { Module } from '@nestjs/common';
import { AccountsModule } from '@tsunagu/accounts/api';
import { MatchingModule } from '@tsunagu/matching/api';
import { NeedsModule } from '@tsunagu/needs/api';
import { NpoModule } from '@tsunagu/npo/api';
import { SchemesModule } from '@tsunagu/schemes/api';
import { StoriesModule } from '@tsunagu/stories/api';
import { AssistedResolver } from './assisted.resolver';
import { AssistedConsentRepository } from './groups/assisted-consent.repository';
import { AssistedGroupService } from './groups/assisted-group.service';
import { CentrePaperRecords } from './paper/centre-paper-records.service';
import { GroupPaperRecords } from './paper/group-paper-records.service';
import { PaperAccess } from './paper/paper-access.service';
import { PaperController } from './paper/paper.controller';
import { PaperReplyService } from './paper-replies/paper-reply.service';
import { TakeoverCodeRepository } from './takeover/takeover-code.repository';
import { TakeoverCodeService } from './takeover/takeover-code.service';

/**
 * Assisted mode and paper (issue #15): officers who are not online take part through the staff
 * of their 市民センター, with consent, and what comes back reaches them on paper.
 */
@Module({
  imports: [AccountsModule, NeedsModule, NpoModule, MatchingModule, SchemesModule, StoriesModule],
  controllers: [PaperController],
  providers: [
    AssistedConsentRepository,
    AssistedGroupService,
    TakeoverCodeRepository,
    TakeoverCodeService,
    PaperReplyService,
    AssistedResolver,
    PaperAccess,
    GroupPaperRecords,
    CentrePaperRecords,
  ],
  exports: [AssistedGroupService],
})
export class AssistedModule {}
