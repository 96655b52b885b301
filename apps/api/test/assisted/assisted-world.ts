import { AccountService } from '@tsunagu/accounts/api';
import { SessionClient } from '../accounts/session-client';
import { type NeedsWorld, PASSWORD, createNeedsWorld } from '../needs/needs-world';

export type AssistedPerson = 'centreStaff' | 'otherCentreStaff' | 'delegate' | 'takeoverOfficer';

export interface AssistedWorld extends NeedsWorld {
  readonly centre: string;
  readonly otherCentre: string;
  readonly people: Record<AssistedPerson, SessionClient>;
  readonly ids: Record<AssistedPerson, string>;
}

export const CENTRE_NAME = '黒崎市民センター';
export const OFFICER = { name: '田中 とし子', phone: '093-641-0000', address: '北九州市八幡西区黒崎三丁目1-1' };

/**
 * The needs world (officers, NPO members, staff, the fixture's NPOs) with two 市民センター, a
 * person who will be put on the first centre's staff, one of the other centre's, a family member
 * who can be made a delegate, and an officer who will take an assisted group over.
 */
export async function createAssistedWorld(): Promise<AssistedWorld> {
  const w = await createNeedsWorld();
  const addCentre = async (name: string, ward: string) => {
    const [c] = await w.db.query(
      `INSERT INTO community_group (name, kind, ward, area, representative_name, contact_phone, status)
       VALUES ($1, 'SHIMIN_CENTER', $2, $1, 'センター長', '093-600-0000', 'VERIFIED') RETURNING id`,
      [name, ward],
    );
    return c.id as string;
  };
  const centre = await addCentre(CENTRE_NAME, '八幡西区');
  const otherCentre = await addCentre('門司市民センター', '門司区');
  const accounts = w.t.app.get(AccountService);
  const ids = {} as Record<AssistedPerson, string>;
  const people = {} as Record<AssistedPerson, SessionClient>;
  for (const person of ['centreStaff', 'otherCentreStaff', 'delegate', 'takeoverOfficer'] as const) {
    const email = `${person.toLowerCase()}@example.jp`;
    ids[person] = (await accounts.create({ email, password: PASSWORD, displayName: `${person}さん` })).id;
    people[person] = await new SessionClient(w.t.baseUrl).signIn(email, PASSWORD);
  }
  return { ...w, centre, otherCentre, people, ids };
}

export const GROUP_FIELDS = `id name status assisted centreId representativeName contactPhone postalAddress viewerActsAs { kind name }`;

export function createAssistedGroup(as: SessionClient, centreId: string, extra: Record<string, unknown> = {}) {
  return as.gql<{ createAssistedGroup: Record<string, unknown> & { id: string } }>(
    `mutation($i: CreateAssistedGroupInput!) { createAssistedGroup(input: $i) { ${GROUP_FIELDS} } }`,
    {
      i: {
        centreId,
        name: '黒崎四丁目町内会',
        kind: 'JICHIKAI',
        ward: '八幡西区',
        officerName: OFFICER.name,
        phone: OFFICER.phone,
        postalAddress: OFFICER.address,
        consent: { method: 'PAPER_FORM', consentedOn: '2026-11-30', note: '同意書を受け取りました' },
        ...extra,
      },
    },
  );
}

export function assignCentreStaff(as: SessionClient, centreId: string, email: string) {
  return as.gql<{ assignCentreStaff: Array<{ userId: string }> }>(
    `mutation($i: AssignCentreStaffInput!) { assignCentreStaff(input: $i) { userId displayName } }`,
    { i: { centreId, email } },
  );
}
