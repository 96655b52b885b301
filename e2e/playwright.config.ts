import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env['E2E_PORT'] ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;

// Debian's Chromium (Playwright's own browser download is not reachable here). Without the
// background-networking flags Chromium floods the closed network with refused connections.
const chromium = {
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

export default defineConfig({
  testDir: './tests',
  testMatch: '**/*.e2e.ts',
  outputDir: '../tmp/e2e/test-results',
  forbidOnly: !!process.env['CI'],
  retries: 0,
  workers: 2,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: '../tmp/e2e/results.json' }]],
  use: {
    baseURL,
    headless: true,
    launchOptions: chromium,
    locale: 'ja-JP',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'desktop', testIgnore: 'senior/**', use: { ...devices['Desktop Chrome'], launchOptions: chromium } },
    { name: 'phone', testIgnore: 'senior/**', use: { ...devices['Pixel 7'], launchOptions: chromium } },
    // The officer's phone as the senior-first issue measured it (390 × 844, 200 % text): these tests
    // open their own phone-sized pages, so they run once.
    { name: 'senior', testMatch: 'senior/**/*.e2e.ts', use: { launchOptions: chromium } },
  ],
  // The real product, as `npm start` runs it, on its own port and a fresh DATA_DIR.
  webServer: {
    command: 'rm -rf tmp/e2e/data && node dist/apps/api/apps/api/src/main.js',
    cwd: '..',
    url: `${baseURL}/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: { PORT: String(PORT), DATA_DIR: 'tmp/e2e/data', SEED_DEMO: 'true', LOG_LEVEL: 'warn' },
  },
});
