import { ConfigError, loadAppConfig } from './app-config';

/** A production environment that is complete but for what a test leaves out. */
const PRODUCTION = { NODE_ENV: 'production', PUBLIC_URL: 'https://tsunagu.example.jp' } as const;

describe('loadAppConfig', () => {
  it('gives the contract defaults for an empty environment', () => {
    const config = loadAppConfig({}, '/srv/tsunagu');
    expect(config).toMatchObject({
      port: 3000,
      dataDir: '/srv/tsunagu/.data',
      databaseUrl: undefined,
      meiliUrl: undefined,
      seedDemo: true,
      publicUrl: 'http://localhost:3000',
      meiliIndexPrefix: 'tsunagu_',
    });
  });

  it('names the city in English: Kitakyushu by default, CITY_NAME_EN when set, never the default for another city', () => {
    expect(loadAppConfig({}).cityNameEn).toBe('City of Kitakyushu');
    expect(loadAppConfig({ CITY_NAME: '福岡市', CITY_NAME_EN: 'Fukuoka City' }).cityNameEn).toBe('Fukuoka City');
    expect(loadAppConfig({ CITY_NAME: '福岡市' }).cityNameEn).toBe('福岡市');
  });

  it('derives PUBLIC_URL from PORT and keeps an explicit one without trailing slash', () => {
    expect(loadAppConfig({ PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    expect(loadAppConfig({ PUBLIC_URL: 'https://tsunagu.example.jp/' }).publicUrl).toBe('https://tsunagu.example.jp');
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT must be a number (got "abc")'],
    [{ PORT: '70000' }, 'PORT must be between 1 and 65535 (got "70000")'],
    [
      { DATABASE_URL: 'mysql://x' },
      'DATABASE_URL must be a URL starting with postgres:// or postgresql:// (got "mysql://x")',
    ],
    [{ SEED_DEMO: 'maybe' }, 'SEED_DEMO must be true or false (got "maybe")'],
    [{ NODE_ENV: 'production' }, 'SESSION_SECRET is required in production (at least 32 characters)'],
    [
      { NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32) },
      'PUBLIC_URL must be the address people reach the service at in production: mails and printed QR codes use it (got "http://localhost:3000"; set ALLOW_LOCAL_PUBLIC_URL=true for a trial on this machine only)',
    ],
    [
      { NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32), PUBLIC_URL: 'http://127.0.0.1:8080/' },
      'PUBLIC_URL must be the address people reach the service at in production: mails and printed QR codes use it (got "http://127.0.0.1:8080"; set ALLOW_LOCAL_PUBLIC_URL=true for a trial on this machine only)',
    ],
  ])('refuses %j with one clear line', (env, message) => {
    expect(() => loadAppConfig(env)).toThrow(new ConfigError(message));
  });

  it('knows when PUBLIC_URL leads only to this machine, and lets a production trial say so on purpose', () => {
    expect(loadAppConfig({}).publicUrlIsLocal).toBe(true);
    expect(loadAppConfig({ PUBLIC_URL: 'https://tsunagu.city.kitakyushu.lg.jp/' })).toMatchObject({
      publicUrl: 'https://tsunagu.city.kitakyushu.lg.jp',
      publicUrlIsLocal: false,
    });
    const trial = loadAppConfig({
      NODE_ENV: 'production',
      SESSION_SECRET: 'x'.repeat(32),
      ALLOW_LOCAL_PUBLIC_URL: 'true',
    });
    expect(trial.publicUrlIsLocal).toBe(true);
  });

  it('does not seed demo data in production unless asked', () => {
    const secret = 'x'.repeat(32);
    expect(loadAppConfig({ ...PRODUCTION, SESSION_SECRET: secret }).seedDemo).toBe(false);
    expect(loadAppConfig({ ...PRODUCTION, SESSION_SECRET: secret, SEED_DEMO: 'true' }).seedDemo).toBe(true);
  });
});

describe('loadAppConfig: where the server listens and whom it trusts', () => {
  it('listens on loopback outside production unless HOST says otherwise', () => {
    expect(loadAppConfig({}).host).toBe('127.0.0.1');
    expect(loadAppConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(loadAppConfig({ ...PRODUCTION, SESSION_SECRET: 'x'.repeat(32) }).host).toBe('0.0.0.0');
  });

  it('trusts no proxy by default, and a hop count or a list of addresses when TRUST_PROXY says so', () => {
    expect(loadAppConfig({}).trustProxy).toBe(false);
    expect(loadAppConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadAppConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadAppConfig({ TRUST_PROXY: '10.0.0.1, 10.0.1.0/24' }).trustProxy).toBe('10.0.0.1,10.0.1.0/24');
    expect(() => loadAppConfig({ TRUST_PROXY: 'yes please!' })).toThrow(ConfigError);
  });
});

describe('loadAppConfig: the city as the bridge', () => {
  it('waits 7 days for a reminder, closes at 21, keeps letter codes 60 days, unless told otherwise', () => {
    expect(loadAppConfig({}).outreach).toEqual({ claimCodeDays: 60, reminderDays: 7, closeDays: 21 });
    expect(
      loadAppConfig({ CLAIM_CODE_DAYS: '30', INTRODUCTION_REMINDER_DAYS: '5', INTRODUCTION_CLOSE_DAYS: '14' }).outreach,
    ).toEqual({ claimCodeDays: 30, reminderDays: 5, closeDays: 14 });
  });

  it('refuses a closing that would come before the reminder, and days that are not days', () => {
    expect(() => loadAppConfig({ INTRODUCTION_REMINDER_DAYS: '10', INTRODUCTION_CLOSE_DAYS: '10' })).toThrow(
      new ConfigError('INTRODUCTION_CLOSE_DAYS must be more than INTRODUCTION_REMINDER_DAYS (got 10 and 10)'),
    );
    expect(() => loadAppConfig({ CLAIM_CODE_DAYS: '0' })).toThrow(
      new ConfigError('CLAIM_CODE_DAYS must be at least 1 day (got "0")'),
    );
  });

  it('prints the office the operator names, and refuses a phone number that is not one', () => {
    expect(
      loadAppConfig({ CITY_OFFICE_PHONE: '093-551-0000', CITY_OFFICE_DEPARTMENT: '市民文化スポーツ局' }).cityOffice,
    ).toMatchObject({ phone: '093-551-0000', department: '市民文化スポーツ局' });
    expect(() => loadAppConfig({ CITY_OFFICE_PHONE: 'call us' })).toThrow(ConfigError);
  });
});
