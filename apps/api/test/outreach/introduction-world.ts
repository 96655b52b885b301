import { AccountService } from '@tsunagu/accounts/api';
import { type GqlResult, SessionClient } from '../accounts/session-client';
import { type NeedView, type NeedsWorld, PASSWORD, createNeedsWorld, inDays, postNeed } from '../needs/needs-world';

export const REQUEST_FIELDS = `id needId needTitle needWard npoId npoName groupId groupName groupWard route status
  statusLabel nextStep requestedAt forwardedAt forwardedHow remindedAt answeredAt closedAt closeReason closeNote offerId`;

export const REQUEST = `mutation($n: ID!, $o: ID!) { requestIntroduction(needId: $n, npoId: $o) { ${REQUEST_FIELDS} } }`;
export const OF_NEED = `query($n: ID!) { needIntroductions(needId: $n) { ${REQUEST_FIELDS} } }`;
export const WAITING_FOR_NPO = `query($o: ID!) { waitingIntroductionsForNpo(npoId: $o) { ${REQUEST_FIELDS} } }`;
/** What the staff page shows (the whole request in a list of lists would pass the query-cost limit). */
export const QUEUE = `query($s: IntroductionRequestStatus) { introductionRequests(status: $s) {
  npo { id name representative address } hasMembers oldestRequestedAt waitingDays reminderDue
  requests { id needId needTitle needWard groupName groupWard status statusLabel requestedAt remindedAt }
  contact { phone email } lettersPrinted lastLetterAt } }`;
export const NOTIFICATIONS = `{ notifications(limit: 100) { title body link } }`;

export interface RequestView {
  id: string;
  needId: string;
  needTitle: string;
  npoId: string;
  npoName: string;
  groupName: string;
  groupWard: string;
  route: string;
  status: string;
  statusLabel: string;
  nextStep: string;
  forwardedHow: string | null;
  remindedAt: string | null;
  closeReason: string | null;
  closeNote: string | null;
  offerId: string | null;
}

export interface QueueItem {
  npo: { id: string; name: string };
  hasMembers: boolean;
  waitingDays: number;
  reminderDue: boolean;
  requests: RequestView[];
  lettersPrinted: number;
}

export interface Notice {
  title: string;
  body: string;
  link: string;
}

export interface IntroductionWorld extends NeedsWorld {
  /** active NPOs in the city that nobody looks after yet (none has an account), by name */
  readonly unclaimed: ReadonlyArray<{ id: string; name: string }>;
}

/** The needs world, plus the NPOs the city's open data brings without any account. */
export async function createIntroductionWorld(): Promise<IntroductionWorld> {
  const w = await createNeedsWorld();
  const unclaimed: Array<{ id: string; name: string }> = await w.db.query(
    `SELECT id, name FROM npo WHERE status = 'ACTIVE' AND city = $1
        AND id NOT IN (SELECT npo_id FROM npo_member) ORDER BY name LIMIT 6`,
    [w.t.config.cityName],
  );
  return { ...w, unclaimed };
}

/** An open need of the officer's group (deadline far enough for the reminder tests' later days). */
export async function openNeed(w: NeedsWorld, title: string): Promise<string> {
  const r = await postNeed(w, {
    publish: true,
    title,
    description: `${title}。地域の行事で、いっしょに手伝ってくれる方を探しています。`,
    deadline: inDays(40),
  });
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return (r.data.postNeed as NeedView).id;
}

export async function ask(
  client: SessionClient,
  needId: string,
  npoId: string,
): Promise<GqlResult<{ requestIntroduction: RequestView }>> {
  return client.gql<{ requestIntroduction: RequestView }>(REQUEST, { n: needId, o: npoId });
}

export async function introductionsOf(client: SessionClient, needId: string): Promise<RequestView[]> {
  const r = await client.gql<{ needIntroductions: RequestView[] }>(OF_NEED, { n: needId });
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.needIntroductions;
}

export async function queue(w: NeedsWorld, status: string | null = null): Promise<QueueItem[]> {
  const r = await w.as.staff.gql<{ introductionRequests: QueueItem[] }>(QUEUE, { s: status });
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.introductionRequests;
}

export async function noticesOf(client: SessionClient): Promise<Notice[]> {
  const r = await client.gql<{ notifications: Notice[] }>(NOTIFICATIONS);
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.notifications;
}

/** Someone who just became a member of the NPO (as a claim makes them), signed in. */
export async function newNpoMember(w: NeedsWorld, npoId: string, name: string): Promise<SessionClient> {
  const email = `${name}@example.jp`;
  const user = await w.t.app
    .get(AccountService)
    .create({ email, password: PASSWORD, displayName: name, role: 'MEMBER' });
  await w.db.query(`INSERT INTO npo_member (npo_id, user_id) VALUES ($1, $2)`, [npoId, user.id]);
  return new SessionClient(w.t.baseUrl).signIn(email, PASSWORD);
}

/** A GraphQL call as this person in English (the web client sends the person's language this way). */
export async function gqlInEnglish<T>(
  w: NeedsWorld,
  client: SessionClient,
  query: string,
  variables: Record<string, unknown>,
): Promise<GqlResult<T>> {
  const res = await fetch(`${w.t.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'en', cookie: client.cookie },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GqlResult<T>;
}
