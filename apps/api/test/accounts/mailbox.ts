import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { MailDeliveryWorker } from '@tsunagu/mail/api';
import type { TestApp } from '../test-services';
import { type GqlResult, SessionClient } from './session-client';

export interface ReceivedMail {
  readonly to: string;
  readonly text: string;
}

/** Delivers what is queued and reads the dev mailbox (DATA_DIR/mail), decoded, oldest first. */
export async function mailbox(t: TestApp): Promise<ReceivedMail[]> {
  await t.app.get(MailDeliveryWorker).deliverDue();
  const dir = join(t.config.dataDir, 'mail');
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.eml')).sort();
  return Promise.all(
    files.map(async (f) => {
      const raw = await readFile(join(dir, f), 'utf8');
      const [head] = raw.split(/\r?\n\r?\n/);
      return {
        to: /^To: (.*)$/m.exec(head)?.[1]?.trim() ?? '',
        text: decodeBody(raw),
      };
    }),
  );
}

export const mailsTo = async (t: TestApp, to: string) => (await mailbox(t)).filter((m) => m.to === to);

/**
 * The token of the newest sign-up confirmation link mailed to `to`. Waits a little for it: the
 * app's own mail worker may hold the mail (SKIP LOCKED) while deliverDue runs, and write it a moment later.
 */
export async function confirmationToken(t: TestApp, to: string, waitMs = 5_000): Promise<string | undefined> {
  for (const until = Date.now() + waitMs; ;) {
    const links = (await mailsTo(t, to)).map((m) => /signup\/confirm\?token=([\w-]+)/.exec(m.text)?.[1]);
    const token = links.filter(Boolean).pop();
    if (token || Date.now() > until) return token;
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) }`;
export const CONFIRM_SIGN_UP = `mutation($token: String!, $password: String!) {
  confirmSignUp(token: $token, password: $password) { id email displayName role } }`;

/** Signs up, follows the mailed link and returns the browser, signed in. */
export async function signUpAndConfirm(
  t: TestApp,
  input: { email: string; password: string; displayName: string },
  browser = new SessionClient(t.baseUrl),
): Promise<SessionClient> {
  const up = await browser.gql(SIGN_UP, { input });
  if (up.errors) throw new Error(`sign-up failed for ${input.email}: ${up.errors[0].message}`);
  const token = await confirmationToken(t, input.email.normalize('NFKC').trim().toLowerCase());
  const confirmed: GqlResult = await browser.gql(CONFIRM_SIGN_UP, { token, password: input.password });
  if (confirmed.errors) throw new Error(`confirmation failed for ${input.email}: ${confirmed.errors[0].message}`);
  return browser;
}

function decodeBody(raw: string): string {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  if (/base64/i.test(head)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  return Buffer.from(
    body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
    'latin1',
  ).toString('utf8');
}
