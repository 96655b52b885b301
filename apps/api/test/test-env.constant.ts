/** Environment variables through which globalSetup hands the shared test services to test files. */
export const TEST_ENV = {
  adminDatabaseUrl: 'TSUNAGU_TEST_ADMIN_DATABASE_URL',
  meiliUrl: 'TSUNAGU_TEST_MEILI_URL',
  meiliKey: 'TSUNAGU_TEST_MEILI_KEY',
  tmpDir: 'TSUNAGU_TEST_TMP_DIR',
} as const;
