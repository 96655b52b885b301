import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@tsunagu/accounts/api';
import { NotificationsModule } from '@tsunagu/notifications/api';
import { NpoModule } from '@tsunagu/npo/api';
import { NeedEntity } from './entities/need.entity';
import { OfferMessageEntity } from './entities/offer-message.entity';
import { OfferEntity } from './entities/offer.entity';
import { NeedExpiryJob } from './needs/need-expiry.job';
import { NeedRepository } from './needs/need.repository';
import { NeedResolver } from './needs/need.resolver';
import { NeedService } from './needs/need.service';
import { NeedsPersonalData } from './needs/needs-personal-data';
import { StaffNeedsCsvController } from './needs/staff-needs-csv.controller';
import { NeedInvitationRepository } from './offers/need-invitation.repository';
import { OfferDeadlineRepository } from './offers/offer-deadline.repository';
import { OfferHooks } from './offers/offer-hooks';
import { OfferMessageRepository } from './offers/offer-message.repository';
import { OfferReminderNotices } from './offers/offer-reminder-notices';
import { OfferReminders } from './offers/offer-reminders.job';
import { OfferRepository } from './offers/offer.repository';
import { NeedOffersResolver, OfferResolver } from './offers/offer.resolver';
import { OfferService } from './offers/offer.service';
import { OfferThreadService } from './offers/offer-thread.service';
import { OfferViews } from './offers/offer-views.service';
import { NeedSearchIndex } from './search/need-search-index';
import { NeedSearchService } from './search/need-search.service';

export const NEEDS_ENTITIES = [NeedEntity, OfferEntity, OfferMessageEntity];
import { NeedFactsRepository } from './statistics/need-facts.repository';
import { NeedHistorySeeding } from './statistics/need-history-seeding.repository';

/** Needs, offers and their conversations. */
@Module({
  imports: [TypeOrmModule.forFeature(NEEDS_ENTITIES), AccountsModule, NpoModule, NotificationsModule],
  controllers: [StaffNeedsCsvController],
  providers: [
    NeedRepository,
    OfferRepository,
    OfferMessageRepository,
    NeedInvitationRepository,
    OfferHooks,
    NeedSearchIndex,
    NeedSearchService,
    NeedService,
    NeedResolver,
    OfferViews,
    OfferService,
    OfferThreadService,
    OfferResolver,
    NeedOffersResolver,
    NeedExpiryJob,
    OfferDeadlineRepository,
    OfferReminderNotices,
    OfferReminders,
    NeedsPersonalData,
    NeedFactsRepository,
    NeedHistorySeeding,
  ],
  exports: [
    NeedService,
    OfferService,
    // the answers a 市民センター takes by phone for an assisted group (assisted mode)
    OfferThreadService,
    NeedSearchService,
    NeedRepository,
    OfferRepository,
    NeedInvitationRepository,
    OfferHooks,
    NeedExpiryJob,
    OfferReminders,
    // the city's figures (dashboard, open data): facts without text or contacts
    NeedFactsRepository,
    // the demo's year of needs, with their past dates
    NeedHistorySeeding,
  ],
})
export class NeedsModule {}
