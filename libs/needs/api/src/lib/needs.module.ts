import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@tsunagu/accounts/api';
import { NotificationsModule } from '@tsunagu/notifications/api';
import { NpoModule } from '@tsunagu/npo/api';
import { NeedEntity } from './entities/need.entity';
import { OfferMessageEntity } from './entities/offer-message.entity';
import { OfferEntity } from './entities/offer.entity';
import { NeedExpiryJob } from './needs/need-expiry.job';
import { NeedResolver } from './needs/need.resolver';
import { NeedService } from './needs/need.service';
import { StaffNeedsCsvController } from './needs/staff-needs-csv.controller';
import { NeedOffersResolver, OfferResolver } from './offers/offer.resolver';
import { OfferService } from './offers/offer.service';
import { NeedSearchIndex } from './search/need-search-index';
import { NeedSearchService } from './search/need-search.service';

export const NEEDS_ENTITIES = [NeedEntity, OfferEntity, OfferMessageEntity];

/** Needs, offers and their conversations. */
@Module({
  imports: [TypeOrmModule.forFeature(NEEDS_ENTITIES), AccountsModule, NpoModule, NotificationsModule],
  controllers: [StaffNeedsCsvController],
  providers: [
    NeedSearchIndex,
    NeedSearchService,
    NeedService,
    NeedResolver,
    OfferService,
    OfferResolver,
    NeedOffersResolver,
    NeedExpiryJob,
  ],
  exports: [NeedService, OfferService, NeedSearchService],
})
export class NeedsModule {}
