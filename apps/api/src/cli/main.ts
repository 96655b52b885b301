import 'reflect-metadata';
import { constants } from 'node:os';
import pino from 'pino';
import { ConfigError } from '@tsunagu/shared/api-core';
import { type CliContext, openCliContext } from './cli-context';
import { CliError } from './cli-error';
import { PRIVATE_UMASK } from '../runtime/private-data-dir';
import { stopServersWithProcess } from '../runtime/process-end';
import { createUserCommand } from './commands/create-user.command';
import { databookCommand } from './commands/databook.command';
import { evalMatchingCommand } from './commands/eval-matching.command';
import { importHelpersCommand } from './commands/import-helpers.command';
import { importNposCommand } from './commands/import-npos.command';
import { introductionRemindersCommand } from './commands/introduction-reminders.command';
import { reindexCommand } from './commands/reindex.command';

type Command = (context: CliContext, args: string[]) => Promise<Record<string, unknown>>;

const COMMANDS: Record<string, Command> = {
  'import-npos': importNposCommand,
  'import-helpers': importHelpersCommand,
  reindex: reindexCommand,
  'create-user': createUserCommand,
  'eval-matching': evalMatchingCommand,
  databook: databookCommand,
  'introduction-reminders': introductionRemindersCommand,
};

const USAGE = `使い方 / usage: npm run cli -- <command>
  import-npos <file.zip|file.csv>   NPO の公開データを取り込む / import the open-data file
  import-helpers <file.csv>         企業・大学などの一覧を取り込む / import a list of companies and university groups
  reindex                           検索の索引を作り直す / rebuild the search indexes
  create-user --role staff|admin --email E (--password-file FILE | --password - | --password P) [--name 表示名]
                                    職員・管理者のアカウントを作る / create a staff or admin account
  eval-matching                     マッチングの質を測る（nDCG@10, recall@10）/ measure matching quality
  databook --out FILE.pdf [--group-by field|ward] [--ward 区 …] [--field N …] [--size A4|A5]
                                    NPOデータブック（印刷用PDF）を作る / make the data book
  introduction-reminders            お願い・申し出の催促と締め切りを今すぐ確かめる / run the reminder passes now`;

/**
 * `npm run cli -- <command> …`: progress for people on stderr, and last ONE line of JSON on
 * stdout for scripts. Exit 0 on success; otherwise 1 (or 2 for bad configuration) with one line.
 * However the command ends (done, failed, crashed, Ctrl-C / SIGTERM), the servers it started end
 * with it (process-end.ts).
 */
async function main(): Promise<number | undefined> {
  process.umask(PRIVATE_UMASK);
  const [name, ...args] = process.argv.slice(2);
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    process.stderr.write(`${name ? `unknown command "${name}"\n` : ''}${USAGE}\n`);
    return name ? 1 : 0;
  }
  let context: CliContext | undefined;
  // Until the context has its own logger, crashes are logged at warn level to stderr.
  const logger = pino({ name: 'tsunagu-cli', level: 'warn' }, pino.destination(2));
  const processEnd = stopServersWithProcess({
    logger,
    // the shell's convention, 128 + the signal's number: a script sees the command did not finish
    signalExitCode: (signal) => 128 + (constants.signals[signal] ?? 0),
    shutdown: async () => {
      await context?.close();
    },
  });
  let code: number;
  try {
    context = await openCliContext();
    const result = await command(context, args);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    code = 0;
  } catch (error) {
    code = reportFailure(error, processEnd.ending, context);
  } finally {
    await context?.close().catch(() => undefined);
  }
  // A signal or a crash came first: its handler exits, with its code, once the servers are stopped.
  return processEnd.ending ? undefined : code;
}

/** One line on stderr, and the exit code; nothing when the command failed only because it was being stopped. */
function reportFailure(error: unknown, stopping: boolean, context: CliContext | undefined): number {
  if (error instanceof ConfigError) {
    process.stderr.write(`設定エラー / configuration error: ${error.message}\n`);
    return 2;
  }
  if (stopping) return 1;
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`エラー / error: ${message.split('\n')[0]}\n`);
  if (!(error instanceof CliError)) context?.logger.error({ err: error }, 'command failed');
  return 1;
}

void main().then((code) => {
  if (code !== undefined) process.exit(code);
});
