import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface OfferMade {
  readonly offerId: string;
  readonly needId: string;
  readonly npoId: string;
}

export interface OfferDecided extends OfferMade {
  readonly accepted: boolean;
}

/** What another domain does when an offer is made or answered, in the offer's own transaction. */
export interface OfferListener {
  readonly offerMade?: (manager: EntityManager, offer: OfferMade) => Promise<void>;
  readonly offerDecided?: (manager: EntityManager, offer: OfferDecided) => Promise<void>;
}

/**
 * Lets domains above needs (the city's introduction requests) follow offers without needs
 * knowing them: they register here at start-up, and each offer calls them inside its own
 * transaction, so "the NPO answered" commits or rolls back with the offer itself.
 */
@Injectable()
export class OfferHooks {
  private readonly listeners: OfferListener[] = [];

  register(listener: OfferListener): void {
    this.listeners.push(listener);
  }

  async made(manager: EntityManager, offer: OfferMade): Promise<void> {
    for (const l of this.listeners) await l.offerMade?.(manager, offer);
  }

  async decided(manager: EntityManager, offer: OfferDecided): Promise<void> {
    for (const l of this.listeners) await l.offerDecided?.(manager, offer);
  }
}
