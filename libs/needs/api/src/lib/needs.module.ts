import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@tsunagu/accounts/api';
import { NpoModule } from '@tsunagu/npo/api';
import { NeedEntity } from './entities/need.entity';
import { NotificationEntity } from './entities/notification.entity';
import { OfferMessageEntity } from './entities/offer-message.entity';
import { OfferEntity } from './entities/offer.entity';
import { NeedExpiryJob } from './needs/need-expiry.job';
import { NeedResolver } from './needs/need.resolver';
import { NeedService } from './needs/need.service';
import { StaffNeedsCsvController } from './needs/staff-needs-csv.controller';
import { DigestMailer } from './notifications/digest-mailer';
import { NotificationResolver } from './notifications/notification.resolver';
import { Notifier } from './notifications/notifier';
import { NeedOffersResolver, OfferResolver } from './offers/offer.resolver';
import { OfferService } from './offers/offer.service';
import { NeedSearchIndex } from './search/need-search-index';
import { NeedSearchService } from './search/need-search.service';

export const NEEDS_ENTITIES = [NeedEntity, OfferEntity, OfferMessageEntity, NotificationEntity];

/** Needs, offers, conversations and notifications. */
@Module({
  imports: [TypeOrmModule.forFeature(NEEDS_ENTITIES), AccountsModule, NpoModule],
  controllers: [StaffNeedsCsvController],
  providers: [
    NeedSearchIndex,
    NeedSearchService,
    NeedService,
    NeedResolver,
    OfferService,
    OfferResolver,
    NeedOffersResolver,
    Notifier,
    DigestMailer,
    NotificationResolver,
    NeedExpiryJob,
  ],
  exports: [NeedService, OfferService, Notifier, DigestMailer, NeedSearchService],
})
export class NeedsModule {}
