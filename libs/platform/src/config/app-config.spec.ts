import { ConfigValidationError, loadConfig } from './app-config';

const MAIL = { SMTP_URL: 'smtps://crm:secret@smtp.example.nl:465', PUBLIC_URL: 'https://crm.example.nl' };
const PRODUCTION_AUTH = {
  DATABASE_URL: 'postgres://db/wsp',
  OIDC_ISSUER: 'https://id.example',
  OIDC_AUDIENCE: 'wsp',
};

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigValidationError) return error.problems;
    throw error;
  }
  throw new Error('expected the configuration to be refused');
}

describe('loadConfig', () => {
  it('runs with no configuration at all: embedded database, PostgreSQL queue, development issuer', () => {
    const config = loadConfig({});
    expect(config.database.mode).toBe('embedded');
    expect(config.queue.backend).toBe('postgres');
    expect(config.auth.mode).toBe('dev-issuer');
    expect(config.runWorkers).toBe(true);
    expect(config.seedDemo).toBe(true);
    expect(config.http).toEqual({ host: '127.0.0.1', port: 3000, trustProxy: false });
  });

  it('uses DATABASE_URL and REDIS_URL when given', () => {
    const config = loadConfig({ DATABASE_URL: 'postgresql://u:p@db:5432/wsp', REDIS_URL: 'redis://cache:6379/2' });
    expect(config.database).toMatchObject({ mode: 'external', url: 'postgresql://u:p@db:5432/wsp' });
    expect(config.queue).toEqual({ backend: 'redis', url: 'redis://cache:6379/2', lockDurationMs: 30000 });
    expect(config.seedDemo).toBe(false);
  });

  it('reads reports from DATABASE_REPLICA_URL when given, with a suppression threshold of at least 2', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://db/wsp',
      DATABASE_REPLICA_URL: 'postgres://replica/wsp',
      REPORT_SUPPRESSION_THRESHOLD: '10',
    });
    expect(config.database.replicaUrl).toBe('postgres://replica/wsp');
    expect(config.reports.suppressionThreshold).toBe(10);
    expect(loadConfig({}).reports.suppressionThreshold).toBe(5);
    expect(problemsOf({ DATABASE_REPLICA_URL: 'mysql://replica', REPORT_SUPPRESSION_THRESHOLD: '1' })).toEqual([
      'DATABASE_REPLICA_URL must be a postgres:// or postgresql:// URL',
      'REPORT_SUPPRESSION_THRESHOLD must not be less than 2',
    ]);
  });

  it('believes no proxy unless told which: addresses and ranges, never a hop count or everyone', () => {
    expect(loadConfig({ NODE_ENV: 'production', ...PRODUCTION_AUTH, ...MAIL }).http.trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).http.trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8,192.168.1.4,::1,loopback' }).http.trustProxy).toEqual([
      '10.0.0.0/8',
      '192.168.1.4',
      '::1',
      'loopback',
    ]);
    for (const setting of ['true', '1', '*', '10.0.0.0/8, 10.1.0.0/16', 'proxy.example.nl']) {
      expect(problemsOf({ TRUST_PROXY: setting })).toEqual([expect.stringMatching(/^TRUST_PROXY must be false or/)]);
    }
  });

  it('takes CORS origins only as an exact allow-list: no wildcard, no path', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://crm.example.nl,http://localhost:5173' }).corsOrigins).toEqual([
      'https://crm.example.nl',
      'http://localhost:5173',
    ]);
    expect(loadConfig({}).corsOrigins).toEqual([]);
    for (const origins of ['*', 'https://*.example.nl', 'https://crm.example.nl/app', 'crm.example.nl']) {
      expect(problemsOf({ CORS_ORIGINS: origins })).toEqual([
        expect.stringMatching(/^CORS_ORIGINS must be exact origins/),
      ]);
    }
  });

  it('takes PUBLIC_URL as an http(s) base without a trailing slash, query or fragment', () => {
    expect(loadConfig({}).publicUrl).toBeUndefined();
    for (const url of ['https://crm.example.nl', 'https://www.example.nl/wsp-crm', 'http://localhost:3000']) {
      expect(loadConfig({ PUBLIC_URL: url }).publicUrl).toBe(url);
    }
    for (const url of [
      'https://crm.example.nl/',
      'crm.example.nl',
      'https://crm.example.nl?x=1',
      'ftp://crm.example.nl',
    ]) {
      expect(problemsOf({ PUBLIC_URL: url })).toEqual([expect.stringMatching(/^PUBLIC_URL must be an http\(s\) URL/)]);
    }
  });

  it('lists every problem at once', () => {
    const problems = problemsOf({
      PORT: 'eighty',
      LOG_LEVEL: 'loud',
      DATABASE_URL: 'mysql://db/x',
      REDIS_URL: 'http://cache',
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^PORT/),
        expect.stringMatching(/^LOG_LEVEL/),
        expect.stringMatching(/^DATABASE_URL/),
        expect.stringMatching(/^REDIS_URL/),
      ]),
    );
    expect(problems).toHaveLength(4);
  });

  it('refuses the development issuer in production', () => {
    expect(
      problemsOf({
        NODE_ENV: 'production',
        AUTH_DEV_ISSUER: 'true',
        DATABASE_URL: 'postgres://db/wsp',
        OIDC_ISSUER: 'https://id.example',
        OIDC_AUDIENCE: 'wsp',
        ...MAIL,
      }),
    ).toEqual(['AUTH_DEV_ISSUER: the development token issuer cannot be enabled in production']);
  });

  it('never seeds demo data in production', () => {
    const production = {
      NODE_ENV: 'production',
      AUTH_DEV_ISSUER: 'false',
      DATABASE_URL: 'postgres://db/wsp',
      OIDC_ISSUER: 'https://id.example',
      OIDC_AUDIENCE: 'wsp',
      ...MAIL,
    };
    expect(problemsOf({ ...production, SEED_DEMO: 'true' })).toEqual([
      'SEED_DEMO: demo data is never seeded in production',
    ]);
    expect(loadConfig(production).seedDemo).toBe(false);
  });

  it('requires a database, an OIDC issuer, a mail server and the public address in production, and runs no workers in the API there', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual([
      'DATABASE_URL: required in production (the embedded PostgreSQL is for development only)',
      'SMTP_URL: required in production (the built-in mail sink is for development only)',
      'PUBLIC_URL: required in production (e-mails link to the web app there)',
      'OIDC_ISSUER: required when the development issuer is off (or OIDC_PROVIDERS)',
    ]);
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://db/wsp',
      OIDC_ISSUER: 'https://id.example/realms/wsp',
      OIDC_AUDIENCE: 'wsp-crm',
      ...MAIL,
    });
    expect(config.mail).toEqual({
      smtpUrl: MAIL.SMTP_URL,
      from: 'Werkgeversservicepunt <noreply@wsp.localhost>',
      retryIntervalMs: 60000,
    });
    expect(config.auth).toEqual({
      mode: 'oidc',
      providers: [
        {
          name: 'id.example',
          issuer: 'https://id.example/realms/wsp',
          audience: 'wsp-crm',
          jwksUrl: undefined,
          webClientId: undefined,
          scopes: 'openid profile email',
        },
      ],
    });
    expect(config.runWorkers).toBe(false);
  });

  it('reads per-organisation client reference secrets, and has a development key only outside production', () => {
    const uwv = 'u'.repeat(32);
    const groningen = 'g=+/'.repeat(8);
    const config = loadConfig({ CLIENT_REFERENCE_SECRETS: `uwv=${uwv},groningen=${groningen}` });
    expect(config.clientReferences.secrets).toEqual({ uwv, groningen });
    expect(config.clientReferences.devKeyFile).toMatch(/client-reference-dev-key$/);
    expect(problemsOf({ CLIENT_REFERENCE_SECRETS: 'uwv=short' })).toEqual([
      'CLIENT_REFERENCE_SECRETS must be slug=secret pairs separated by commas, each secret at least 32 characters',
    ]);
    const production = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://db/wsp',
      OIDC_ISSUER: 'https://id.example/realms/wsp',
      OIDC_AUDIENCE: 'wsp-crm',
      ...MAIL,
    });
    expect(production.clientReferences).toEqual({ secrets: {}, previousSecrets: {}, devKeyFile: undefined });
  });

  it('checks the mail settings: an smtp(s) URL, a sender address, a retry interval of at least a second', () => {
    expect(loadConfig({}).mail.smtpUrl).toBeUndefined();
    expect(loadConfig({ MAIL_FROM: 'crm@wsp.example.nl' }).mail.from).toBe('crm@wsp.example.nl');
    expect(
      problemsOf({ SMTP_URL: 'http://mail.example.nl', MAIL_FROM: 'no address', MAIL_RETRY_INTERVAL_MS: '5' }),
    ).toEqual([
      'SMTP_URL must be an smtp:// or smtps:// URL',
      'MAIL_FROM must be an address, optionally with a name: Name <address@example.nl>',
      expect.stringMatching(/^MAIL_RETRY_INTERVAL_MS/),
    ]);
  });

  it('reads the secrets being rotated out, in the same format', () => {
    const old = 'o'.repeat(32);
    expect(loadConfig({ CLIENT_REFERENCE_PREVIOUS_SECRETS: `uwv=${old}` }).clientReferences.previousSecrets).toEqual({
      uwv: old,
    });
    expect(problemsOf({ CLIENT_REFERENCE_PREVIOUS_SECRETS: 'uwv' })).toEqual([
      'CLIENT_REFERENCE_PREVIOUS_SECRETS must be slug=secret pairs separated by commas, each secret at least 32 characters',
    ]);
  });

  it('refuses a tracing endpoint that is not an http(s) URL, and a short metrics token', () => {
    expect(problemsOf({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318', METRICS_TOKEN: 'short' })).toEqual([
      'OTEL_EXPORTER_OTLP_ENDPOINT must be an http:// or https:// URL',
      'METRICS_TOKEN must be at least 16 characters without spaces',
    ]);
    expect(loadConfig({ METRICS_TOKEN: 'a-long-enough-token' }).metrics.token).toBe('a-long-enough-token');
  });
});
