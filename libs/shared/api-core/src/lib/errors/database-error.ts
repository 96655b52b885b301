/** What PostgreSQL said about a failed statement (TypeORM copies the driver's fields onto its error). */
interface PgFailure {
  code?: unknown;
  constraint?: unknown;
  driverError?: { code?: unknown; constraint?: unknown };
}

const stateOf = (error: unknown) => {
  const e = (error ?? {}) as PgFailure;
  return { code: e.code ?? e.driverError?.code, constraint: e.constraint ?? e.driverError?.constraint };
};

/** 23505 unique_violation, optionally of this one constraint (index) only. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const { code, constraint: violated } = stateOf(error);
  return code === '23505' && (constraint === undefined || violated === constraint);
}

/** 40001 serialization_failure or 40P01 deadlock_detected: a concurrent transaction won. */
export function isConcurrencyFailure(error: unknown): boolean {
  const { code } = stateOf(error);
  return code === '40001' || code === '40P01';
}
