import { Injectable, type OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry } from '@tsunagu/shared/api-core';
import { OfferMessageRepository } from '../offers/offer-message.repository';
import { OfferRepository } from '../offers/offer.repository';
import { NeedRepository } from './need.repository';

/** The needs domain's part of 「わたしのデータ」: what the person wrote, offered and said. */
@Injectable()
export class NeedsPersonalData implements OnModuleInit {
  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly needs: NeedRepository,
    private readonly offers: OfferRepository,
    private readonly messages: OfferMessageRepository,
  ) {}

  onModuleInit(): void {
    this.registry.register({ name: 'needsWritten', collect: (userId) => this.needs.writtenBy(userId) });
    this.registry.register({ name: 'offersMade', collect: (userId) => this.offers.madeBy(userId) });
    this.registry.register({ name: 'messagesSent', collect: (userId) => this.messages.sentBy(userId) });
  }
}
