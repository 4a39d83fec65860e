import 'reflect-metadata';
import { DemoSeedService } from '@wsp/directory';
import { migrations } from '@wsp/migrations';
import { createApp, loadConfig, TokenVerifier } from '@wsp/platform';
import Fastify from 'fastify';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Pool } from 'pg';
import { ApiModule } from '../../apps/api/src/api.module';
import { benchDatabase, percentiles, runBenchmark } from './bench-database';
import { HTTP_CLIENT_SOURCE } from './http-client';

/** Target from issue 4: the GraphQL page serves at least half the throughput of a raw pg handler. */
const BASELINE_RATIO = 0.5;
const CONNECTIONS = 20;
const WARMUP_MS = 3_000;
const DURATION_MS = 10_000;
/**
 * Each side runs in this many slices, taken in turns (A B B A A B …): the machine's speed drifts over seconds,
 * and two back-to-back 10 s runs compared drift as much as the handlers (ratios 0.46-0.67 in one hour).
 */
const SLICES = 5;
const EMPLOYERS = 10_000;
const VACANCIES_PER_EMPLOYER = 3;

const PAGE_QUERY = `{ employers(first: 50) { totalCount edges { node {
  id legalName kvkNumber
  contacts { name role }
  team { userId isLead }
  vacancies { id title status }
  timeline { kind text }
} } } }`;

/** The same page as one hand-written statement, as a raw handler would serve it. */
const RAW_SQL = `
  SELECT json_build_object('data', json_build_object('employers', json_build_object(
    'totalCount', (SELECT count(*) FROM employer WHERE region_code = $1 AND merged_into_id IS NULL),
    'edges', coalesce(json_agg(json_build_object('node', json_build_object(
      'id', e.id, 'legalName', e.legal_name, 'kvkNumber', e.kvk_number,
      'contacts', (SELECT coalesce(json_agg(json_build_object('name', c.name, 'role', c.role) ORDER BY c.name), '[]')
                     FROM employer_contact c WHERE c.employer_id = e.id),
      'team', (SELECT coalesce(json_agg(json_build_object('userId', t.user_id, 'isLead', t.is_lead) ORDER BY t.is_lead DESC, t.added_at), '[]')
                 FROM employer_team_member t WHERE t.employer_id = e.id),
      'vacancies', (SELECT coalesce(json_agg(json_build_object('id', v.id, 'title', v.title, 'status', v.status) ORDER BY v.created_at DESC, v.id DESC), '[]')
                      FROM vacancy v WHERE v.employer_id = e.id),
      'timeline', (SELECT coalesce(json_agg(json_build_object('kind', x.kind, 'text', x.text)), '[]')
                     FROM (SELECT kind, text FROM employer_timeline_entry WHERE employer_id = e.id
                            ORDER BY occurred_at DESC, id DESC LIMIT 20) x)
    )) ORDER BY e.legal_name, e.id), '[]')
  ))) AS body
  FROM (SELECT * FROM employer WHERE region_code = $1 AND merged_into_id IS NULL ORDER BY legal_name, id LIMIT 50) e`;

async function seed(query: (sql: string, params?: unknown[]) => Promise<unknown>): Promise<void> {
  await query(
    `INSERT INTO employer (region_code, kvk_number, legal_name, municipality_code, created_by, sbi_codes)
     SELECT 'GRONINGEN', lpad((10000000 + i)::text, 8, '0'), 'Werkgever ' || lpad(i::text, 5, '0') || ' B.V.', 'GM0106',
            (SELECT id FROM app_user WHERE email = 'accountmanager@uwv.demo'), ARRAY['4711']
       FROM generate_series(1, $1) i`,
    [EMPLOYERS],
  );
  await query(
    `INSERT INTO employer_contact (employer_id, name, role) SELECT id, 'Contactpersoon ' || kvk_number, 'HR' FROM employer`,
  );
  await query(
    `INSERT INTO employer_team_member (employer_id, user_id, is_lead)
     SELECT e.id, u.id, true FROM employer e, app_user u WHERE u.email = 'accountmanager@uwv.demo'`,
  );
  await query(
    `INSERT INTO employer_timeline_entry (employer_id, kind, text, author_id)
     SELECT id, 'CREATED', 'Account aangemaakt', created_by FROM employer`,
  );
  await query(
    `INSERT INTO vacancy (employer_id, region_code, title, occupation_code, hours_min, hours_max, municipality_code,
                          contract_type, owner_organisation_id, account_manager_id)
     SELECT e.id, 'GRONINGEN', 'Vacature ' || n, '8344', 24, 40, 'GM0106', 'PERMANENT', u.organisation_id, u.id
       FROM employer e, generate_series(1, $1) n, app_user u WHERE u.email = 'accountmanager@uwv.demo'`,
    [VACANCIES_PER_EMPLOYER],
  );
  await query('ANALYZE');
}

/** The load generator: `connections` clients in a closed loop; runs on its own thread, off the servers' core. */
const LOAD_SCRIPT = `
const { parentPort, workerData } = require('node:worker_threads');
const { url, init, connections, durationMs } = workerData;
${HTTP_CLIENT_SOURCE}
(async () => {
  const samples = [];
  let failures = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  await Promise.all(Array.from({ length: connections }, async () => {
    while (performance.now() < deadline) {
      const begin = performance.now();
      const response = await send(url, init);
      if (response.status === 200) samples.push(performance.now() - begin); else failures += 1;
    }
  }));
  parentPort.postMessage({ samples, failures, seconds: (performance.now() - started) / 1000 });
})();`;

interface LoadRun {
  samples: number[];
  failures: number;
  seconds: number;
}

function load(url: string, init: RequestInit, durationMs: number): Promise<LoadRun> {
  return new Promise<LoadRun>((resolveResult, reject) => {
    const worker = new Worker(LOAD_SCRIPT, {
      eval: true,
      workerData: { url, init, connections: CONNECTIONS, durationMs },
    });
    worker.once('message', resolveResult);
    worker.once('error', reject);
  });
}

/** The figures of one side over all its slices. */
function figures(runs: readonly LoadRun[]) {
  const samples = runs.flatMap((run) => run.samples);
  const seconds = runs.reduce((sum, run) => sum + run.seconds, 0);
  return {
    requestsPerSecond: Math.round(samples.length / seconds),
    failures: runs.reduce((sum, run) => sum + run.failures, 0),
    latency: percentiles(samples),
  };
}

async function main(): Promise<void> {
  const { dataSource, close } = await benchDatabase('wsp_bench_api', []);
  const url = (dataSource.options as { url: string }).url;
  await new DemoSeedService(dataSource).seed();
  await seed((sql, params) => dataSource.query(sql, params));

  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: url,
    DATA_DIR: resolve(__dirname, '../../../.data/bench'),
    LOG_LEVEL: 'silent',
    RUN_WORKERS: 'false',
    // One user at full speed is the point here; the limits are measured elsewhere.
    RATE_LIMIT_PER_USER: '1000000',
    RATE_LIMIT_PER_IP: '1000000',
  });
  const api = await createApp(config, (databaseUrl) => ApiModule.forRoot(config, databaseUrl), migrations);
  await api.app.listen({ host: '127.0.0.1', port: 0 });
  const apiUrl = `${await api.app.getUrl()}/graphql`;
  const token = await api.app.get(TokenVerifier).developmentIssuer!.sign('demo|accountmanager@uwv.demo');

  const pool = new Pool({ connectionString: url, max: config.database.poolSize });
  const raw = Fastify();
  raw.get('/employers', async (_request, reply) => {
    const { rows } = await pool.query(RAW_SQL, ['GRONINGEN']);
    return reply.type('application/json').send(rows[0].body);
  });
  const rawUrl = `${await raw.listen({ host: '127.0.0.1', port: 0 })}/employers`;

  try {
    const graphql: RequestInit = {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: PAGE_QUERY }),
    };
    const [fromApi, fromRaw] = await Promise.all([
      fetch(apiUrl, graphql).then((r) => r.json()),
      fetch(rawUrl).then((r) => r.json()),
    ]);
    if (JSON.stringify(fromApi) !== JSON.stringify(fromRaw)) {
      throw new Error('the two handlers do not return the same JSON');
    }
    await load(apiUrl, graphql, WARMUP_MS);
    await load(rawUrl, {}, WARMUP_MS);
    const sides = { api: [] as LoadRun[], raw: [] as LoadRun[] };
    const slice = DURATION_MS / SLICES;
    for (let turn = 0; turn < SLICES; turn++) {
      const order = turn % 2 === 0 ? (['api', 'raw'] as const) : (['raw', 'api'] as const);
      for (const side of order) {
        sides[side].push(side === 'api' ? await load(apiUrl, graphql, slice) : await load(rawUrl, {}, slice));
      }
    }
    const apiResult = figures(sides.api);
    const rawResult = figures(sides.raw);
    const ratio = Math.round((apiResult.requestsPerSecond / rawResult.requestsPerSecond) * 100) / 100;
    process.stdout.write(
      [
        `bench:api  employer list page (50 employers with contacts, team, vacancies, timeline) of ${EMPLOYERS} employers / ${EMPLOYERS * VACANCIES_PER_EMPLOYER} vacancies, ${CONNECTIONS} connections, ${DURATION_MS / 1000} s each in ${SLICES} slices taken in turns`,
        `  GraphQL (Nest + Mercurius): ${apiResult.requestsPerSecond} req/s  p50 ${apiResult.latency.p50} ms  p95 ${apiResult.latency.p95} ms  failures ${apiResult.failures}`,
        `  raw pg + Fastify:           ${rawResult.requestsPerSecond} req/s  p50 ${rawResult.latency.p50} ms  p95 ${rawResult.latency.p95} ms  failures ${rawResult.failures}`,
        `  ratio GraphQL / raw = ${ratio}  (baseline ${BASELINE_RATIO}: ${ratio >= BASELINE_RATIO ? 'within' : 'BELOW'} target)`,
        '',
      ].join('\n'),
    );
  } finally {
    await raw.close();
    await pool.end();
    await api.close();
    await close();
  }
}

runBenchmark(main);
