import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type BoothTypeRow, type Place, placeFor } from './marche-capacity';
import { MarcheWaitlistRepository } from './marche-waitlist.repository';

/**
 * The capacity rule, under concurrency: every change to a booth type's applications first locks
 * that booth type's row, so applications, withdrawals and rejections of one type run one after
 * another while other types go on in parallel. Within the lock, PENDING + ACCEPTED never exceed
 * the capacity and waitlist positions are 1..N without gaps (a partial unique index guards the
 * positions too).
 */
@Injectable()
export class MarcheWaitlist {
  constructor(private readonly waitlist: MarcheWaitlistRepository) {}

  lockBoothType(boothTypeId: string, manager: EntityManager): Promise<BoothTypeRow> {
    return this.waitlist.lockBoothType(boothTypeId, manager);
  }

  /** PENDING or WAITLISTED (with its position) for a new application of a locked booth type. */
  async placeFor(type: BoothTypeRow, manager: EntityManager): Promise<Place> {
    return placeFor(type, await this.waitlist.holding(type.id, manager));
  }

  /**
   * After a place was freed: the first on the waitlist becomes PENDING (returned, to be told), and
   * the rest move up so positions stay 1..N.
   */
  async promoteAndCompact(type: BoothTypeRow, manager: EntityManager): Promise<string | null> {
    const { status } = await this.placeFor(type, manager);
    const promoted = status === 'PENDING' ? await this.waitlist.promoteFirst(type.id, manager) : null;
    await this.waitlist.compact(type.id, manager);
    return promoted;
  }
}
