import { randomUUID } from 'node:crypto';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import type { Logger } from 'pino';
import {
  APP_CONFIG,
  type AppConfig,
  JOB_WORKERS,
  ApiCoreModule,
  graphqlErrorFormatter,
  inputGuardPlugin,
  queryCostRule,
  queryLimitsRule,
} from '@tsunagu/shared/api-core';
import { AccountsModule } from '@tsunagu/accounts/api';
import { DataBookModule } from '@tsunagu/databook/api';
import { MailModule } from '@tsunagu/mail/api';
import { MarcheModule } from '@tsunagu/marche/api';
import { LanguageModule } from '@tsunagu/language/api';
import { MatchingModule } from '@tsunagu/matching/api';
import { NeedsModule } from '@tsunagu/needs/api';
import { NotificationsModule } from '@tsunagu/notifications/api';
import { NpoModule } from '@tsunagu/npo/api';
import { OutreachModule } from '@tsunagu/outreach/api';
import { AssistedModule } from '@tsunagu/assisted/api';
import { SchemesModule } from '@tsunagu/schemes/api';
import { ImpactModule } from '@tsunagu/impact/api';
import { StoriesModule } from '@tsunagu/stories/api';
import { SearchModule } from '@tsunagu/search/api';
import { dataSourceOptions } from './database/data-source-options';
import { QUERY_COST_LIMITS } from './graphql/query-cost.constant';
import { HealthModule } from './health/health.module';
import { SeedsModule } from './seeds/seeds.module';
import { type BackingServices, EMBEDDED_SUPERVISION } from './runtime/backing-services';

export interface AppModuleOptions {
  readonly config: AppConfig;
  readonly services: Pick<BackingServices, 'databaseUrl' | 'meiliUrl' | 'meiliMasterKey'> &
    Partial<Pick<BackingServices, 'supervision'>>;
  readonly logger: Logger;
  /** build the GraphQL schema only: no database connection, no migrations (schema drift check) */
  readonly schemaOnly?: boolean;
  /** take background jobs (data books); off for CLI commands */
  readonly jobWorkers?: boolean;
}

const REQUEST_ID = /^[\w.-]{1,64}$/;

@Module({})
export class AppModule {
  static forRoot({ config, services, logger, schemaOnly = false, jobWorkers = true }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            logger,
            // A caller's X-Request-Id is kept so one id follows a request across systems.
            genReqId: (req, res) => {
              const incoming = req.headers['x-request-id'];
              const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
              res.setHeader('x-request-id', id);
              return id;
            },
            autoLogging: { ignore: (req) => req.url === '/health' },
          },
        }),
        TypeOrmModule.forRoot({ ...dataSourceOptions(services.databaseUrl, logger), manualInitialization: schemaOnly }),
        SearchModule.forRoot({
          url: services.meiliUrl,
          apiKey: services.meiliMasterKey,
          indexPrefix: config.meiliIndexPrefix,
        }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: true,
          sortSchema: true,
          playground: false,
          introspection: config.nodeEnv !== 'production',
          includeStacktraceInErrorResponses: false,
          csrfPrevention: true,
          plugins: [inputGuardPlugin()],
          validationRules: [queryLimitsRule({ maxDepth: 10 }), queryCostRule(QUERY_COST_LIMITS)],
          formatError: graphqlErrorFormatter({ hideSuggestions: config.nodeEnv === 'production' }),
          context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
        }),
        ApiCoreModule,
        LanguageModule,
        HealthModule,
        MailModule,
        AccountsModule,
        NpoModule,
        NotificationsModule,
        NeedsModule,
        MatchingModule,
        DataBookModule,
        MarcheModule,
        OutreachModule,
        AssistedModule,
        SchemesModule,
        ImpactModule,
        StoriesModule,
        SeedsModule,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: JOB_WORKERS, useValue: jobWorkers && !schemaOnly },
        // /health reports restarts of the servers this process runs (none when they are external)
        { provide: EMBEDDED_SUPERVISION, useValue: services.supervision ?? null },
      ],
      exports: [APP_CONFIG, JOB_WORKERS, EMBEDDED_SUPERVISION],
      global: true,
    };
  }
}
