import type { Memberships } from '../memberships/membership.service';
import type { AuthenticatedUser } from './authenticated-user';

type Caller = AuthenticatedUser | undefined;

const isStaff = (user: Caller): boolean => user?.role === 'STAFF' || user?.role === 'ADMIN';

/**
 * Who may do what, in one place: small pure functions over the caller, what they belong to and
 * the thing at hand. Guards (role-only rules) and services (rules about one record) both call
 * these; nothing else decides access.
 */
export const policies = {
  isSignedIn: (user: Caller): user is AuthenticatedUser => !!user,
  isStaff,
  isAdmin: (user: Caller): boolean => user?.role === 'ADMIN',
  /** importing open data, reading import runs */
  canManageOpenData: isStaff,
  canReadAuditLog: isStaff,
  canVerifyGroups: isStaff,
  canDecideNpoClaims: isStaff,
  /** a group's page: its members and staff; others only once it is verified */
  canSeeGroup: (user: Caller, m: Memberships, group: { id: string; status: string }): boolean =>
    group.status === 'VERIFIED' || isStaff(user) || m.groups.has(group.id),
  /**
   * A group officer's name, phone and email: staff and the group's own members. (An NPO whose
   * offer the group accepted is added with the needs feature.)
   */
  canSeeGroupContact: (user: Caller, m: Memberships, group: { id: string }): boolean =>
    isStaff(user) || m.groups.has(group.id),
  canInviteToGroup: (user: Caller, m: Memberships, group: { id: string }): boolean => m.groups.has(group.id),
  canEditNpoProfile: (user: Caller, m: Memberships, npo: { id: string }): boolean =>
    isStaff(user) || m.npos.has(npo.id),
} as const;

/** Policies that need only the caller, usable with @RequirePolicy on a resolver or route. */
export type RolePolicyName =
  | 'isSignedIn'
  | 'isStaff'
  | 'isAdmin'
  | 'canManageOpenData'
  | 'canReadAuditLog'
  | 'canVerifyGroups'
  | 'canDecideNpoClaims';
