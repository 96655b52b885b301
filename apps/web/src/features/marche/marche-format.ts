/** Places left in a booth type (never below 0). */
export const placesLeft = (t: { capacity: number; taken: number }) => Math.max(0, t.capacity - t.taken);
