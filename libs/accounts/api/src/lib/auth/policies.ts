import type { Memberships } from '../memberships/membership.service';
import type { AuthenticatedUser } from './authenticated-user';

type Caller = AuthenticatedUser | undefined;

const PUBLIC_NEED_STATES = new Set(['PUBLISHED', 'MATCHED', 'DONE']);

/** helpers that registered themselves and staff have not verified (or have refused) */
const UNVERIFIED_HELPER_STATES = new Set(['PENDING_REVIEW', 'REFUSED']);

const isStaff = (user: Caller): boolean => user?.role === 'STAFF' || user?.role === 'ADMIN';
const isOwnMember = (m: Memberships, groupId: string): boolean => {
  const role = m.groups.get(groupId);
  return role === 'OWNER' || role === 'MEMBER';
};

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
  /** companies, university groups and other helpers that registered themselves, or that staff add */
  canVerifyHelpers: isStaff,
  /**
   * A helper staff have not verified yet (or refused) is seen only by staff and its own members,
   * who see it with its status; every other helper is public.
   */
  canSeeHelper: (user: Caller, m: Memberships, npo: HelperFacts): boolean =>
    !UNVERIFIED_HELPER_STATES.has(npo.status) || isStaff(user) || m.npos.has(npo.id),
  /** the catalogue of the city's support schemes (issue #17): adding, editing, retiring */
  canManageSupportSchemes: isStaff,
  /** the city's list of 校区 (issue #18): adding, renaming, retiring */
  canManageSchoolDistricts: isStaff,
  /** which 校区 a group is in: staff, and the group's own officers */
  canSetGroupSchoolDistrict: (user: Caller, m: Memberships, group: { id: string }): boolean =>
    isStaff(user) || isOwnMember(m, group.id),
  /** good examples (issue #18): publishing or refusing what a group and its helper wrote, once both consented */
  canModerateStories: isStaff,
  /** a group's page: its members and staff; others only once it is verified */
  canSeeGroup: (user: Caller, m: Memberships, group: { id: string; status: string }): boolean =>
    group.status === 'VERIFIED' || isStaff(user) || m.groups.has(group.id),
  /**
   * A group officer's name, phone and email: staff and the group's own members. An NPO sees
   * them only on an offer the group accepted (canSeeOfferContacts).
   */
  canSeeGroupContact: (user: Caller, m: Memberships, group: { id: string }): boolean =>
    isStaff(user) || m.groups.has(group.id),
  /** who joins a group is for its own members to say, not for those acting for it */
  canInviteToGroup: (user: Caller, m: Memberships, group: { id: string }): boolean => isOwnMember(m, group.id),
  /** an officer chooses a family member or neighbour to act for the group, and removes them */
  canManageDelegates: (user: Caller, m: Memberships, group: { id: string }): boolean => isOwnMember(m, group.id),
  /** city staff put a person on a 市民センター's staff, or take them off */
  canAssignCentreStaff: isStaff,
  /** registering a group whose officer is not online: city staff, or the staff of the centre it belongs to */
  canRegisterAssistedGroup: (user: Caller, centreIds: readonly string[], centreId: string): boolean =>
    isStaff(user) || centreIds.includes(centreId),
  /** a centre's desk and its printouts: its staff and the city's */
  canWorkAtCentre: (user: Caller, centreIds: readonly string[], centreId: string): boolean =>
    isStaff(user) || centreIds.includes(centreId),
  /** a reply that came by phone or on paper is recorded by those who act for the group, not its delegates */
  canRecordPaperReply: (user: Caller, m: Memberships, offer: { groupId: string }): boolean => {
    const kind = m.proxies.get(offer.groupId)?.kind;
    return m.groups.get(offer.groupId) === 'PROXY' && (kind === 'CENTRE' || kind === 'CITY');
  },
  canEditNpoProfile: (user: Caller, m: Memberships, npo: { id: string }): boolean =>
    isStaff(user) || m.npos.has(npo.id),
  /** open needs are public once the group is verified; drafts and closed ones stay with their people */
  canSeeNeed: (user: Caller, m: Memberships, need: NeedFacts, offeredByMyNpo: boolean): boolean =>
    (PUBLIC_NEED_STATES.has(need.status) && !need.hidden && need.groupVerified) ||
    isStaff(user) ||
    m.groups.has(need.groupId) ||
    (offeredByMyNpo && need.status !== 'DRAFT'),
  /** members of the group write, edit, publish and close its needs */
  canEditNeed: (user: Caller, m: Memberships, need: { groupId: string }): boolean => m.groups.has(need.groupId),
  canHideNeed: isStaff,
  /** every need of the city, hidden ones too, and the CSV of them: staff see where needs go unmet */
  canOverseeNeeds: isStaff,
  /** making and downloading data books (they may hold NPOs' printed contacts) */
  canMakeDataBooks: isStaff,
  /**
   * The city as the bridge: the queue of introduction requests, the contacts staff hold for NPOs
   * (never shown to anyone else), invitation letters and their codes, the outreach funnel.
   */
  canBridgeNpos: isStaff,
  /** creating marché events, reviewing applications, laying out booths */
  canManageMarche: isStaff,
  /** a member of a claimed NPO offers help in its name */
  canActForNpo: (user: Caller, m: Memberships, npoId: string): boolean => m.npos.has(npoId),
  /** a helper offers help only once the city has verified it (a member of a pending one waits) */
  canOfferAsHelper: (user: Caller, m: Memberships, npo: HelperFacts): boolean =>
    m.npos.has(npo.id) && !UNVERIFIED_HELPER_STATES.has(npo.status),
  canSeeOffer: (user: Caller, m: Memberships, offer: OfferFacts): boolean =>
    isStaff(user) || m.groups.has(offer.groupId) || m.npos.has(offer.npoId),
  canRespondToOffer: (user: Caller, m: Memberships, offer: OfferFacts): boolean => m.groups.has(offer.groupId),
  /** the two parties talk; staff may read a thread (abuse reports) but do not write in it */
  canWriteOnOffer: (user: Caller, m: Memberships, offer: OfferFacts): boolean =>
    (m.groups.has(offer.groupId) || m.npos.has(offer.npoId)) &&
    (offer.status === 'PENDING' || offer.status === 'ACCEPTED'),
  /**
   * The privacy rule: the officer's phone and email reach an NPO only once the group accepted
   * that NPO's offer; the NPO member's contact reaches the group at the same moment.
   */
  canSeeOfferContacts: (user: Caller, m: Memberships, offer: OfferFacts): boolean =>
    isStaff(user) || (offer.status === 'ACCEPTED' && (m.groups.has(offer.groupId) || m.npos.has(offer.npoId))),
} as const;

/** What the needs policies decide on. */
export interface NeedFacts {
  readonly groupId: string;
  readonly status: string;
  readonly hidden: boolean;
  readonly groupVerified: boolean;
}

/** What the helper policies decide on: a helper (an NPO or another kind) and its status. */
export interface HelperFacts {
  readonly id: string;
  readonly status: string;
}

export interface OfferFacts {
  readonly groupId: string;
  readonly npoId: string;
  readonly status: string;
}

/** Policies that need only the caller, usable with @RequirePolicy on a resolver or route. */
export type RolePolicyName =
  | 'isSignedIn'
  | 'isStaff'
  | 'isAdmin'
  | 'canManageOpenData'
  | 'canReadAuditLog'
  | 'canVerifyGroups'
  | 'canDecideNpoClaims'
  | 'canVerifyHelpers'
  | 'canManageSupportSchemes'
  | 'canManageSchoolDistricts'
  | 'canModerateStories'
  | 'canHideNeed'
  | 'canOverseeNeeds'
  | 'canMakeDataBooks'
  | 'canManageMarche'
  | 'canBridgeNpos'
  | 'canAssignCentreStaff';
