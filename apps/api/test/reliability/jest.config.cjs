// The reliability suite (`npm run test:reliability`, also run by CI): property-based fuzzing of the
// open-data reader, kill -9 of processes, outages, and every test that starts the built product or
// CLI as a process of its own (start-up, lifecycle, secrets in `ps`). Slower than `npm test`, so kept
// apart from it; same real PostgreSQL and Meilisearch as the integration tests (globalSetup).
const { resolve } = require('node:path');

module.exports = {
  displayName: 'reliability',
  rootDir: resolve(__dirname, '../../../..'),
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j|mj)s$': '@swc/jest' },
  transformIgnorePatterns: ['/node_modules/(?!meilisearch/)'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/e2e/'],
  testMatch: ['<rootDir>/apps/api/test/reliability/**/*.reliability-spec.ts'],
  globalSetup: '<rootDir>/apps/api/test/global-setup.ts',
  globalTeardown: '<rootDir>/apps/api/test/global-teardown.ts',
  testTimeout: 180000,
  maxWorkers: 2,
};
