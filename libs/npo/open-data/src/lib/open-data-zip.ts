import { zipSync } from 'fflate';

/** Wraps one CSV in a ZIP the way the portal's bulk download does. */
export function zipOpenDataCsv(csvFileName: string, csv: Uint8Array): Buffer {
  return Buffer.from(zipSync({ [csvFileName]: csv }, { level: 6, mtime: new Date('2026-10-31T00:00:00Z') }));
}
