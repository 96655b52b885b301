/**
 * The file is not the open-data format at all (not a ZIP/CSV, empty, wrong header, unreadable
 * encoding) or is broken. The message is for a staff member: plain Japanese, what to do next.
 */
export class OpenDataFormatError extends Error {
  constructor(
    message: string,
    /** true when detected before any row was read: the run is refused, not failed */
    readonly beforeRows = true,
  ) {
    super(message);
    this.name = 'OpenDataFormatError';
  }
}
