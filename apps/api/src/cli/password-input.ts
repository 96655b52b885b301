import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { CliError } from './cli-error';

/** Where create-user may take the new account's password from, safest first. */
export interface PasswordSources {
  /** `--password-file FILE`: its first line */
  readonly file?: string;
  /** `--password -`: one line from stdin; `--password P`: P itself (visible in `ps`) */
  readonly option?: string;
  /** TSUNAGU_NEW_USER_PASSWORD */
  readonly env?: string;
}

export const PASSWORD_ON_COMMAND_LINE_WARNING =
  '警告 / warning: --password の値はこのマシンの他の利用者にも見えます（ps）。--password-file FILE、--password -（標準入力）か TSUNAGU_NEW_USER_PASSWORD を使ってください / --password is visible to other users of this machine (ps); use --password-file FILE, --password - (stdin) or TSUNAGU_NEW_USER_PASSWORD';

/**
 * A password given on the command line can be read by every user of the machine for as long as
 * the command runs (`ps`, /proc/<pid>/cmdline), and stays in shell history. So it can also come
 * from a file, from stdin or from the environment (/proc/<pid>/environ is private to its owner);
 * `--password P` still works, as the contract names it, with a warning.
 */
export async function readNewUserPassword(
  sources: PasswordSources,
  io: { stdin: Readable; warn: (line: string) => void },
): Promise<string | undefined> {
  if (sources.file !== undefined && sources.option !== undefined)
    throw new CliError('--password と --password-file は、どちらか一つにしてください');
  if (sources.file !== undefined) {
    const text = await readFile(sources.file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw new CliError(`--password-file を読めません: ${sources.file} (${error.code ?? error.message})`);
    });
    return firstLine(text);
  }
  if (sources.option === '-') return readLine(io.stdin);
  if (sources.option !== undefined) {
    io.warn(PASSWORD_ON_COMMAND_LINE_WARNING);
    return sources.option;
  }
  return sources.env || undefined;
}

function firstLine(text: string): string {
  return text.split(/\r?\n/)[0];
}

/** One line from stdin (piped or typed), without its line ending; empty at end of input. */
function readLine(stdin: Readable): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: stdin, terminal: false });
    let answered = false;
    lines.once('line', (line) => {
      answered = true;
      resolve(line);
      lines.close();
    });
    lines.once('close', () => {
      if (!answered) resolve('');
    });
    stdin.once('error', reject);
  });
}
