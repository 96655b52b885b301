import type { DataSource } from 'typeorm';
import type { NpoImportService } from '@tsunagu/npo/api';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits (≤ 60 s) until the run of `fileName` has read `rows` rows: its progress is written outside the transaction. */
export async function waitUntilImportUnderWay(db: DataSource, fileName: string, rows = 2_000): Promise<number> {
  let processed = 0;
  for (const until = Date.now() + 60_000; processed < rows && Date.now() < until;) {
    const [run] = await db.query(`SELECT processed_rows FROM npo_import_run WHERE file_name = $1`, [fileName]);
    processed = run?.processed_rows ?? 0;
    if (processed < rows) await pause(50);
  }
  return processed;
}

/** The run of `fileName` as staff see it (listRuns), polled for up to a minute until it is FAILED. */
export async function runAsStaffSeeItWithinAMinute(
  imports: NpoImportService,
  fileName: string,
): Promise<{ status: string; message: string | null } | null> {
  let run: { status: string; message: string | null } | null = null;
  for (const until = Date.now() + 60_000; run?.status !== 'FAILED' && Date.now() < until;) {
    run = (await imports.listRuns(20)).find((r) => r.fileName === fileName) ?? null;
    if (run?.status !== 'FAILED') await pause(1_000);
  }
  return run;
}
