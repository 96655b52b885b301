import { DEMO_SCHEMES } from '../../src/seeds/demo-schemes.step';
import type { GqlResult } from '../accounts/session-client';
import { type NeedsWorld, createNeedsWorld } from '../needs/needs-world';

export const SCHEME_FIELDS = `id name summary eligibility howToApply officeName officePhone officeUrl keywords concepts fields active`;
export const SAVE = `mutation($i: SaveSupportSchemeInput!) { saveSupportScheme(input: $i) { ${SCHEME_FIELDS} } }`;

export interface SchemesWorld extends NeedsWorld {
  /** the demo schemes' ids by name, saved by staff through the API */
  readonly schemeIds: ReadonlyMap<string, string>;
}

/** The needs world with the demo's three city schemes, saved by staff as the staff page does. */
export async function createSchemesWorld(): Promise<SchemesWorld> {
  const w = await createNeedsWorld();
  const schemeIds = new Map<string, string>();
  for (const scheme of DEMO_SCHEMES) {
    const r: GqlResult<{ saveSupportScheme: { id: string } }> = await w.as.staff.gql(SAVE, { i: scheme });
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    schemeIds.set(scheme.name, r.data.saveSupportScheme.id);
  }
  return { ...w, schemeIds };
}

/** A GraphQL call in a language, as a browser set to it sends it. */
export async function gqlIn<T>(
  w: NeedsWorld,
  language: 'ja' | 'en',
  query: string,
  variables: Record<string, unknown>,
  cookie = '',
): Promise<GqlResult<T>> {
  const res = await fetch(`${w.t.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': language, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GqlResult<T>;
}
