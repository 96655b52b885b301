import { type Algorithm, hash, verify } from '@node-rs/argon2';

// OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane): about 30 ms on the 2-core machines.
// `Algorithm` is a const enum the compiler cannot inline here: 2 is Algorithm.Argon2id.
const OPTIONS = { algorithm: 2 as Algorithm, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Spends the same time as a real check when the account does not exist (no account probing). */
const DUMMY = hash('tsunagu-timing-equaliser', OPTIONS);
export async function verifyAgainstNothing(password: string): Promise<false> {
  await verify(await DUMMY, password).catch(() => false);
  return false;
}
