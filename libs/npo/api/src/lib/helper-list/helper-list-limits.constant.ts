/**
 * What a helper list may hold. The city's own lists are a few hundred rows (95 honoured
 * companies in five years), so these leave wide room while refusing a crafted file early.
 */
export const HELPER_LIST_LIMITS = {
  maxFileBytes: 5 * 1024 * 1024,
  maxRows: 5_000,
  maxColumns: 50,
  /** one cell; the longest real one (できること, 備考) is a paragraph */
  maxCellCharacters: 4_000,
} as const;
