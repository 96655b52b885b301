/** What the launcher asks a fresh PostgreSQL server: is the product's database there yet. */
interface AdminClient {
  query(text: string, values?: unknown[]): Promise<{ rowCount: number | null }>;
}

/** Creates the product's database on the embedded server unless it exists (first start of a DATA_DIR). */
export async function ensureDatabase(client: AdminClient, name: string): Promise<void> {
  const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  // CREATE DATABASE takes no parameters; the name is our own constant.
  if (!rowCount) await client.query(`CREATE DATABASE ${name}`);
}
