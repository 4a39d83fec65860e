import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  validateSync,
  ValidationError,
} from 'class-validator';
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { IdentityProvider, parseIdentityProviders } from '../auth/identity-providers';

const toBoolean = ({ value }: { value: unknown }): unknown => {
  if (value === undefined || value === '') return undefined;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  return value;
};
const toInteger = ({ value }: { value: unknown }): unknown =>
  value === undefined || value === '' ? undefined : /^-?\d+$/.test(String(value)) ? Number(value) : value;
const emptyToUndefined = ({ value }: { value: unknown }): unknown => (value === '' ? undefined : value);

const postgresUrl = { protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true };
const redisUrl = { protocols: ['redis', 'rediss'], require_tld: false, require_protocol: true };
const httpUrl = { protocols: ['http', 'https'], require_tld: false, require_protocol: true };
const smtpUrl = { protocols: ['smtp', 'smtps'], require_tld: false, require_protocol: true };

const TRUST_PROXY_MESSAGE =
  "TRUST_PROXY must be false or the proxies' addresses and ranges, comma-separated (10.0.0.0/8,192.168.1.4)";
/**
 * The environment as it may be given; every variable is documented in the README's configuration table.
 * class-validator checks decorators bottom-up and stops at the first failure: the type check stays last.
 */
class EnvironmentVariables {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV = 'development';

  @Transform(toInteger)
  @Min(0)
  @Max(65535)
  @IsInt()
  PORT = 3000;

  /**
   * Which proxies in front of the API are believed about the client's address (X-Forwarded-For): unset or
   * `false` none (the default: a client could forge the header), else the proxies' addresses and ranges,
   * comma-separated (`10.0.0.0/8,192.168.1.4`; also `loopback`, `linklocal`, `uniquelocal`). No hop count: it
   * cannot tell a proxy from a client that reaches the API directly, so Fastify trusts nobody with one.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(
    /^(false|(loopback|linklocal|uniquelocal|[0-9a-fA-F:.]+(\/\d{1,3})?)(,(loopback|linklocal|uniquelocal|[0-9a-fA-F:.]+(\/\d{1,3})?))*)$/,
    { message: TRUST_PROXY_MESSAGE },
  )
  @IsString()
  TRUST_PROXY?: string;

  @IsString()
  HOST = '127.0.0.1';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl(postgresUrl, { message: 'DATABASE_URL must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl(postgresUrl, { message: 'DATABASE_REPLICA_URL must be a postgres:// or postgresql:// URL' })
  DATABASE_REPLICA_URL?: string;

  @Transform(toInteger)
  @Min(100)
  @IsInt()
  DATABASE_CONNECT_TIMEOUT_MS = 5000;

  @Transform(toInteger)
  @Min(1)
  @Max(100)
  @IsInt()
  DATABASE_POOL_SIZE = 10;

  @IsString()
  DATA_DIR = '.data';

  @Transform(toInteger)
  @Min(1)
  @Max(65535)
  @IsInt()
  EMBEDDED_POSTGRES_PORT = 54329;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl(redisUrl, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  @Transform(toBoolean)
  @IsOptional()
  @IsBoolean()
  RUN_WORKERS?: boolean;

  /** How long a worker's claim on a job lasts without renewal; a crashed worker's job runs again after about twice this. */
  @Transform(toInteger)
  @Min(1000)
  @Max(600000)
  @IsInt()
  QUEUE_LOCK_DURATION_MS = 30000;

  /** On SIGTERM: how long readiness reports down while requests are still served, before the server closes. */
  @Transform(toInteger)
  @Min(0)
  @Max(60000)
  @IsInt()
  SHUTDOWN_DRAIN_MS = 2000;

  /** A request's writes start and commit within this many milliseconds of its arrival, or not at all. */
  @Transform(toInteger)
  @Min(1000)
  @Max(300000)
  @IsInt()
  REQUEST_DEADLINE_MS = 15000;

  /** How long a signed-in user's roles, organisation and active flag are reused before they are read again. */
  @Transform(toInteger)
  @Min(0)
  @Max(60000)
  @IsInt()
  ACTOR_CACHE_TTL_MS = 5000;

  @Transform(toBoolean)
  @IsOptional()
  @IsBoolean()
  AUTH_DEV_ISSUER?: boolean;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl(httpUrl, { message: 'OIDC_ISSUER must be an http(s) URL' })
  OIDC_ISSUER?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  OIDC_AUDIENCE?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl(httpUrl, { message: 'OIDC_JWKS_URL must be an http(s) URL' })
  OIDC_JWKS_URL?: string;

  /** The web app's public client at the OIDC provider (Authorization Code + PKCE in the browser). */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  OIDC_WEB_CLIENT_ID?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  OIDC_WEB_SCOPES = 'openid profile email';

  /** Several providers (one per organisation or group of them) as JSON, instead of OIDC_ISSUER and its kin. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  OIDC_PROVIDERS?: string;

  @Transform(toBoolean)
  @IsOptional()
  @IsBoolean()
  SEED_DEMO?: boolean;

  @Transform(toInteger)
  @Min(1)
  @IsInt()
  GRAPHQL_MAX_COMPLEXITY = 5000;

  /** Browser origins allowed to call the API, comma-separated (`https://crm.example.nl`); unset: none. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^https?:\/\/[^,\s*/]+(,https?:\/\/[^,\s*/]+)*$/, {
    message: 'CORS_ORIGINS must be exact origins like https://crm.example.nl, comma-separated (no wildcard, no path)',
  })
  @IsString()
  CORS_ORIGINS?: string;

  /** The address users reach the API at, for links it hands out (calendar feeds); else the request's own. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*[^\s?#/])?$/, {
    message:
      'PUBLIC_URL must be an http(s) URL without a trailing slash, query or fragment, e.g. https://crm.example.nl',
  })
  @IsString()
  PUBLIC_URL?: string;

  /** The mail server (`smtp://user:password@host:587`, `smtps://` for TLS from the start); unset outside production: a built-in sink. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl(smtpUrl, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  /** The sender of every message, e.g. `Werkgeversservicepunt <noreply@wsp.example.nl>`. */
  @Matches(/^([^<>\r\n]+<[^<>\s@]+@[^<>\s@]+>|[^<>\s@]+@[^<>\s@]+)$/, {
    message: 'MAIL_FROM must be an address, optionally with a name: Name <address@example.nl>',
  })
  @IsString()
  MAIL_FROM = 'Werkgeversservicepunt <noreply@wsp.localhost>';

  /** How long a message waits after the queue's own retries failed before it is tried again (and how often that is checked). */
  @Transform(toInteger)
  @Min(1000)
  @Max(3600000)
  @IsInt()
  MAIL_RETRY_INTERVAL_MS = 60000;

  @Transform(toInteger)
  @Min(1)
  @Max(3600)
  @IsInt()
  RATE_LIMIT_WINDOW_SECONDS = 60;

  @Transform(toInteger)
  @Min(1)
  @IsInt()
  RATE_LIMIT_PER_USER = 600;

  @Transform(toInteger)
  @Min(1)
  @IsInt()
  RATE_LIMIT_PER_IP = 1200;

  /** Report counts below this read as "<n"; 2 is the least that still hides a single person. */
  @Transform(toInteger)
  @Min(2)
  @Max(100)
  @IsInt()
  REPORT_SUPPRESSION_THRESHOLD = 5;

  /** OpenTelemetry: set, traces are exported there over OTLP/HTTP (read by the tracing bootstrap, validated here). */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl(httpUrl, { message: 'OTEL_EXPORTER_OTLP_ENDPOINT must be an http:// or https:// URL' })
  OTEL_EXPORTER_OTLP_ENDPOINT?: string;

  /** When set, `/metrics` requires `Authorization: Bearer <token>`. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^\S{16,}$/, { message: 'METRICS_TOKEN must be at least 16 characters without spaces' })
  @IsString()
  METRICS_TOKEN?: string;

  /** `slug=secret,slug=secret`: each organisation's key for hashing its own client numbers. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^[a-z0-9-]{2,40}=[^,\s]{32,}(,[a-z0-9-]{2,40}=[^,\s]{32,})*$/, {
    message:
      'CLIENT_REFERENCE_SECRETS must be slug=secret pairs separated by commas, each secret at least 32 characters',
  })
  @IsString()
  CLIENT_REFERENCE_SECRETS?: string;

  /** While rotating: the secrets CLIENT_REFERENCE_SECRETS replaced, same format; see docs/OPERATIONS.md. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^[a-z0-9-]{2,40}=[^,\s]{32,}(,[a-z0-9-]{2,40}=[^,\s]{32,})*$/, {
    message:
      'CLIENT_REFERENCE_PREVIOUS_SECRETS must be slug=secret pairs separated by commas, each secret at least 32 characters',
  })
  @IsString()
  CLIENT_REFERENCE_PREVIOUS_SECRETS?: string;
}

export type Environment = 'development' | 'test' | 'production';

export interface AppConfig {
  readonly env: Environment;
  readonly production: boolean;
  /** `trustProxy`: false, or the proxies' addresses and ranges (see TRUST_PROXY). */
  readonly http: { readonly host: string; readonly port: number; readonly trustProxy: false | string[] };
  readonly logLevel: string;
  readonly dataDir: string;
  readonly database:
    | {
        readonly mode: 'external';
        readonly url: string;
        readonly replicaUrl?: string;
        readonly connectTimeoutMs: number;
        readonly poolSize: number;
      }
    | {
        readonly mode: 'embedded';
        readonly port: number;
        readonly directory: string;
        readonly replicaUrl?: string;
        readonly connectTimeoutMs: number;
        readonly poolSize: number;
      };
  readonly queue: ({ readonly backend: 'postgres' } | { readonly backend: 'redis'; readonly url: string }) & {
    readonly lockDurationMs: number;
  };
  readonly runWorkers: boolean;
  /** Milliseconds between the stop signal and closing the HTTP server (readiness is down meanwhile). */
  readonly shutdownDrainMs: number;
  /** Milliseconds from a request's arrival after which none of its transactions starts or commits. */
  readonly requestDeadlineMs: number;
  /**
   * Milliseconds a process reuses a user's directory entry (0: read it on every request). A change made through
   * this process applies at once; one made through another replica within this time.
   */
  readonly actorCacheTtlMs: number;
  /**
   * The identity providers whose tokens are trusted: the development issuer alone (its key in `keyFile`), or the
   * OIDC providers of the region's organisations.
   */
  readonly auth:
    | { readonly mode: 'dev-issuer'; readonly providers: readonly [IdentityProvider]; readonly keyFile: string }
    | { readonly mode: 'oidc'; readonly providers: readonly IdentityProvider[] };
  readonly graphql: { readonly maxComplexity: number };
  /** Origins of browser apps allowed to call the API (exact matches; empty: no cross-origin calls). */
  readonly corsOrigins: readonly string[];
  /** Base of the links the API hands out (calendar feeds); undefined: taken from the request. */
  readonly publicUrl?: string;
  /**
   * Outgoing mail: `smtpUrl` undefined (never in production) sends to a sink the app starts itself, shown on the
   * development mailbox page. `retryIntervalMs`: the wait before a message the queue gave up on is tried again.
   */
  readonly mail: { readonly smtpUrl?: string; readonly from: string; readonly retryIntervalMs: number };
  readonly seedDemo: boolean;
  readonly reports: { readonly suppressionThreshold: number };
  /** Operations per window per signed-in user and per client address, counted across replicas. */
  readonly rateLimit: { readonly windowSeconds: number; readonly perUser: number; readonly perIp: number };
  /** Prometheus scraping: a bearer token `/metrics` requires, when set. */
  readonly metrics: { readonly token?: string };
  /**
   * Keys for the keyed hash of owners' client numbers, per organisation slug. Outside production an
   * organisation without one gets a key derived from `devKeyFile` (created in DATA_DIR on first use).
   */
  readonly clientReferences: {
    readonly secrets: Readonly<Record<string, string>>;
    /** Secrets being rotated out: references made with them are found, and re-made with the current secret. */
    readonly previousSecrets: Readonly<Record<string, string>>;
    readonly devKeyFile?: string;
  };
}

/** Thrown at boot when the environment is invalid; the message lists every problem at once. */
export class ConfigValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigValidationError';
  }
}

export const DEV_ISSUER = 'urn:wsp-crm:dev-issuer';
export const DEV_AUDIENCE = 'wsp-crm';

function describe(errors: ValidationError[]): string[] {
  return errors.flatMap((error) =>
    Object.values(error.constraints ?? {}).map((message) =>
      message.startsWith(error.property) ? message : `${error.property}: ${message}`,
    ),
  );
}

/** Builds the one validated configuration object from an environment. Nothing else reads process.env. */
export function loadConfig(environment: Record<string, string | undefined> = process.env): AppConfig {
  const env = plainToInstance(EnvironmentVariables, { ...environment }, { exposeDefaultValues: true });
  const problems = describe(validateSync(env, { whitelist: true, stopAtFirstError: true }));

  const production = env.NODE_ENV === 'production';
  const devIssuer = env.AUTH_DEV_ISSUER ?? !production;
  if (production && devIssuer) {
    problems.push('AUTH_DEV_ISSUER: the development token issuer cannot be enabled in production');
  }
  if (production && env.SEED_DEMO) {
    problems.push('SEED_DEMO: demo data is never seeded in production');
  }
  if (production && !env.DATABASE_URL) {
    problems.push('DATABASE_URL: required in production (the embedded PostgreSQL is for development only)');
  }
  if (production && !env.SMTP_URL) {
    problems.push('SMTP_URL: required in production (the built-in mail sink is for development only)');
  }
  if (production && !env.PUBLIC_URL) {
    problems.push('PUBLIC_URL: required in production (e-mails link to the web app there)');
  }
  let providers: IdentityProvider[] = [];
  if (devIssuer) {
    if (env.OIDC_PROVIDERS) problems.push('OIDC_PROVIDERS: set AUTH_DEV_ISSUER=false to use them');
  } else if (env.OIDC_PROVIDERS) {
    if (env.OIDC_ISSUER) problems.push('OIDC_ISSUER: set either OIDC_ISSUER or OIDC_PROVIDERS, not both');
    const parsed = parseIdentityProviders(env.OIDC_PROVIDERS);
    if ('problems' in parsed) problems.push(...parsed.problems);
    else providers = parsed.providers;
  } else if (!env.OIDC_ISSUER) {
    problems.push('OIDC_ISSUER: required when the development issuer is off (or OIDC_PROVIDERS)');
  } else if (!env.OIDC_AUDIENCE) {
    problems.push('OIDC_AUDIENCE: required with OIDC_ISSUER');
  } else {
    providers = [
      {
        name: new URL(env.OIDC_ISSUER).host,
        issuer: env.OIDC_ISSUER,
        audience: env.OIDC_AUDIENCE,
        jwksUrl: env.OIDC_JWKS_URL,
        webClientId: env.OIDC_WEB_CLIENT_ID,
        scopes: env.OIDC_WEB_SCOPES,
      },
    ];
  }
  if (env.TRUST_PROXY && !problems.some((p) => p.startsWith('TRUST_PROXY')) && !validProxies(env.TRUST_PROXY)) {
    problems.push(TRUST_PROXY_MESSAGE);
  }
  if (problems.length > 0) throw new ConfigValidationError(problems);

  const dataDir = resolve(env.DATA_DIR);
  const pool = {
    replicaUrl: env.DATABASE_REPLICA_URL,
    connectTimeoutMs: env.DATABASE_CONNECT_TIMEOUT_MS,
    poolSize: env.DATABASE_POOL_SIZE,
  };
  return {
    env: env.NODE_ENV as Environment,
    production,
    http: { host: env.HOST, port: env.PORT, trustProxy: trustedProxies(env.TRUST_PROXY) },
    logLevel: env.LOG_LEVEL,
    dataDir,
    database: env.DATABASE_URL
      ? { mode: 'external', url: env.DATABASE_URL, ...pool }
      : { mode: 'embedded', port: env.EMBEDDED_POSTGRES_PORT, directory: resolve(dataDir, 'postgres'), ...pool },
    queue: {
      ...(env.REDIS_URL ? { backend: 'redis', url: env.REDIS_URL } : { backend: 'postgres' }),
      lockDurationMs: env.QUEUE_LOCK_DURATION_MS,
    },
    runWorkers: env.RUN_WORKERS ?? !production,
    shutdownDrainMs: env.SHUTDOWN_DRAIN_MS,
    requestDeadlineMs: env.REQUEST_DEADLINE_MS,
    actorCacheTtlMs: env.ACTOR_CACHE_TTL_MS,
    auth: devIssuer
      ? {
          mode: 'dev-issuer',
          providers: [{ name: 'development', issuer: DEV_ISSUER, audience: DEV_AUDIENCE, scopes: '' }],
          keyFile: resolve(dataDir, 'dev-issuer-key.json'),
        }
      : { mode: 'oidc', providers },
    graphql: { maxComplexity: env.GRAPHQL_MAX_COMPLEXITY },
    seedDemo: !production && (env.SEED_DEMO ?? !env.DATABASE_URL),
    reports: { suppressionThreshold: env.REPORT_SUPPRESSION_THRESHOLD },
    rateLimit: {
      windowSeconds: env.RATE_LIMIT_WINDOW_SECONDS,
      perUser: env.RATE_LIMIT_PER_USER,
      perIp: env.RATE_LIMIT_PER_IP,
    },
    corsOrigins: (env.CORS_ORIGINS ?? '').split(',').filter(Boolean),
    publicUrl: env.PUBLIC_URL,
    mail: { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM, retryIntervalMs: env.MAIL_RETRY_INTERVAL_MS },
    metrics: { token: env.METRICS_TOKEN },
    clientReferences: {
      secrets: secretsBySlug(env.CLIENT_REFERENCE_SECRETS),
      previousSecrets: secretsBySlug(env.CLIENT_REFERENCE_PREVIOUS_SECRETS),
      devKeyFile: production ? undefined : resolve(dataDir, 'client-reference-dev-key'),
    },
  };
}

/** Every entry an IP address or range (the prefix within the address's length), or a name proxy-addr knows. */
function validProxies(setting: string): boolean {
  if (setting === 'false') return true;
  return setting.split(',').every((entry) => {
    if (['loopback', 'linklocal', 'uniquelocal'].includes(entry)) return true;
    const [address, prefix, ...rest] = entry.split('/');
    const version = isIP(address);
    if (version === 0 || rest.length > 0) return false;
    return prefix === undefined || (/^\d+$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128));
  });
}

/** TRUST_PROXY (validated above) as Fastify takes it. */
function trustedProxies(setting: string | undefined): false | string[] {
  return !setting || setting === 'false' ? false : setting.split(',');
}

/** `slug=secret,slug=secret` as a record (validated above). */
function secretsBySlug(pairs: string | undefined): Record<string, string> {
  return Object.fromEntries(
    (pairs ?? '')
      .split(',')
      .filter(Boolean)
      .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
  );
}
