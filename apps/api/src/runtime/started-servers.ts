/**
 * The embedded servers this process has spawned and not yet stopped, with the signal that stops
 * each cleanly. Read synchronously at the very end of the process ('exit'), when nothing async can
 * run any more: whatever path the process took to its end, the servers get their signal.
 */
const started = new Map<number, NodeJS.Signals>();

export function trackStartedServer(pid: number, stopSignal: NodeJS.Signals): void {
  started.set(pid, stopSignal);
}

export function untrackStartedServer(pid: number): void {
  started.delete(pid);
}

/** Sends each tracked server its stop signal; they finish their shutdown on their own. */
export function signalStartedServersNow(): void {
  for (const [pid, signal] of started) {
    try {
      process.kill(pid, signal);
    } catch {
      /* already gone */
    }
  }
  started.clear();
}
