import type { Logger } from 'pino';
import { isProcessAlive } from './process.util';
import { processIsEnding, trackStartedServer, untrackStartedServer } from './started-servers';

export interface ExitInfo {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/** One run of a server: spawned, answering, and how it ended once it has. */
export interface ServerProcess {
  readonly pid: number;
  readonly exited: Promise<ExitInfo>;
}

/** What /health tells about an embedded server that this process looks after. */
export interface SupervisionStatus {
  /** how often it was started again after exiting on its own */
  readonly restarts: number;
  /** false while it is down and waiting to be started again */
  readonly running: boolean;
  readonly lastExit?: {
    readonly at: string;
    readonly code: number | null;
    readonly signal: string | null;
    /** when the run that followed came up; absent while it is still down */
    readonly restartedAt?: string;
  };
}

export interface SupervisorOptions {
  /** for the logs: "PostgreSQL", "Meilisearch" */
  readonly label: string;
  readonly stopSignal: NodeJS.Signals;
  /** spawns the server (same port, same data) and resolves once it answers */
  readonly launch: () => Promise<ServerProcess>;
  /** stops one run politely, then firmly */
  readonly stopRun: (run: ServerProcess) => Promise<void>;
  readonly logger: Logger;
  /** waits before each restart: 1 s, 2 s, 4 s … capped (tests shorten them) */
  readonly firstDelayMs?: number;
  readonly maxDelayMs?: number;
  /** a run that lasted this long was healthy: the back-off starts again from the first delay */
  readonly stableAfterMs?: number;
}

/**
 * Keeps an embedded server running: when it exits on its own (crash, OOM kill, kill -9) it is
 * started again on the same port and data, with exponential back-off so a server that cannot
 * start does not spin. The first start is not retried: a failure there is a start-up error the
 * operator must see.
 */
export class ServerSupervisor {
  private current?: ServerProcess;
  private startedAt = 0;
  private failures = 0;
  private restarts = 0;
  private lastExit?: { at: string; code: number | null; signal: string | null; restartedAt?: string };
  private stopping = false;
  private restarting?: Promise<void>;
  private wake?: () => void;

  constructor(private readonly options: SupervisorOptions) {}

  async start(): Promise<void> {
    this.adopt(await this.options.launch());
  }

  get pid(): number | undefined {
    return this.current?.pid;
  }

  status(): SupervisionStatus {
    return {
      restarts: this.restarts,
      running: !!this.current,
      ...(this.lastExit ? { lastExit: { ...this.lastExit } } : {}),
    };
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.restarting;
    const run = this.current;
    this.current = undefined;
    if (run) {
      await this.options.stopRun(run);
      untrackStartedServer(run.pid);
    }
  }

  private adopt(run: ServerProcess): void {
    this.current = run;
    this.startedAt = Date.now();
    trackStartedServer(run.pid, this.options.stopSignal);
    void run.exited.then((exit) => this.exitedOnItsOwn(run, exit));
  }

  private exitedOnItsOwn(run: ServerProcess, exit: ExitInfo): void {
    untrackStartedServer(run.pid);
    if (this.stopping || processIsEnding() || this.current !== run) return;
    this.current = undefined;
    this.lastExit = { at: new Date().toISOString(), code: exit.code, signal: exit.signal };
    if (Date.now() - this.startedAt >= (this.options.stableAfterMs ?? 60_000)) this.failures = 0;
    this.options.logger.error(
      { pid: run.pid, code: exit.code, signal: exit.signal },
      `embedded ${this.options.label} exited unexpectedly; starting it again`,
    );
    this.restarting = this.restartWithBackoff().finally(() => (this.restarting = undefined));
  }

  private async restartWithBackoff(): Promise<void> {
    const first = this.options.firstDelayMs ?? 1_000;
    const max = this.options.maxDelayMs ?? 30_000;
    while (!this.stopping) {
      const delay = Math.min(max, first * 2 ** this.failures++);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        timer.unref();
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
      if (this.stopping || processIsEnding()) return;
      let run: ServerProcess;
      try {
        run = await this.options.launch();
      } catch (error) {
        this.options.logger.error(
          { err: error, nextTryInMs: Math.min(max, first * 2 ** this.failures) },
          `embedded ${this.options.label} did not start again; trying later`,
        );
        continue;
      }
      if (this.stopping || processIsEnding()) {
        if (isProcessAlive(run.pid)) await this.options.stopRun(run);
        return;
      }
      this.restarts++;
      if (this.lastExit) this.lastExit.restartedAt = new Date().toISOString();
      this.adopt(run);
      this.options.logger.warn({ pid: run.pid, restarts: this.restarts }, `embedded ${this.options.label} is up again`);
      return;
    }
  }
}
