/**
 * What the reader accepts from one open-data file. The real national file is about 60 MB of CSV
 * (a ZIP of a fifth of that) and its longest field a few thousand characters, so these leave wide
 * room for growth while refusing a crafted or broken file before it eats the server's memory.
 */
export const OPEN_DATA_LIMITS = {
  /** the CSV (inflated, for a ZIP) may be at most this many bytes; beyond it the file is refused */
  maxCsvBytes: 512 * 1024 * 1024,
  /**
   * one record (a row with its quoted line breaks) at most about this many bytes of UTF-8 text, else
   * the file is refused: csv-parse's `max_record_size`, which counts the field being read in bytes
   * and the finished ones in characters, and stops a record before it grows past it. Wide enough
   * that a row with a runaway field of a few MB is still read and rejected on its own (the field
   * limit below) while the other rows go in; only an endless field stops the file.
   */
  maxRecordBytes: 16_000_000,
  /** one field at most this many characters, else that row is rejected */
  maxFieldCharacters: 20_000,
  /**
   * A ZIP inflating to more than this many times the compressed bytes read is a ZIP bomb (a CSV
   * compresses about 5:1); checked once `ratioCheckAfterBytes` have been inflated.
   */
  maxCompressionRatio: 100,
  ratioCheckAfterBytes: 2 * 1024 * 1024,
  /** compressed bytes handed to the inflater at once: one push can inflate to ~1000× its size */
  inflateChunkBytes: 4 * 1024,
  /** decoded text handed to the CSV parser at once, so no single step blocks the event loop long */
  parseChunkBytes: 256 * 1024,
} as const;
