import type { Logger } from 'pino';
import { markProcessEnding, signalStartedServersNow, stopStartedServers } from './started-servers';

export interface ProcessEndOptions {
  readonly logger: Logger;
  /** stops what the process started, in order (API first, then the servers); must not exit */
  readonly shutdown: () => Promise<void>;
  /** exit code after SIGINT / SIGTERM / SIGHUP */
  readonly signalExitCode: (signal: NodeJS.Signals) => number;
  /** a shutdown that hangs is cut short after this long */
  readonly graceMs?: number;
}

export interface ProcessEnd {
  /** runs the shutdown once and exits with `code`; true if this call started it */
  end(code: number): boolean;
  readonly ending: boolean;
}

/**
 * However the process ends, the servers it started end with it:
 * - SIGINT / SIGTERM / SIGHUP, an uncaught exception, an unhandled rejection: the ordered
 *   shutdown, then every server still running is stopped and waited for, then exit (1 for a crash);
 * - any exit at all (process.exit anywhere, a shutdown that hung): on 'exit',
 *   where nothing asynchronous can run, every server still running gets its stop signal and
 *   finishes its own clean shutdown after we are gone.
 * Only kill -9 escapes this; for that the next start reaps them (see server-pid-file.ts).
 * Registered before anything starts, so a signal during start-up still stops what has started.
 */
export function stopServersWithProcess(options: ProcessEndOptions): ProcessEnd {
  let ending = false;
  const end = (code: number): boolean => {
    if (ending) return false;
    ending = true;
    markProcessEnding();
    setTimeout(() => {
      options.logger.error({ graceMs: options.graceMs ?? 30_000 }, 'shutdown took too long; exiting');
      process.exit(code);
    }, options.graceMs ?? 30_000).unref();
    void options
      .shutdown()
      .catch((err: unknown) => options.logger.error({ err }, 'shutdown failed'))
      // servers still starting when the end came, not yet in the hands of the shutdown
      .then(stopStartedServers)
      .finally(() => process.exit(code));
    return true;
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    // Repeated signals are ignored: under `npm start` a Ctrl-C reaches us twice (from the
    // terminal and forwarded by npm), and the ordered shutdown must not be cut short.
    process.on(signal, () => {
      if (ending) return;
      options.logger.info({ signal }, 'stopping');
      end(options.signalExitCode(signal));
    });
  }
  const crashed = (kind: string) => (error: unknown) => {
    options.logger.fatal({ err: error }, kind);
    process.stderr.write(`${kind}: ${error instanceof Error ? error.message : String(error)}\n`);
    end(1);
  };
  process.on('uncaughtException', crashed('uncaught exception'));
  process.on('unhandledRejection', crashed('unhandled rejection'));
  process.on('exit', signalStartedServersNow);
  return {
    end,
    get ending() {
      return ending;
    },
  };
}
