import { Module } from '@nestjs/common';
import { AccountsModule } from '@tsunagu/accounts/api';
import { NeedsModule } from '@tsunagu/needs/api';
import { AssistedResolver } from './assisted.resolver';
import { AssistedConsentRepository } from './groups/assisted-consent.repository';
import { AssistedGroupService } from './groups/assisted-group.service';
import { PaperReplyService } from './paper-replies/paper-reply.service';
import { TakeoverCodeRepository } from './takeover/takeover-code.repository';
import { TakeoverCodeService } from './takeover/takeover-code.service';

/**
 * Assisted mode and paper (issue #15): officers who are not online take part through the staff
 * of their 市民センター, with consent, and what comes back reaches them on paper.
 */
@Module({
  imports: [AccountsModule, NeedsModule],
  providers: [
    AssistedConsentRepository,
    AssistedGroupService,
    TakeoverCodeRepository,
    TakeoverCodeService,
    PaperReplyService,
    AssistedResolver,
  ],
  exports: [AssistedGroupService],
})
export class AssistedModule {}
