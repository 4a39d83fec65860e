import { ApiModule } from '../../apps/api/src/api.module';
import { migrations } from '@wsp/migrations';
import { AppConfig, createApp, loadConfig, RunningApp, TokenVerifier } from '@wsp/platform';
import { DataSource } from 'typeorm';
import type { TypedDocumentString } from '../gql/graphql';
import { TEST_DATA_DIR, testDatabaseUrl } from './test-database';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> & { code?: string } }[];
}

/** The API, listening on a free local port, against the e2e database. */
export class TestApp {
  private constructor(
    readonly running: RunningApp,
    readonly config: AppConfig,
    readonly url: string,
  ) {}

  /** `port` 0: any free one (an OIDC provider in a test needs to know it in advance). */
  static async start(env: Record<string, string> = {}, port = 0): Promise<TestApp> {
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: testDatabaseUrl(),
      DATA_DIR: TEST_DATA_DIR,
      LOG_LEVEL: 'silent',
      DATABASE_POOL_SIZE: '4',
      // Two test files start their apps beside each other's work on two cores: a new connection has waited past the
      // production default of 5 s in a clean CI run. The fault tests set their own.
      DATABASE_CONNECT_TIMEOUT_MS: '30000',
      // Every test app calls from 127.0.0.1, often as the same demo users: only the rate-limit test sets real limits.
      RATE_LIMIT_PER_USER: '1000000',
      RATE_LIMIT_PER_IP: '1000000',
      ...env,
    });
    const running = await createApp(config, (url) => ApiModule.forRoot(config, url), migrations);
    await running.app.listen({ host: '127.0.0.1', port });
    return new TestApp(running, config, await running.app.getUrl());
  }

  get dataSource(): DataSource {
    return this.running.app.get(DataSource);
  }

  /** A development token for the user with this e-mail (e.g. `admin@uwv.demo`). */
  async tokenFor(email: string): Promise<string> {
    const [user]: { subject: string }[] = await this.dataSource.query(
      'SELECT subject FROM app_user WHERE lower(email) = lower($1)',
      [email],
    );
    if (!user) throw new Error(`no user ${email}`);
    return this.tokenForSubject(user.subject);
  }

  async tokenForSubject(subject: string, lifetime?: string | number): Promise<string> {
    const issuer = this.running.app.get(TokenVerifier).developmentIssuer;
    if (!issuer) throw new Error('the development issuer is off');
    return issuer.sign(subject, {}, lifetime);
  }

  /**
   * Sends an operation: one made with `graphql(...)` from `tests/gql` is typed by the schema, its variables and its
   * answer (`npm run codegen`); plain text is typed by the caller.
   */
  graphql<R, V>(
    operation: TypedDocumentString<R, V>,
    variables: V,
    auth?: { token?: string; as?: string },
  ): Promise<GraphQLResponse<R>>;
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    auth?: { token?: string; as?: string },
  ): Promise<GraphQLResponse<T>>;
  async graphql<T>(
    operation: string | TypedDocumentString<T, unknown>,
    variables: unknown = {},
    auth?: { token?: string; as?: string },
  ): Promise<GraphQLResponse<T>> {
    const query = operation.toString();
    const token = auth?.token ?? (auth?.as ? await this.tokenFor(auth.as) : undefined);
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse<T>, 'status'>) };
  }

  close(): Promise<void> {
    return this.running.close();
  }
}

/** The one error of a response, failing loudly when there is none. */
export function onlyError(response: GraphQLResponse<unknown>) {
  expect(response.errors).toHaveLength(1);
  return response.errors![0];
}
