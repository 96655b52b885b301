import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OfferMessageEntity } from '../entities/offer-message.entity';

/** Every query on offer_message, the conversation on an offer. */
@Injectable()
export class OfferMessageRepository {
  constructor(private readonly dataSource: DataSource) {}

  add(
    manager: EntityManager,
    fields: Pick<OfferMessageEntity, 'offerId' | 'senderId' | 'senderSide' | 'body'> &
      Partial<Pick<OfferMessageEntity, 'enteredByProxy'>>,
  ): Promise<OfferMessageEntity> {
    return manager.save(manager.create(OfferMessageEntity, fields));
  }

  onOffer(offerId: string): Promise<OfferMessageEntity[]> {
    return this.dataSource
      .getRepository(OfferMessageEntity)
      .find({ where: { offerId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** What a person wrote (their personal-data export). */
  sentBy(userId: string): Promise<unknown[]> {
    return this.dataSource.query(
      `SELECT offer_id, body, created_at FROM offer_message WHERE sender_id = $1 ORDER BY created_at`,
      [userId],
    );
  }
}
