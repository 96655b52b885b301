/** A need of the officer's as the need form lists them to offer a draft again. */
export interface OwnNeed {
  id: string;
  title: string;
  status: string;
  createdAt: string;
  group: { id: string };
}

/** The draft of this group begun last, if any: the one to offer 「つづきを書く」 for. */
export function latestDraftOf(needs: readonly OwnNeed[], groupId: string): OwnNeed | null {
  if (!groupId) return null;
  const drafts = needs.filter((n) => n.status === 'DRAFT' && n.group.id === groupId);
  drafts.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  return drafts[0] ?? null;
}
