import { type DemoOpenDataOptions, generateDemoOpenDataRows } from './demo-open-data.generator';
import { encodeOpenDataCsv } from './open-data-csv.encoder';
import { zipOpenDataCsv } from './open-data-zip';

export interface DemoOpenDataZip {
  zipFileName: string;
  csvFileName: string;
  zip: Buffer;
  rowCount: number;
}

/** The demo file as the portal publishes it: one CP932 CSV with CRLF line ends, in a ZIP. */
export function buildDemoOpenDataZip(options: DemoOpenDataOptions = {}, fileDate = '20261031'): DemoOpenDataZip {
  const rows = generateDemoOpenDataRows({ outsideCityCount: 16, ...options });
  const csvFileName = `000_AdministrativeInputData_${fileDate}.csv`;
  return {
    zipFileName: `gyousei_demo_kitakyushu_${fileDate}.zip`,
    csvFileName,
    zip: zipOpenDataCsv(csvFileName, encodeOpenDataCsv(rows)),
    rowCount: rows.length,
  };
}
