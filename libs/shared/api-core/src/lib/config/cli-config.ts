import { type AppConfig, loadAppConfig } from './app-config';

/** The operator commands' configuration: the app's, with quieter logs unless LOG_LEVEL says otherwise. */
export function loadCliConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return loadAppConfig({ LOG_LEVEL: 'warn', ...env });
}

/**
 * `create-user`'s password given through the environment: an input of that one command, like its
 * options, so it is read here and not kept in the app config (where it would outlive the command).
 */
export function newUserPasswordFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env['TSUNAGU_NEW_USER_PASSWORD'];
}
