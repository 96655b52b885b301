/** What the need's page says on top when the form has just sent the officer there (router state). */
export type NeedPageNotice = 'published' | 'updated' | 'draftSaved';

const NOTICES: readonly NeedPageNotice[] = ['published', 'updated', 'draftSaved'];

/** The notice carried in the router's state, if it is one (state survives a reload: harmless). */
export function noticeOf(state: unknown): NeedPageNotice | null {
  const notice = (state as { notice?: unknown } | null)?.notice;
  return NOTICES.find((n) => n === notice) ?? null;
}
