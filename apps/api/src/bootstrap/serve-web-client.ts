import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import type { Logger } from 'pino';

const SERVER_PATHS = /^\/(graphql|api|health|dev)(\/|$)/;

/**
 * Serves the built web client from the same origin as the API (no CORS, one port), with the
 * client-side routes falling back to index.html.
 */
export function serveWebClient(app: NestExpressApplication, webDistDir: string, logger: Logger): void {
  const indexHtml = join(webDistDir, 'index.html');
  if (!existsSync(indexHtml)) {
    logger.warn({ webDistDir }, 'web client not built: the API runs alone (run `npm run build`)');
    return;
  }
  app.use(
    express.static(webDistDir, {
      index: false,
      // Vite fingerprints assets, so they can be cached for good; index.html never is.
      setHeaders: (res, path) => {
        if (path.includes(`${join(webDistDir, 'assets')}`))
          res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  app.use((req: express.Request, res: express.Response, next: express.NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || SERVER_PATHS.test(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
}
