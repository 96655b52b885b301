import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { NpoImportService } from '@tsunagu/npo/api';
import {
  OpenDataFormatError,
  encodeOpenDataCsv,
  generateDemoOpenDataRows,
  readOpenDataFile,
  zipOpenDataCsv,
} from '@tsunagu/npo/open-data';
import { type TestApp, startTestApp } from '../test-services';

/** Each read must end (rows or a refusal) within this; a hang fails the property. */
const READ_BOUND_MS = 5_000;

type Outcome = { kind: 'read'; rows: number; rejected: number } | { kind: 'refused'; message: string };

/**
 * Property-based fuzzing of the open-data reader (issue #11, case 7): arbitrary bytes,
 * truncations and byte mutations of a valid ZIP and CSV. The reader may only read rows (some
 * rejected) or refuse with an OpenDataFormatError: no other error, no unhandled error or
 * rejection, no hang. Through the import service, a refused or failed file writes nothing.
 */
describe('open-data reader under fuzzing', () => {
  let dir: string;
  let csv: Buffer;
  let zip: Buffer;
  let counter = 0;
  let allRows = 0;
  const unhandled: unknown[] = [];
  const onUnhandled = (error: unknown) => unhandled.push(error);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'open-data-fuzz-'));
    csv = encodeOpenDataCsv(generateDemoOpenDataRows({ count: 40, outsideCityCount: 4, seed: 5, quirks: true }));
    zip = zipOpenDataCsv('000_AdministrativeInputData_20261031.csv', csv);
    process.on('uncaughtException', onUnhandled);
    process.on('unhandledRejection', onUnhandled);
    const whole = await read(await fileOf(zip, 'zip'));
    allRows = whole.kind === 'read' ? whole.rows : -1;
    expect(allRows).toBe(44);
  });
  afterAll(() => {
    process.off('uncaughtException', onUnhandled);
    process.off('unhandledRejection', onUnhandled);
  });

  async function fileOf(bytes: Uint8Array, ext: string): Promise<string> {
    const path = join(dir, `f${counter++}.${ext}`);
    await writeFile(path, bytes);
    return path;
  }

  async function read(path: string): Promise<Outcome> {
    let timer: NodeJS.Timeout | undefined;
    const reading = (async (): Promise<Outcome> => {
      let rows = 0;
      let rejected = 0;
      try {
        for await (const row of readOpenDataFile(path)) {
          rows++;
          if (!row.ok) rejected++;
        }
        return { kind: 'read', rows, rejected };
      } catch (error) {
        if (error instanceof OpenDataFormatError) return { kind: 'refused', message: error.message };
        throw error;
      }
    })();
    const hang = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`the read of ${path} did not end within ${READ_BOUND_MS} ms`)),
        READ_BOUND_MS,
      );
    });
    try {
      return await Promise.race([reading, hang]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Lets late stream errors surface, then asserts none went unhandled. */
  async function noneUnhandled(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(unhandled).toEqual([]);
  }

  const ZIP_MAGIC = new Uint8Array([0x50, 0x4b, 0x03, 0x04]);
  const valid = () => ({ zip, csv });

  it('never crashes or hangs on arbitrary bytes, with or without a ZIP signature', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4_096 }), fc.boolean(), async (bytes, asZip) => {
        const content = asZip ? Buffer.concat([ZIP_MAGIC, bytes]) : bytes;
        const outcome = await read(await fileOf(content, asZip ? 'zip' : 'csv'));
        expect(['read', 'refused']).toContain(outcome.kind);
        await noneUnhandled();
      }),
      { numRuns: 150 },
    );
  });

  it.each(['zip', 'csv'] as const)('never crashes or hangs on a valid %s cut anywhere', async (kind) => {
    const whole = valid()[kind];
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: whole.length - 1 }), async (length) => {
        const outcome = await read(await fileOf(whole.subarray(0, length), kind));
        // A ZIP cut inside its CSV is refused, never read in part (cut after it, all its rows are there).
        if (kind === 'zip' && outcome.kind === 'read') expect(outcome.rows).toBe(allRows);
        else expect(['read', 'refused']).toContain(outcome.kind);
        await noneUnhandled();
      }),
      { numRuns: 100 },
    );
  });

  it.each(['zip', 'csv'] as const)('never crashes or hangs on a valid %s with bytes changed', async (kind) => {
    const whole = valid()[kind];
    const mutation = fc.array(
      fc.tuple(fc.integer({ min: 0, max: whole.length - 1 }), fc.integer({ min: 0, max: 255 })),
      {
        minLength: 1,
        maxLength: 8,
      },
    );
    await fc.assert(
      fc.asyncProperty(mutation, async (changes) => {
        const bytes = Buffer.from(whole);
        for (const [at, value] of changes) bytes[at] = value;
        const outcome = await read(await fileOf(bytes, kind));
        expect(['read', 'refused']).toContain(outcome.kind);
        await noneUnhandled();
      }),
      { numRuns: 100 },
    );
  });

  describe('through the import service', () => {
    let t: TestApp;

    beforeAll(async () => {
      t = await startTestApp();
      const summary = await t.app.get(NpoImportService).importFile({
        filePath: await fileOf(zip, 'zip'),
        fileName: 'baseline.zip',
        source: 'CLI',
        startedBy: 'fuzz',
      });
      expect(summary.status).toBe('SUCCEEDED');
    });
    afterAll(async () => {
      await t?.close();
    });

    it('never writes an NPO when a damaged file is refused or fails', async () => {
      const db = t.app.get(DataSource);
      const imports = t.app.get(NpoImportService);
      const snapshot = () => db.query(`SELECT id, source_hash, status, updated_at FROM npo ORDER BY id`);
      const damaged = fc.oneof(
        fc.integer({ min: 0, max: zip.length - 1 }).map((n) => zip.subarray(0, n)),
        fc
          .array(fc.tuple(fc.integer({ min: 0, max: zip.length - 1 }), fc.integer({ min: 0, max: 255 })), {
            minLength: 1,
            maxLength: 8,
          })
          .map((changes) => {
            const bytes = Buffer.from(zip);
            for (const [at, value] of changes) bytes[at] = value;
            return bytes;
          }),
        fc.uint8Array({ maxLength: 2_048 }).map((bytes) => Buffer.concat([ZIP_MAGIC, bytes])),
      );
      await fc.assert(
        fc.asyncProperty(damaged, async (bytes) => {
          const before = await snapshot();
          const summary = await imports.importFile({
            filePath: await fileOf(bytes, 'zip'),
            fileName: 'damaged.zip',
            source: 'CLI',
            startedBy: 'fuzz',
          });
          expect(summary.message ?? '').not.toContain('時間をおいて'); // never the unexpected-error path
          if (summary.status !== 'SUCCEEDED') expect(await snapshot()).toEqual(before);
          await noneUnhandled();
        }),
        { numRuns: 40 },
      );
    });
  });
});
