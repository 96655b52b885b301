/** One feature's contribution to the demo data; runs once per DATA_DIR. */
export interface DemoSeedStep {
  readonly name: string;
  /** returns a small summary that is stored with the step (counts, file names) */
  run(): Promise<Record<string, unknown>>;
}
