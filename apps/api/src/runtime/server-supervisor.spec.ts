import { spawn } from 'node:child_process';
import pino from 'pino';
import { isProcessAlive, terminate, waitForExit } from './process.util';
import { type ExitInfo, type ServerProcess, ServerSupervisor } from './server-supervisor';

/** A real child process (`sleep`) stands in for a server: what is tested is the supervision. */
function launchSleep(launched: number[], failFirst = 0) {
  let calls = 0;
  return async (): Promise<ServerProcess> => {
    calls++;
    if (calls > 1 && calls <= 1 + failFirst) throw new Error('port still taken');
    const child = spawn('sleep', ['60'], { stdio: 'ignore' });
    const exited = new Promise<ExitInfo>((r) => child.once('exit', (code, signal) => r({ code, signal })));
    launched.push(child.pid as number);
    return { pid: child.pid as number, exited };
  };
}

async function until(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe(ServerSupervisor.name, () => {
  const logger = pino({ level: 'silent' });
  const stopRun = (run: ServerProcess) => terminate(run.pid, 'SIGTERM', 2_000);

  it('starts a server again after it is killed, and reports the restart and how it exited', async () => {
    const launched: number[] = [];
    const supervisor = new ServerSupervisor({
      label: 'test',
      stopSignal: 'SIGTERM',
      launch: launchSleep(launched),
      stopRun,
      logger,
      firstDelayMs: 20,
    });
    await supervisor.start();
    process.kill(launched[0], 'SIGKILL');
    await until(() => launched.length === 2 && supervisor.status().running);
    expect(supervisor.status()).toEqual({
      restarts: 1,
      running: true,
      lastExit: { at: expect.any(String), code: null, signal: 'SIGKILL', restartedAt: expect.any(String) },
    });
    expect(supervisor.pid).toBe(launched[1]);
    await supervisor.stop();
    expect(await waitForExit(launched[1], 2_000)).toBe(true);
  });

  it('waits longer after each failed try (back-off), and stops trying once stopped', async () => {
    const launched: number[] = [];
    const supervisor = new ServerSupervisor({
      label: 'test',
      stopSignal: 'SIGTERM',
      launch: launchSleep(launched, 2),
      stopRun,
      logger,
      firstDelayMs: 100,
    });
    await supervisor.start();
    const killedAt = Date.now();
    process.kill(launched[0], 'SIGKILL');
    await until(() => launched.length === 2);
    // tries after 100 ms (fails), 200 ms (fails), 400 ms (works)
    expect(Date.now() - killedAt).toBeGreaterThanOrEqual(700);
    expect(supervisor.status().restarts).toBe(1);

    process.kill(launched[1], 'SIGKILL');
    await until(() => !supervisor.status().running);
    await supervisor.stop();
    await new Promise((r) => setTimeout(r, 1_000));
    expect(launched).toHaveLength(2); // no restart once stopped
    expect(launched.filter(isProcessAlive)).toEqual([]);
  });

  it('does not restart a server that its owner stops', async () => {
    const launched: number[] = [];
    const supervisor = new ServerSupervisor({
      label: 'test',
      stopSignal: 'SIGTERM',
      launch: launchSleep(launched),
      stopRun,
      logger,
      firstDelayMs: 10,
    });
    await supervisor.start();
    await supervisor.stop();
    await new Promise((r) => setTimeout(r, 200));
    expect(launched).toHaveLength(1);
    expect(supervisor.status()).toEqual({ restarts: 0, running: false });
  });
});
