import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { MarcheMeetingWishEntity } from '../entities/marche-meeting-wish.entity';

/** marche_meeting_wish: exhibitors community groups want to meet at a marché. */
@Injectable()
export class MarcheMeetingWishRepository {
  constructor(
    @InjectRepository(MarcheMeetingWishEntity) private readonly wishes: Repository<MarcheMeetingWishEntity>,
  ) {}

  async add(eventId: string, npoId: string, groupId: string, createdBy: string): Promise<void> {
    await this.wishes.createQueryBuilder().insert().values({ eventId, npoId, groupId, createdBy }).orIgnore().execute();
  }

  async remove(eventId: string, npoId: string, groupId: string): Promise<void> {
    await this.wishes.delete({ eventId, npoId, groupId });
  }

  ofEvent(eventId: string): Promise<MarcheMeetingWishEntity[]> {
    return this.wishes.find({ where: { eventId } });
  }

  /** What a person marked (the personal-data export). */
  madeBy(userId: string): Promise<MarcheMeetingWishEntity[]> {
    return this.wishes.find({ where: { createdBy: userId }, order: { createdAt: 'ASC' } });
  }
}
