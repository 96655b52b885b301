import { terminate } from './process.util';

/**
 * The embedded servers this process has spawned and not yet stopped, with the signal that stops
 * each cleanly. Read synchronously at the very end of the process ('exit'), when nothing async can
 * run any more: whatever path the process took to its end, the servers get their signal.
 */
const started = new Map<number, NodeJS.Signals>();
let ending = false;

export function markProcessEnding(): void {
  ending = true;
}

/** true once the process has begun to end: a server that exits now must not be started again. */
export function processIsEnding(): boolean {
  return ending;
}

export function trackStartedServer(pid: number, stopSignal: NodeJS.Signals): void {
  started.set(pid, stopSignal);
}

export function untrackStartedServer(pid: number): void {
  started.delete(pid);
}

/**
 * Stops every tracked server and waits until each has exited: for a shutdown that comes before
 * the servers were handed to their owner (a signal or a crash during start-up).
 */
export async function stopStartedServers(): Promise<void> {
  ending = true;
  await Promise.all([...started].map(([pid, signal]) => terminate(pid, signal, 20_000)));
  started.clear();
}

/** Sends each tracked server its stop signal; they finish their shutdown on their own. */
export function signalStartedServersNow(): void {
  ending = true;
  for (const [pid, signal] of started) {
    try {
      process.kill(pid, signal);
    } catch {
      /* already gone */
    }
  }
  started.clear();
}
