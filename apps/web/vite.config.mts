import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const appRoot = fileURLToPath(new URL('.', import.meta.url));
const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));
const api = `http://localhost:${process.env.PORT ?? 3000}`;

export default defineConfig({
  root: appRoot,
  // `@docs/…` is the repository's docs/ folder: the public API page shows docs/public-api.md itself.
  resolve: { tsconfigPaths: true, alias: { '@docs': `${workspaceRoot}docs` } },
  plugins: [react()],
  build: {
    outDir: `${workspaceRoot}dist/apps/web`,
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than our pages: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|tslib)[\\/]/ },
            { name: 'vendor', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    port: Number(process.env.WEB_DEV_PORT ?? 4200),
    // In development the API runs on its own port; the browser still sees one origin.
    proxy: Object.fromEntries(['/graphql', '/health', '/api', '/dev'].map((path) => [path, api])),
  },
});
