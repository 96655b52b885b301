import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Web unit tests (`*.test.ts(x)`): the UI kit and the web app's form rules, in a fake DOM.
// Jest globs `*.spec.ts` and never picks these up.
export default defineConfig({
  resolve: { tsconfigPaths: true, alias: { '@docs': fileURLToPath(new URL('docs', import.meta.url)) } },
  plugins: [react()],
  test: {
    include: ['libs/shared/ui/**/*.test.tsx', 'apps/web/src/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['libs/shared/ui/src/test/setup.ts'],
  },
});
