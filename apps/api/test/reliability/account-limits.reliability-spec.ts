import fc from 'fast-check';
import { SIGN_UP } from '../accounts/mailbox';
import { SessionClient, type GqlResult } from '../accounts/session-client';
import { type TestApp, startTestApp } from '../test-services';

const SIGN_IN = `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { email } }`;
const code = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.['code'];
const rateLimited = (r: GqlResult<unknown>) =>
  code(r) === 'FORBIDDEN' && r.errors?.[0]?.extensions?.['reason'] === 'RATE_LIMITED';

/**
 * The limits count and decide in one SQL statement: whatever the size of a burst of parallel
 * requests, exactly the allowed number get through, never more, never fewer.
 */
describe('account limits under parallel bursts', () => {
  let t: TestApp;
  let run = 0;
  beforeAll(async () => {
    t = await startTestApp({ env: { TRUST_PROXY: 'loopback' } });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('a burst of parallel wrong passwords from one address is checked exactly min(burst, 5) times', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 40 }), async (burst) => {
        run++;
        const client = new SessionClient(t.baseUrl, `192.0.2.${run}`);
        const email = `burst${run}@example.jp`;
        const answers = await Promise.all(
          Array.from({ length: burst }, (_, i) => client.gql(SIGN_IN, { email, password: `guess-${i}-xx` })),
        );
        expect(answers.filter((r) => code(r) === 'UNAUTHENTICATED')).toHaveLength(Math.min(burst, 5));
        expect(answers.filter(rateLimited)).toHaveLength(Math.max(0, burst - 5));
      }),
      { numRuns: 15 },
    );
  });

  it('a burst of parallel sign-ups of one address is taken exactly min(burst, 3) times', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 12 }), async (burst) => {
        run++;
        const client = new SessionClient(t.baseUrl, `192.0.2.${run}`);
        const input = { email: `signup${run}@example.jp`, password: 'burst-password-1', displayName: '並列' };
        const answers = await Promise.all(Array.from({ length: burst }, () => client.gql(SIGN_UP, { input })));
        expect(answers.filter((r) => r.data?.['signUp'] === true)).toHaveLength(Math.min(burst, 3));
        expect(answers.filter(rateLimited)).toHaveLength(Math.max(0, burst - 3));
      }),
      { numRuns: 15 },
    );
  });
});
