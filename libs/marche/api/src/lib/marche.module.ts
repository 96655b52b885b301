import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@tsunagu/accounts/api';
import { MatchingModule } from '@tsunagu/matching/api';
import { NotificationsModule } from '@tsunagu/notifications/api';
import { NpoModule } from '@tsunagu/npo/api';
import { MarcheApplicationRepository } from './applications/marche-application.repository';
import { MarcheApplicationResolver } from './applications/marche-application.resolver';
import { MarcheApplicationService } from './applications/marche-application.service';
import { MarcheApplicationTableService } from './applications/marche-application-table.service';
import { MarcheReviewService } from './applications/marche-review.service';
import { MarcheWaitlist } from './applications/marche-waitlist';
import { MarcheWaitlistRepository } from './applications/marche-waitlist.repository';
import { MARCHE_ENTITIES } from './entities';
import { MarcheEventRepository } from './events/marche-event.repository';
import { MarcheEventResolver } from './events/marche-event.resolver';
import { MarcheEventService } from './events/marche-event.service';
import { MarcheExportController } from './http/marche-export.controller';
import { MarcheLayoutResolver } from './layout/marche-layout.resolver';
import { MarcheLayoutService } from './layout/marche-layout.service';
import { MarcheInvitationRepository } from './outreach/marche-invitation.repository';
import { MarcheInvitationService } from './outreach/marche-invitation.service';
import { MarcheMeetingWishRepository } from './outreach/marche-meeting-wish.repository';
import { MarcheMeetingWishService } from './outreach/marche-meeting-wish.service';
import { MarcheOutreachResolver } from './outreach/marche-outreach.resolver';
import { MarchePersonalData } from './privacy/marche-personal-data';

export { MARCHE_ENTITIES } from './entities';

/** Action! NPO Marché: events, applications, capacity and the waitlist, the venue map, outreach. */
@Module({
  imports: [TypeOrmModule.forFeature(MARCHE_ENTITIES), AccountsModule, NpoModule, NotificationsModule, MatchingModule],
  controllers: [MarcheExportController],
  providers: [
    MarcheEventRepository,
    MarcheApplicationRepository,
    MarcheWaitlistRepository,
    MarcheInvitationRepository,
    MarcheMeetingWishRepository,
    MarcheEventService,
    MarcheWaitlist,
    MarcheApplicationService,
    MarcheReviewService,
    MarcheApplicationTableService,
    MarcheLayoutService,
    MarcheInvitationService,
    MarcheMeetingWishService,
    MarchePersonalData,
    MarcheEventResolver,
    MarcheApplicationResolver,
    MarcheLayoutResolver,
    MarcheOutreachResolver,
  ],
  exports: [MarcheEventService, MarcheEventRepository, MarcheApplicationRepository, MarcheInvitationService],
})
export class MarcheModule {}
