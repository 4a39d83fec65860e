import { getIntrospectionQuery } from 'graphql';
import { AuditResult, serverAudits } from 'graphql-http';
import { TestApp } from '../support/test-app';

/**
 * The GraphQL over HTTP specification, checked by the graphql-http package's own server audit: every MUST
 * passes; a SHOULD that fails is listed here and in the README with the reason.
 */
const SHOULDS_NOT_MET: Record<string, string> = {
  // A request error (parse, validation, variable coercion) is HTTP 400 for application/json too: proxies, logs
  // and metrics count refused requests by status, and every client we serve reads the errors of a 400.
  '572B': 'SHOULD use 200 status code on document parsing failure when accepting application/json',
  FDE2: 'SHOULD use 200 status code on document validation failure when accepting application/json',
  '7B9B': 'SHOULD use a status code of 200 on variable coercion failure when accepting application/json',
};

describe('GraphQL over HTTP audit (graphql-http serverAudits)', () => {
  let app: TestApp;
  let results: (AuditResult & { name: string })[];
  beforeAll(async () => {
    app = await TestApp.start({ RUN_WORKERS: 'false' });
    const audits = serverAudits({ url: `${app.url}/graphql`, fetchFn: fetch });
    results = [];
    for (const audit of audits) results.push({ ...(await audit.fn()), name: audit.name });
    const counts = { ok: 0, notice: 0, warn: 0, error: 0 };
    for (const result of results) counts[result.status] += 1;
    process.stdout.write(
      `graphql-http audit: ${results.length} audits, ${counts.ok} ok, ${counts.error} MUST failed, ` +
        `${counts.warn} SHOULD not met, ${counts.notice} MAY not taken\n` +
        results
          .filter((r) => r.status !== 'ok')
          .map((r) => `  ${r.status} ${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}\n`)
          .join(''),
    );
  });
  afterAll(() => app.close());

  it('passes every MUST', () => {
    expect(results.filter((r) => r.status === 'error').map((r) => `${r.id} ${r.name}`)).toEqual([]);
  });

  it('meets every SHOULD but the ones listed with their reason', () => {
    expect(
      Object.fromEntries(
        results.filter((r) => r.status === 'warn').map((r) => [r.id, r.name.replace(/^\w+ /, 'SHOULD ')]),
      ),
    ).toEqual(SHOULDS_NOT_MET);
  });

  it('answers the standard introspection query in development (code generators and GraphiQL send it)', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: getIntrospectionQuery() }),
    });
    const answer = { status: response.status, body: (await response.json()) as { data?: unknown; errors?: unknown } };
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect((answer.body.data as { __schema: { queryType: { name: string } } }).__schema.queryType.name).toBe('Query');
  });
});
