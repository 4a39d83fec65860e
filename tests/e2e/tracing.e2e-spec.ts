import { DEV_AUDIENCE, DEV_ISSUER, DevIssuer } from '@wsp/platform';
import { once } from 'node:events';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { randomPort, spawnApp, SpawnedApp } from '../support/spawned-app';
import { TEST_DATA_DIR } from '../support/test-database';

interface ExportedSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: { key: string; value: { stringValue?: string; intValue?: string | number } }[];
}

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const CALLER_SPAN_ID = '00f067aa0ba902b7';
const SPAN_KIND_SERVER = 2;
const SPAN_KIND_CLIENT = 3;
const SPAN_KIND_CONSUMER = 5;

/**
 * With OTEL_EXPORTER_OTLP_ENDPOINT set, the API exports spans over OTLP/HTTP to a collector (here a plain HTTP
 * server): a server span continuing the caller's W3C trace, named after the GraphQL operation, with the SQL
 * statements of the request as its children; log lines of the request name the trace.
 */
describe('OpenTelemetry tracing', () => {
  let collector: Server;
  let api: SpawnedApp;
  const spans: ExportedSpan[] = [];
  const port = randomPort();

  beforeAll(async () => {
    collector = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        if (req.url === '/v1/traces') {
          const exported = JSON.parse(body) as {
            resourceSpans: { scopeSpans: { spans: ExportedSpan[] }[] }[];
          };
          for (const resource of exported.resourceSpans)
            for (const scope of resource.scopeSpans) spans.push(...scope.spans);
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    collector.listen(0, '127.0.0.1');
    await once(collector, 'listening');
    api = await spawnApp('api', 'API ready', {
      PORT: String(port),
      RUN_WORKERS: 'true',
      LOG_LEVEL: 'info',
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(collector.address() as AddressInfo).port}`,
      OTEL_BSP_SCHEDULE_DELAY: '100',
    });
  });
  afterAll(async () => {
    await api?.stop();
    collector?.close();
  });

  const graphql = async (query: string, variables: Record<string, unknown> = {}, headers = {}) => {
    const issuer = await DevIssuer.load(resolve(TEST_DATA_DIR, 'dev-issuer-key.json'), DEV_ISSUER, DEV_AUDIENCE);
    return fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await issuer.sign('demo|accountmanager@uwv.demo')}`,
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
  };
  const until = async (found: () => boolean) => {
    const deadline = Date.now() + 15_000;
    while (!found() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  };

  it("continues the caller's trace with a span per request and per SQL statement, and logs the trace id", async () => {
    const response = await graphql(
      'query TracedEmployers { employers(first: 1) { totalCount } }',
      {},
      {
        traceparent: `00-${TRACE_ID}-${CALLER_SPAN_ID}-01`,
      },
    );
    expect(response.status).toBe(200);

    const ofTrace = () => spans.filter((span) => span.traceId === TRACE_ID);
    await until(() => ofTrace().some((span) => span.kind === SPAN_KIND_SERVER));
    const server = ofTrace().find((span) => span.kind === SPAN_KIND_SERVER);
    // Named by the root field from the schema, never by the name the client gave the operation.
    expect(server).toMatchObject({ name: 'query employers', parentSpanId: CALLER_SPAN_ID });
    const attribute = (key: string) => server!.attributes.find((a) => a.key === key)?.value;
    expect(attribute('graphql.operation.name')).toEqual({ stringValue: 'employers' });
    expect(JSON.stringify(ofTrace())).not.toContain('TracedEmployers');
    expect(attribute('http.route')).toEqual({ stringValue: '/graphql' });
    expect(Number(attribute('http.response.status_code')?.intValue)).toBe(200);

    const statements = ofTrace().filter((span) => span.kind === SPAN_KIND_CLIENT);
    expect(statements.length).toBeGreaterThanOrEqual(2); // the user's lookup and the employer page at least
    // Each descends from the request's span (a new pool connection nests its connect span in between).
    const byId = new Map(ofTrace().map((span) => [span.spanId, span]));
    const descendsFromServer = (span: ExportedSpan | undefined): boolean =>
      !!span && (span.parentSpanId === server!.spanId || descendsFromServer(byId.get(span.parentSpanId ?? '')));
    for (const statement of statements) expect(descendsFromServer(statement)).toBe(true);

    const completed = api
      .output()
      .split('\n')
      .filter((line) => line.includes('"request completed"'))
      .map((line) => JSON.parse(line) as { traceId?: string });
    expect(completed.map((line) => line.traceId)).toContain(TRACE_ID);
  });

  it('traces every job with its SQL statements, in the trace of the request that caused it', async () => {
    const employer = (await (
      await graphql('mutation($input: CreateEmployerInput!) { createEmployer(input: $input) { id } }', {
        input: {
          kvkNumber: String(70_000_000 + (Date.now() % 9_999_999)),
          legalName: 'Traced B.V.',
          municipalityCode: 'GM0014',
        },
      })
    ).json()) as { data: { createEmployer: { id: string } } };
    const causeTrace = '0af7651916cd43dd8448eb211c80319c';
    await graphql(
      'mutation($input: CreateVacancyInput!) { createVacancy(input: $input) { id } }',
      {
        input: {
          employerId: employer.data.createEmployer.id,
          title: 'Magazijnmedewerker',
          occupationCode: '9333',
          hoursMin: 24,
          hoursMax: 38,
          municipalityCode: 'GM0014',
          contractType: 'PERMANENT',
        },
      },
      { traceparent: `00-${causeTrace}-b7ad6b7169203331-01` },
    );
    const job = () =>
      spans.find(
        (span) => span.kind === SPAN_KIND_CONSUMER && span.name === 'job match-vacancy' && span.traceId === causeTrace,
      );
    await until(() => job() !== undefined);
    expect(job()?.attributes).toEqual(
      expect.arrayContaining([{ key: 'messaging.destination.name', value: { stringValue: 'matching' } }]),
    );
    // The job hangs under the span of the request whose transaction recorded it (through the outbox and queue).
    const request = spans.find((span) => span.traceId === causeTrace && span.kind === SPAN_KIND_SERVER);
    const byId = new Map(spans.filter((span) => span.traceId === causeTrace).map((span) => [span.spanId, span]));
    const ancestors = (span: ExportedSpan | undefined): string[] =>
      span?.parentSpanId ? [span.parentSpanId, ...ancestors(byId.get(span.parentSpanId))] : [];
    expect(ancestors(job())).toContain(request!.spanId);
    await until(() => spans.some((span) => span.parentSpanId === job()!.spanId));
    expect(spans.filter((span) => span.parentSpanId === job()!.spanId).length).toBeGreaterThan(0);
  });
});
