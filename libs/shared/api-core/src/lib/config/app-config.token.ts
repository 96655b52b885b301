/** Injection token of the validated AppConfig. */
export const APP_CONFIG = Symbol('APP_CONFIG');

/**
 * true when this process takes background jobs (the server, tests); false for CLI commands,
 * which must not pick up a long job and then exit in the middle of it.
 */
export const JOB_WORKERS = Symbol('JOB_WORKERS');
