import { errorCode } from '../accounts/session-client';
import { type IntroductionWorld, createIntroductionWorld } from './introduction-world';

const GENERATE = `mutation($i: GenerateInvitationLettersInput!) {
  generateInvitationLetters(input: $i) { id npoCount skipped } }`;

/**
 * A letter needs a registered address to go to. An NPO whose open-data row has none is left out
 * of a print run (counted as skipped), and a run of only such NPOs is refused with the next step:
 * tell them by phone or mail.
 */
describe('invitation letters: NPOs without a registered address', () => {
  let w: IntroductionWorld;

  beforeAll(async () => {
    w = await createIntroductionWorld();
  });
  afterAll(async () => {
    await w?.t.close();
  });

  it('leaves them out of a run, and refuses a run of only them with what to do instead', async () => {
    const [noAddress, withAddress] = w.unclaimed.map((n) => n.id);
    await w.db.query(`UPDATE npo SET address = NULL WHERE id = $1`, [noAddress]);

    const mixed = await w.as.staff.gql<{ generateInvitationLetters: { npoCount: number; skipped: number } }>(GENERATE, {
      i: { selection: 'CHOSEN', npoIds: [noAddress, withAddress], sendMail: false },
    });
    expect(mixed.errors).toBeUndefined();
    expect(mixed.data!.generateInvitationLetters).toMatchObject({ npoCount: 1, skipped: 1 });

    const only = await w.as.staff.gql(GENERATE, { i: { selection: 'CHOSEN', npoIds: [noAddress], sendMail: false } });
    expect(errorCode(only)).toBe('BAD_USER_INPUT');
    expect(only.errors?.[0]?.extensions?.['field']).toBe('npoIds');
    expect(only.errors?.[0]?.message).toContain('電話やメールでお伝えし');
  });
});
