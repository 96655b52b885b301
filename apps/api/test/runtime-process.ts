import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findFreePort } from '../src/runtime/process.util';

/** Helpers for tests that run the built product (`npm start`) and CLI (`npm run cli`) as processes. */
export const MAIN = join(process.cwd(), 'dist/apps/api/apps/api/src/main.js');
export const CLI = join(process.cwd(), 'dist/apps/api/apps/api/src/cli/main.js');

export interface Running {
  readonly child: ChildProcess;
  readonly baseUrl: string;
  readonly port: number;
  readonly stderr: () => string;
}

/** The product on its own DATA_DIR and a free PORT; stderr kept for error messages. */
export async function startProduct(dataDir: string, env: Record<string, string> = {}): Promise<Running> {
  const port = await findFreePort();
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env['PATH'],
      HOME: process.env['HOME'],
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  return { child, port, baseUrl: `http://127.0.0.1:${port}`, stderr: () => stderr };
}

export async function waitHealthy(running: Running, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (running.child.exitCode !== null) throw new Error(`product exited: ${running.stderr()}`);
    try {
      if ((await fetch(`${running.baseUrl}/health`)).ok) return;
    } catch {
      /* not yet listening */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`product not healthy within ${timeoutMs} ms: ${running.stderr()}`);
}

export function exitOf(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve(child.exitCode)
    : new Promise((r) => child.once('exit', (code) => r(code)));
}

export interface CliRun {
  readonly child: ChildProcess;
  readonly done: Promise<{ code: number | null; stdout: string; stderr: string }>;
}

/** `npm run cli -- …` as the built CLI; `nodeArgs` go before the script (e.g. --require). */
export function runCli(
  args: string[],
  env: Record<string, string | undefined>,
  options: { nodeArgs?: string[]; stdin?: string } = {},
): CliRun {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), CLI, ...args], {
    env: { PATH: process.env['PATH'], HOME: process.env['HOME'], LOG_LEVEL: 'warn', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  if (options.stdin !== undefined) child.stdin?.end(options.stdin);
  // 'exit' can come before the last output is read; a server the CLI left behind may keep the pipes
  // open, so wait for them to close, but not for ever.
  const closed = (stream: NodeJS.ReadableStream | null) =>
    stream ? new Promise<void>((r) => stream.once('close', () => r())) : Promise.resolve();
  const outputRead = Promise.all([closed(child.stdout), closed(child.stderr)]);
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.once('exit', (code) => {
      void Promise.race([outputRead, new Promise((r) => setTimeout(r, 2_000))]).then(() =>
        resolve({ code, stdout, stderr }),
      );
    }),
  );
  return { child, done };
}

/** Every process below `pid` (children, their children …), from /proc. */
export function descendants(pid: number): number[] {
  const children = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        // /proc/<pid>/stat: "pid (comm) state ppid …" — comm may hold spaces, so split after ')'
        const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
  return children.flatMap((c) => [c, ...descendants(c)]);
}

/** The command line of a process as `ps` shows it to every user of the machine. */
export function commandLine(pid: number): string {
  return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
}

/** The pid of the direct child of `parent` whose executable is `binary` (e.g. meilisearch). */
export function childNamed(parent: number, binary: string): number | undefined {
  return descendants(parent).find((pid) => {
    try {
      return commandLine(pid).split(' ')[0].endsWith(`/${binary}`);
    } catch {
      return false;
    }
  });
}

/** Permission bits (e.g. 0o600) of a file or directory. */
export function modeOf(path: string): number {
  return statSync(path).mode & 0o777;
}

/**
 * The local addresses that listen on TCP `port` on this machine, from /proc/net/tcp and tcp6
 * (e.g. ["127.0.0.1"], or ["0.0.0.0"] / ["::"] for every interface).
 */
export function listeningAddresses(port: number): string[] {
  const found: string[] = [];
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let lines: string[];
    try {
      lines = readFileSync(file, 'utf8').trim().split('\n').slice(1);
    } catch {
      continue;
    }
    for (const line of lines) {
      const [, local, , state] = line.trim().split(/\s+/);
      const [hexAddress, hexPort] = local.split(':');
      if (state !== '0A' || parseInt(hexPort, 16) !== port) continue; // 0A = LISTEN
      found.push(hexAddress.length === 8 ? ipv4(hexAddress) : ipv6(hexAddress));
    }
  }
  return found;
}

// /proc/net/tcp writes addresses as the kernel holds them: 32-bit words in host (little-endian) order
function ipv4(hex: string): string {
  return [6, 4, 2, 0].map((i) => parseInt(hex.slice(i, i + 2), 16)).join('.');
}

function ipv6(hex: string): string {
  const words = hex.match(/.{8}/g) ?? [];
  const bytes = words.flatMap((w) => [6, 4, 2, 0].map((i) => w.slice(i, i + 2)));
  const groups = [];
  for (let i = 0; i < 16; i += 2) groups.push(parseInt(bytes[i] + bytes[i + 1], 16).toString(16));
  const text = groups.join(':');
  return text === '0:0:0:0:0:0:0:0' ? '::' : text;
}
