/**
 * Human progress on stderr: a redrawn bar on a terminal, a line every 10% otherwise (CI logs).
 * stdout stays free for the one JSON summary line.
 */
export class ProgressLine {
  private lastDecile = -1;
  private readonly tty = process.stderr.isTTY === true;

  constructor(private readonly label: string) {}

  update(fraction: number, detail: string): void {
    const clamped = Math.max(0, Math.min(1, fraction));
    if (this.tty) {
      const width = 30;
      const filled = Math.round(clamped * width);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
      process.stderr.write(`\r${this.label} ${bar} ${String(Math.round(clamped * 100)).padStart(3)}% ${detail}\x1b[K`);
      return;
    }
    const decile = Math.floor(clamped * 10);
    if (decile > this.lastDecile) {
      this.lastDecile = decile;
      process.stderr.write(`${this.label} ${decile * 10}% ${detail}\n`);
    }
  }

  done(message: string): void {
    process.stderr.write(`${this.tty ? '\r\x1b[K' : ''}${this.label} ${message}\n`);
  }
}
