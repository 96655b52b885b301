import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';

/**
 * The whole runtime configuration, validated once at boot. Nothing else reads process.env:
 * services get this object injected (APP_CONFIG) so that a wrong value fails at start-up,
 * in one line, instead of deep inside a request.
 */
export interface AppConfig {
  readonly nodeEnv: 'development' | 'production' | 'test';
  readonly port: number;
  /** address the HTTP server listens on: loopback outside production unless HOST says otherwise */
  readonly host: string;
  /**
   * Express "trust proxy": false (default, the socket address is the client), true, a hop count,
   * or a comma-separated list of proxy addresses / subnets. Rate limits key on the client address.
   */
  readonly trustProxy: boolean | number | string;
  readonly dataDir: string;
  /** unset → an embedded PostgreSQL is started under dataDir */
  readonly databaseUrl?: string;
  /** unset → an embedded Meilisearch is started under dataDir */
  readonly meiliUrl?: string;
  readonly meiliMasterKey?: string;
  /** prefix of every Meilisearch index name, so several products or test files share one engine */
  readonly meiliIndexPrefix: string;
  readonly seedDemo: boolean;
  readonly publicUrl: string;
  /**
   * PUBLIC_URL (or its default) points at this machine only (localhost, 127.x, ::1): links in mails
   * and the QR codes printed in the data book and the letters would lead nowhere for anyone else.
   * Production refuses it unless ALLOW_LOCAL_PUBLIC_URL=true (a closed trial); pages warn staff.
   */
  readonly publicUrlIsLocal: boolean;
  readonly smtpUrl?: string;
  /** unset in development → generated once and kept in dataDir (see resolveSessionSecret) */
  readonly sessionSecret?: string;
  /** the city the product serves: "in the city" means a main office there */
  readonly cityName: string;
  /** the same in English, for English pages (CITY_NAME_EN) */
  readonly cityNameEn: string;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** where the built web client lives; served by the API when present */
  readonly webDistDir: string;
  /** the city's bridge to NPOs without an account (introduction requests, letters, claim codes) */
  readonly outreach: OutreachSettings;
  /** the city's desk that answers NPOs and groups: printed on letters, shown where the product cannot help further */
  readonly cityOffice: CityOfficeSettings;
}

export interface CityOfficeSettings {
  /** after the city's name, e.g. 「地域・人づくり部」 (CITY_OFFICE_DEPARTMENT) */
  readonly department: string;
  /** the same in English (CITY_OFFICE_DEPARTMENT_EN) */
  readonly departmentEn: string;
  /** CITY_OFFICE_PHONE */
  readonly phone: string;
  /** when it answers, as printed (CITY_OFFICE_HOURS) */
  readonly hours: string;
  /** the same in English (CITY_OFFICE_HOURS_EN) */
  readonly hoursEn: string;
}

export interface OutreachSettings {
  /** how long the one-time code of an invitation letter works (CLAIM_CODE_DAYS) */
  readonly claimCodeDays: number;
  /** a request with no answer after this many days goes back to staff with a reminder (INTRODUCTION_REMINDER_DAYS) */
  readonly reminderDays: number;
  /** and closes as 「返事がありません」 this many days after it was made (INTRODUCTION_CLOSE_DAYS) */
  readonly closeDays: number;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const booleanString = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const urlWithProtocols = (protocols: string[]) =>
  z.string().refine(
    (v) => {
      try {
        return protocols.includes(new URL(v).protocol);
      } catch {
        return false;
      }
    },
    { message: `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}` },
  );

const days = (fallback: number) =>
  z.coerce
    .number({ message: 'must be a number of days' })
    .int('must be a whole number of days')
    .min(1, 'must be at least 1 day')
    .max(365, 'must be at most 365 days')
    .default(fallback);

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be between 1 and 65535')
    .max(65535, 'must be between 1 and 65535')
    .default(3000),
  HOST: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^[\w.:-]+$/, 'must be a host name or an address')
      .optional(),
  ),
  TRUST_PROXY: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^(true|false|\d{1,2}|[\w.:/, -]+)$/, 'must be true, false, a hop count or a list of proxy addresses')
      .optional(),
  ),
  DATA_DIR: z.string().min(1).default('./.data'),
  DATABASE_URL: z.preprocess(emptyToUndefined, urlWithProtocols(['postgres:', 'postgresql:']).optional()),
  MEILI_URL: z.preprocess(emptyToUndefined, urlWithProtocols(['http:', 'https:']).optional()),
  MEILI_MASTER_KEY: z.preprocess(emptyToUndefined, z.string().optional()),
  MEILI_INDEX_PREFIX: z
    .string()
    .regex(/^[a-zA-Z0-9_-]*$/, 'may hold only letters, digits, _ and -')
    .default('tsunagu_'),
  SEED_DEMO: z.preprocess(emptyToUndefined, booleanString.optional()),
  PUBLIC_URL: z.preprocess(emptyToUndefined, urlWithProtocols(['http:', 'https:']).optional()),
  ALLOW_LOCAL_PUBLIC_URL: z.preprocess(emptyToUndefined, booleanString.optional()),
  SMTP_URL: z.preprocess(emptyToUndefined, urlWithProtocols(['smtp:', 'smtps:']).optional()),
  SESSION_SECRET: z.preprocess(emptyToUndefined, z.string().min(32, 'must be at least 32 characters').optional()),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST_DIR: z.string().min(1).default('./dist/apps/web'),
  CITY_NAME: z.string().min(2).default('北九州市'),
  CITY_NAME_EN: z.preprocess(emptyToUndefined, z.string().trim().min(2).max(60).optional()),
  CLAIM_CODE_DAYS: days(60),
  INTRODUCTION_REMINDER_DAYS: days(7),
  INTRODUCTION_CLOSE_DAYS: days(21),
  CITY_OFFICE_DEPARTMENT: z.string().trim().min(2).max(60).default('地域・人づくり部'),
  CITY_OFFICE_DEPARTMENT_EN: z.string().trim().min(2).max(120).default('Community and Human Resources Department'),
  CITY_OFFICE_PHONE: z
    .string()
    .regex(/^[0-9][0-9-]{8,14}$/, 'must be a phone number such as 093-582-2111')
    .default('093-582-2111'),
  CITY_OFFICE_HOURS: z.string().trim().min(2).max(60).default('平日 8時30分～17時15分'),
  CITY_OFFICE_HOURS_EN: z.string().trim().min(2).max(80).default('weekdays 8:30–17:15'),
});

/** Validates the environment into an AppConfig; throws ConfigError naming the first bad variable. */
export function loadAppConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue.path[0] ?? 'environment');
    const got = env[variable];
    throw new ConfigError(`${variable} ${issue.message}${got === undefined ? '' : ` (got "${got}")`}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && !e.SESSION_SECRET) {
    throw new ConfigError('SESSION_SECRET is required in production (at least 32 characters)');
  }
  if (e.INTRODUCTION_CLOSE_DAYS <= e.INTRODUCTION_REMINDER_DAYS) {
    throw new ConfigError(
      `INTRODUCTION_CLOSE_DAYS must be more than INTRODUCTION_REMINDER_DAYS (got ${e.INTRODUCTION_CLOSE_DAYS} and ${e.INTRODUCTION_REMINDER_DAYS})`,
    );
  }
  if (e.MEILI_URL && !e.MEILI_MASTER_KEY && e.NODE_ENV === 'production') {
    throw new ConfigError('MEILI_MASTER_KEY is required in production when MEILI_URL is set');
  }
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, '');
  const publicUrlIsLocal = isLocalUrl(publicUrl);
  if (e.NODE_ENV === 'production' && publicUrlIsLocal && !e.ALLOW_LOCAL_PUBLIC_URL) {
    throw new ConfigError(
      `PUBLIC_URL must be the address people reach the service at in production: mails and printed QR codes use it (got "${publicUrl}"; set ALLOW_LOCAL_PUBLIC_URL=true for a trial on this machine only)`,
    );
  }
  const absolute = (p: string) => (isAbsolute(p) ? p : resolve(cwd, p));
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST ?? (e.NODE_ENV === 'production' ? '0.0.0.0' : '127.0.0.1'),
    trustProxy: trustProxyOf(e.TRUST_PROXY),
    dataDir: absolute(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    meiliUrl: e.MEILI_URL?.replace(/\/+$/, ''),
    meiliMasterKey: e.MEILI_MASTER_KEY,
    meiliIndexPrefix: e.MEILI_INDEX_PREFIX,
    seedDemo: e.SEED_DEMO ?? e.NODE_ENV !== 'production',
    publicUrl,
    publicUrlIsLocal,
    smtpUrl: e.SMTP_URL,
    sessionSecret: e.SESSION_SECRET,
    logLevel: e.LOG_LEVEL,
    webDistDir: absolute(e.WEB_DIST_DIR),
    cityName: e.CITY_NAME,
    // Another city that names itself only in Japanese is named so in English too, rather than wrongly.
    cityNameEn: e.CITY_NAME_EN ?? (e.CITY_NAME === '北九州市' ? 'City of Kitakyushu' : e.CITY_NAME),
    outreach: {
      claimCodeDays: e.CLAIM_CODE_DAYS,
      reminderDays: e.INTRODUCTION_REMINDER_DAYS,
      closeDays: e.INTRODUCTION_CLOSE_DAYS,
    },
    cityOffice: {
      department: e.CITY_OFFICE_DEPARTMENT,
      departmentEn: e.CITY_OFFICE_DEPARTMENT_EN,
      phone: e.CITY_OFFICE_PHONE,
      hours: e.CITY_OFFICE_HOURS,
      hoursEn: e.CITY_OFFICE_HOURS_EN,
    },
  };
}

/** A URL only this machine can open. */
export function isLocalUrl(url: string): boolean {
  const host = new URL(url).hostname.toLowerCase();
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '[::1]' ||
    host === '0.0.0.0' ||
    /^127\.\d+\.\d+\.\d+$/.test(host)
  );
}

function trustProxyOf(value: string | undefined): boolean | number | string {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .join(',');
}
