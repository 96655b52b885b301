import { parseArgs } from 'node:util';
import { AccountService, AuditLogService } from '@tsunagu/accounts/api';
import { newUserPasswordFromEnv } from '@tsunagu/shared/api-core';
import type { CliContext } from '../cli-context';
import { CliError } from '../cli-error';
import { readNewUserPassword } from '../password-input';

const USAGE =
  '使い方 / usage: npm run cli -- create-user --role staff|admin --email E (--password-file FILE | --password - | --password P) [--name 表示名]\n  (パスワードは TSUNAGU_NEW_USER_PASSWORD でも渡せます / or set TSUNAGU_NEW_USER_PASSWORD)';

/** `create-user`: the first staff and admin accounts (nobody can sign up as staff). */
export async function createUserCommand(context: CliContext, args: string[]): Promise<Record<string, unknown>> {
  let values: { role?: string; email?: string; password?: string; 'password-file'?: string; name?: string };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        role: { type: 'string' },
        email: { type: 'string' },
        password: { type: 'string' },
        'password-file': { type: 'string' },
        name: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n${USAGE}`);
  }
  const role = values.role?.toUpperCase();
  if (role !== 'STAFF' && role !== 'ADMIN') throw new CliError(`--role は staff か admin です\n${USAGE}`);
  if (!values.email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(values.email))
    throw new CliError(`--email が正しくありません\n${USAGE}`);
  const password = await readNewUserPassword(
    {
      file: values['password-file'],
      option: values.password,
      env: newUserPasswordFromEnv(),
    },
    { stdin: process.stdin, warn: (line) => process.stderr.write(`${line}\n`) },
  );
  if (!password || password.length < 8) throw new CliError(`--password は8文字以上にしてください\n${USAGE}`);
  let user;
  try {
    user = await context.app.get(AccountService).create({
      email: values.email,
      password,
      displayName: values.name ?? (role === 'ADMIN' ? '管理者' : '市の職員'),
      role,
    });
  } catch (error) {
    throw new CliError((error as Error).message);
  }
  await context.app.get(AuditLogService).record({
    actorUserId: null,
    action: 'user.created-by-cli',
    targetType: 'user',
    targetId: user.id,
    detail: { role },
  });
  process.stderr.write(`作成しました / created: ${user.email} (${role})\n`);
  return { id: user.id };
}
