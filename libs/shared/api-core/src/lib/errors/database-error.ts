/** What PostgreSQL said about a failed statement (TypeORM copies the driver's fields onto its error). */
interface PgFailure {
  code?: unknown;
  constraint?: unknown;
  driverError?: { code?: unknown; constraint?: unknown };
  /** GraphQL wraps what a resolver threw */
  originalError?: unknown;
}

/**
 * The SQLSTATE (and violated constraint) of a database error, found on the error itself, on the
 * driver's error TypeORM keeps, or under the GraphQL error that wraps it; empty when there is none.
 */
export function sqlStateOf(error: unknown): { code?: string; constraint?: string } {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const { code, constraint, driverError, originalError } = e as PgFailure;
    const state = typeof code === 'string' ? code : driverError?.code;
    if (typeof state === 'string' && /^[0-9A-Z]{5}$/.test(state)) {
      const violated = constraint ?? driverError?.constraint;
      return { code: state, constraint: typeof violated === 'string' ? violated : undefined };
    }
    e = originalError;
  }
  return {};
}

/** 23505 unique_violation, optionally of this one constraint (index) only. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const { code, constraint: violated } = sqlStateOf(error);
  return code === '23505' && (constraint === undefined || violated === constraint);
}

/** 40001 serialization_failure or 40P01 deadlock_detected: a concurrent transaction won. */
export function isConcurrencyFailure(error: unknown): boolean {
  const { code } = sqlStateOf(error);
  return code === '40001' || code === '40P01';
}
