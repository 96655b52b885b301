import { toCsv } from '@tsunagu/shared/api-core';
import {
  OPEN_DATA_ATTRIBUTION,
  OPEN_DATA_LICENCE,
  OPEN_DATA_LICENCE_URL,
  OPEN_DATA_SCHEMA_VERSION,
  type OpenDataColumn,
  type OpenDataRecord,
  type OpenDataValue,
} from './open-data-schema';

export interface OpenDataDocument {
  schemaVersion: string;
  licence: string;
  licenceUrl: string;
  attribution: string;
  generatedAt: string;
  fields: readonly OpenDataColumn[];
  rows: OpenDataRecord[];
}

/** The JSON file: the licence and the column descriptions travel with the rows. */
export function openDataJson(
  columns: readonly OpenDataColumn[],
  rows: OpenDataRecord[],
  generatedAt: Date,
): OpenDataDocument {
  return {
    schemaVersion: OPEN_DATA_SCHEMA_VERSION,
    licence: OPEN_DATA_LICENCE,
    licenceUrl: OPEN_DATA_LICENCE_URL,
    attribution: OPEN_DATA_ATTRIBUTION,
    generatedAt: generatedAt.toISOString(),
    fields: columns,
    rows: rows.map((row) => Object.fromEntries(columns.map((c) => [c.name, row[c.name] ?? null]))),
  };
}

const cell = (value: OpenDataValue | undefined): string | number =>
  value === null || value === undefined ? '' : Array.isArray(value) ? value.join(';') : value;

/**
 * The CSV file: UTF-8 with a BOM (Excel then reads the Japanese), one header row of the columns'
 * names in the schema's order, lists joined with ";". Cells that would start a formula are
 * neutralised by toCsv, as in the staff's exports.
 */
export function openDataCsv(columns: readonly OpenDataColumn[], rows: OpenDataRecord[]): Buffer {
  return toCsv(
    rows.map((row) => columns.map((c) => cell(row[c.name]))),
    columns.map((c) => c.name),
  );
}
