import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@tsunagu/accounts/api';
import { DataBookModule } from '@tsunagu/databook/api';
import { MarcheModule } from '@tsunagu/marche/api';
import { NeedsModule } from '@tsunagu/needs/api';
import { NotificationsModule } from '@tsunagu/notifications/api';
import { NpoModule } from '@tsunagu/npo/api';
import { ClaimCodeAttempts } from './claim-codes/claim-code-attempts';
import { ClaimCodeUse } from './claim-codes/claim-code-use';
import { ClaimCodeRepository } from './claim-codes/claim-code.repository';
import { CityOfficeResolver } from './city-office/city-office.resolver';
import { ClaimCodeResolver } from './claim-codes/claim-code.resolver';
import { ClaimCodeService } from './claim-codes/claim-code.service';
import { NpoEntryConfirmationRepository } from './confirmations/npo-entry-confirmation.repository';
import { NpoEntryConfirmationResolver } from './confirmations/npo-entry-confirmation.resolver';
import { NpoEntryConfirmationService } from './confirmations/npo-entry-confirmation.service';
import { NpoContactRetentionJob } from './contacts/npo-contact-retention.job';
import { NpoContactRepository } from './contacts/npo-contact.repository';
import { NpoContactResolver } from './contacts/npo-contact.resolver';
import { NpoContactService } from './contacts/npo-contact.service';
import { OUTREACH_ENTITIES } from './entities';
import { OutreachFunnelCsvController } from './funnel/outreach-funnel-csv.controller';
import { OutreachFunnelRepository } from './funnel/outreach-funnel.repository';
import { OutreachFunnelResolver } from './funnel/outreach-funnel.resolver';
import { OutreachFunnelService } from './funnel/outreach-funnel.service';
import { InvitationLetterDownloadController } from './letters/invitation-letter-download.controller';
import { InvitationLetterJobRepository } from './letters/invitation-letter-job.repository';
import { InvitationLetterJobs } from './letters/invitation-letter-jobs';
import { InvitationLetterResolver } from './letters/invitation-letter.resolver';
import { LetterAsks } from './letters/letter-asks';
import { LetterRecipients } from './letters/letter-recipients';
import { LetterRequestsRepository } from './letters/letter-requests.repository';
import { LetterRun } from './letters/letter-run';
import { InvitationLetterService } from './letters/invitation-letter.service';
import { IntroductionAnswersListener } from './requests/introduction-answers.listener';
import { IntroductionNotices } from './requests/introduction-notices';
import { IntroductionQueue } from './requests/introduction-queue';
import { IntroductionReminders } from './requests/introduction-reminders.job';
import { IntroductionRequestRepository } from './requests/introduction-request.repository';
import { IntroductionRequestResolver } from './requests/introduction-request.resolver';
import { IntroductionRequestService } from './requests/introduction-request.service';
import { IntroductionViews } from './requests/introduction-views';
import { OutreachPersonalData } from './outreach-personal-data';

export { OUTREACH_ENTITIES };

/**
 * The city as the bridge to NPOs that are not here yet: groups ask for any NPO, staff pass the
 * request on (by letter to the registered address, mail or phone) and the letter's one-time
 * code brings the NPO in. Requests that get no answer come back to staff, then close with a reason.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature(OUTREACH_ENTITIES),
    AccountsModule,
    NpoModule,
    NotificationsModule,
    NeedsModule,
    // letters: the data book's entry drawing, the marché's suggested exhibitors
    DataBookModule,
    MarcheModule,
  ],
  controllers: [InvitationLetterDownloadController, OutreachFunnelCsvController],
  providers: [
    CityOfficeResolver,
    // requests
    IntroductionRequestRepository,
    IntroductionViews,
    IntroductionNotices,
    IntroductionQueue,
    IntroductionRequestService,
    IntroductionRequestResolver,
    IntroductionAnswersListener,
    IntroductionReminders,
    // contacts
    NpoContactRepository,
    NpoContactService,
    NpoContactResolver,
    NpoContactRetentionJob,
    // claim codes and entry confirmations
    ClaimCodeRepository,
    ClaimCodeAttempts,
    ClaimCodeUse,
    ClaimCodeService,
    ClaimCodeResolver,
    NpoEntryConfirmationRepository,
    NpoEntryConfirmationService,
    NpoEntryConfirmationResolver,
    OutreachPersonalData,
    // letters and the funnel
    InvitationLetterService,
    InvitationLetterResolver,
    InvitationLetterJobRepository,
    InvitationLetterJobs,
    LetterRequestsRepository,
    LetterAsks,
    LetterRecipients,
    LetterRun,
    OutreachFunnelRepository,
    OutreachFunnelService,
    OutreachFunnelResolver,
  ],
  exports: [IntroductionRequestService, IntroductionReminders, NpoContactService, ClaimCodeService],
})
export class OutreachModule {}
