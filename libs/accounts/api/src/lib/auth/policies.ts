import type { AuthenticatedUser } from './authenticated-user';

/**
 * Who may do what, in one place. Guards and services call these small functions; nothing else
 * decides access. Later features add theirs here (groups, NPO claims, needs, offers, marché).
 */
export const policies = {
  isSignedIn: (user: AuthenticatedUser | undefined): user is AuthenticatedUser => !!user,
  isStaff: (user: AuthenticatedUser | undefined): boolean => user?.role === 'STAFF' || user?.role === 'ADMIN',
  isAdmin: (user: AuthenticatedUser | undefined): boolean => user?.role === 'ADMIN',
  /** importing open data and reading import runs and the audit log */
  canManageOpenData: (user: AuthenticatedUser | undefined): boolean => policies.isStaff(user),
  canReadAuditLog: (user: AuthenticatedUser | undefined): boolean => policies.isStaff(user),
} as const;

export type PolicyName = keyof typeof policies;
