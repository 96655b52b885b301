/**
 * 「この団体に相談する」: the NPO a group means to ask once its need is published. It rides in the
 * address (`/needs/new?ask=<npoId>`) and is also kept on this device, so that it survives what
 * the address does not: a draft continued another day, a group still waiting for the city's check.
 */
const KEY = 'tsunagu.needAsks';
/** the slot of a need not saved yet (or not writable yet: no verified group) */
export const NEW_NEED = 'new';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An NPO id from the address, or null when it is missing or not an id at all. */
export function askParam(value: string | null): string | null {
  return value && UUID.test(value) ? value : null;
}

function readAll(): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

function writeAll(all: Record<string, string>): void {
  try {
    if (Object.keys(all).length === 0) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, JSON.stringify(all));
  } catch {
    // storage blocked: the ask lasts as long as the address carries it
  }
}

/** The NPO kept for a need (or for NEW_NEED). */
export function keptAsk(slot: string): string | null {
  return askParam(readAll()[slot] ?? null);
}

/** Keeps (or, with null, forgets) the NPO to ask for a need. */
export function keepAsk(slot: string, npoId: string | null): void {
  const all = readAll();
  if (npoId) all[slot] = npoId;
  else delete all[slot];
  writeAll(all);
}

/** The new need got its id (the first draft save): the ask moves from NEW_NEED to it. */
export function moveAsk(needId: string, npoId: string): void {
  const all = readAll();
  delete all[NEW_NEED];
  all[needId] = npoId;
  writeAll(all);
}
