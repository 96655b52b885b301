import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger as NestPinoLogger } from 'nestjs-pino';
import { contractValidationPipe } from '@tsunagu/shared/api-core';
import { AppModule, type AppModuleOptions } from '../app.module';
import { serveWebClient } from './serve-web-client';

/** The Nest application, initialised (migrations run) but not yet listening. */
export async function createApp(options: AppModuleOptions & { serveWeb?: boolean }): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(NestPinoLogger));
  app.disable('x-powered-by');
  app.useGlobalPipes(contractValidationPipe());
  if (options.serveWeb) serveWebClient(app, options.config.webDistDir, options.logger);
  await app.init();
  return app;
}
