import type { DataSource } from 'typeorm';

/** The throw-away database `eval-matching` runs in, so the product's data is never touched. */
export const scratchDatabase = {
  async create(dataSource: DataSource, name: string): Promise<void> {
    if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`not a scratch database name: ${name}`);
    await dataSource.query(`CREATE DATABASE ${name}`);
  },
  async drop(dataSource: DataSource, name: string): Promise<void> {
    if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`not a scratch database name: ${name}`);
    await dataSource.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  },
};
