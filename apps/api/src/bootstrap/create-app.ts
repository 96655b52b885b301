import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { Logger as NestPinoLogger } from 'nestjs-pino';
import { ContractErrorFilter, contractValidationPipe, requestLanguageMiddleware } from '@tsunagu/shared/api-core';
import { AppModule, type AppModuleOptions } from '../app.module';
import { sameOriginOnly } from './same-origin.middleware';
import { serveWebClient } from './serve-web-client';

/** The Nest application, initialised (migrations run) but not yet listening. */
export async function createApp(options: AppModuleOptions & { serveWeb?: boolean }): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(NestPinoLogger));
  app.disable('x-powered-by');
  // Behind a reverse proxy every client would otherwise share the proxy's address (rate limits).
  app.set('trust proxy', options.config.trustProxy);
  // Security headers. The CSP allows only our own origin; inline styles for React's style props.
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: { 'img-src': ["'self'", 'data:'], 'style-src': ["'self'", "'unsafe-inline'"] },
      },
      strictTransportSecurity: options.config.nodeEnv === 'production',
    }),
  );
  // Before anything reads the body or the session: a cross-site POST is refused untouched.
  app.use(sameOriginOnly(options.config));
  // Every refusal is worded in the caller's language (the web client sends the one chosen).
  app.use(requestLanguageMiddleware);
  app.use(cookieParser());
  app.useBodyParser('json', { limit: '1mb' });
  app.useGlobalPipes(contractValidationPipe());
  app.useGlobalFilters(new ContractErrorFilter());
  if (options.serveWeb) serveWebClient(app, options.config.webDistDir, options.logger);
  await app.init();
  return app;
}
