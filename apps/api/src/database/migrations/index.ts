import { CreateDemoSeed1764000000000 } from './1764000000000-create-demo-seed';

/**
 * Every migration, listed explicitly (no globs), so that the compiled app, Jest and the CLI
 * all run exactly the same set in the same order.
 */
export const MIGRATIONS = [CreateDemoSeed1764000000000];
