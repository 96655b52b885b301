import type { AuditEntry } from '../audit/audit-log.service';
import { type Memberships, type ProxyFor, proxyFor } from '../memberships/membership.service';
import type { ProxyEntry, ProxyEntryKind } from './proxy.model';

/** What is stored on a need, an offer's answer or a message a proxy entered (jsonb), and shown. */
export interface StoredProxyEntry {
  readonly kind: 'CENTRE' | 'CITY' | 'DELEGATE' | 'PHONE';
  readonly name: string | null;
  /** who typed it (an account id), for the audit; never shown to the other side */
  readonly userId?: string;
  /** PHONE: who took the call, as staff wrote it */
  readonly takenBy?: string | null;
}

export function proxyEntry(stored: ProxyFor | StoredProxyEntry | null | undefined): ProxyEntry | null {
  return stored ? { kind: stored.kind as ProxyEntryKind, name: stored.name } : null;
}

/** How a caller acts for a group, to be stored on what they enter; null for its own members. */
export function storedProxy(m: Memberships, groupId: string, userId: string): StoredProxyEntry | null {
  const proxy = proxyFor(m, groupId);
  return proxy ? { kind: proxy.kind, name: proxy.name, userId } : null;
}

// On what authority a proxy acted: what the audit log says as the "why" of each proxy action.
const AUTHORITY = {
  CENTRE: "the officer's consent recorded for the assisted group",
  CITY: "the officer's consent recorded for the assisted group",
  DELEGATE: 'delegated by the officer',
  PHONE: 'the officer answered by phone or on paper',
} as const;

/** The audit entry of something a proxy did for a group: who, for whom, as whom and why. */
export function proxyAuditEntry(
  proxy: StoredProxyEntry,
  action: string,
  target: { type: string; id: string },
  groupId: string,
): AuditEntry {
  return {
    actorUserId: proxy.userId ?? null,
    action: `proxy.${action}`,
    targetType: target.type,
    targetId: target.id,
    detail: {
      groupId,
      actingAs: proxy.kind,
      name: proxy.name,
      why: AUTHORITY[proxy.kind],
      ...(proxy.takenBy ? { takenBy: proxy.takenBy } : {}),
    },
  };
}
