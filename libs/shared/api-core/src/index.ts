export * from './lib/config/app-config';
export * from './lib/config/app-config.token';
export * from './lib/errors/error-code.constant';
export * from './lib/errors/format-graphql-error';
export * from './lib/logging/create-logger';
export * from './lib/errors/contract-error';
export * from './lib/validation/contract-validation.pipe';
