/** A booth type as the capacity rule sees it. */
export interface BoothTypeRow {
  id: string;
  eventId: string;
  code: string;
  name: string;
  capacity: number;
}

/** What a booth type's applications hold right now. */
export interface BoothTypeHolding {
  /** PENDING + ACCEPTED */
  taken: number;
  /** the last waitlist position (0 when nobody waits) */
  last: number;
}

export type Place = { status: 'PENDING' | 'WAITLISTED'; position: number | null };

/**
 * The capacity rule: a new application gets a place while PENDING + ACCEPTED stay within the
 * capacity, else the next waitlist position. Callers decide under the booth type's lock
 * (MarcheWaitlist), so two applications never take the same place.
 */
export function placeFor(type: Pick<BoothTypeRow, 'capacity'>, holding: BoothTypeHolding): Place {
  return holding.taken < type.capacity
    ? { status: 'PENDING', position: null }
    : { status: 'WAITLISTED', position: holding.last + 1 };
}
