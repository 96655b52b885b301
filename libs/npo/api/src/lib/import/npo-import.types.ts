import type { OpenDataReadProgress } from '@tsunagu/npo/open-data';

export type ImportSourceValue = 'CLI' | 'UPLOAD' | 'DEMO';

export interface ImportNposRequest {
  readonly filePath: string;
  /** the name the user knows the file by (an upload's original name) */
  readonly fileName: string;
  readonly source: ImportSourceValue;
  readonly startedBy: string;
}

export interface ImportNposSummary {
  importRunId: string;
  status: 'SUCCEEDED' | 'REFUSED' | 'FAILED';
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** rows whose NPO appeared earlier in the same file (the later row wins) */
  duplicates: number;
  markedNotInLatest: number;
  message: string | null;
}

export type ImportProgressListener = (progress: OpenDataReadProgress) => void;
