import type { TestApp } from '../test-services';
import { type GqlResult, type SessionClient, errorCode } from './session-client';

export type Actor =
  'anonymous' | 'member' | 'groupOwner' | 'otherGroupMember' | 'npoMember' | 'otherNpoMember' | 'staff' | 'admin';
export const ACTORS: Actor[] = [
  'anonymous',
  'member',
  'groupOwner',
  'otherGroupMember',
  'npoMember',
  'otherNpoMember',
  'staff',
  'admin',
];
/** ok: allowed; UNAUTHENTICATED / FORBIDDEN / NOT_FOUND: refused with that code; hidden: answered but private fields null */
export type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'hidden';

export const PASSWORD = 'matrix-password-1';

/** What the matrix's setup made: the app, a signed-in client per actor, the groups, NPOs and claims. */
export interface MatrixState {
  t: TestApp;
  client: Partial<Record<Actor, SessionClient>>;
  groupA: string;
  pendingGroup: string;
  npoX: string;
  npoY: string;
  npoZ: string;
  claimToDecide: string[];
}

/** One operation of the matrix: what each actor gets. */
export interface MatrixCase {
  name: string;
  expect: Record<Actor, Outcome>;
  run: (c: SessionClient, actor: Actor) => Promise<Outcome>;
}

export function outcomeOf(
  result: GqlResult<Record<string, unknown>>,
  privateCheck?: (data: Record<string, unknown>) => boolean,
): Outcome {
  const code = errorCode(result);
  if (code) return code as Outcome;
  if (result.errors) throw new Error(result.errors[0].message);
  if (privateCheck) return privateCheck(result.data ?? {}) ? 'ok' : 'hidden';
  return 'ok';
}
