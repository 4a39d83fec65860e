import 'reflect-metadata';
import { DemoSeedService } from '@wsp/directory';
import { DEV_AUDIENCE, DEV_ISSUER, DevIssuer, JobName } from '@wsp/platform';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { spawnApp, SpawnedApp } from '../support/spawned-app';
import { Query, seedMatchingProfiles, seedVacancySkills } from './bench-seeds';
import { benchDatabase, percentiles, runBenchmark } from './bench-database';
import { HTTP_CLIENT_SOURCE } from './http-client';

/** Targets from issue 27: at 70% of the mix's saturation throughput on this machine, measured in the same run. */
const TARGET_READ_P95_MS = 100;
const TARGET_DRAIN_S = 10;
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 50);
/** The measured run, at `UTILISATION` of the throughput the saturation run reached. */
const DURATION_S = Number(process.env.LOAD_DURATION_S ?? 60);
/** The saturation run: every connection a closed loop at full speed, no pause. */
const SATURATION_S = Number(process.env.LOAD_SATURATION_S ?? 20);
const WARMUP_S = Number(process.env.LOAD_WARMUP_S ?? 5);
/** Share of the saturation throughput the measured run offers (the think time follows from it). */
const UTILISATION = Number(process.env.LOAD_UTILISATION ?? 0.7);
/** API processes, as replicas behind a load balancer: connections are spread over them in turn. */
const API_REPLICAS = Number(process.env.LOAD_API_REPLICAS ?? 1);
/** Only the operations whose name matches this regular expression (all by default), to measure one on its own. */
const ONLY = process.env.LOAD_ONLY;
const DATA_DIR = resolve(__dirname, '../../../.data/bench');
const API_PORT = 54371;
const WORKER_PORT = 54372;

const EMPLOYERS = 2_000;
const VACANCIES_PER_EMPLOYER = 3;
const PROFILES = 20_000;
/** Vacancies whose suggestions the real matching worker computes before the load starts. */
const MATCHED_VACANCIES = 300;
const OCCUPATIONS = ['8344', '8322', '9333', '9321', '7126', '7411', '5322', '5321', '9112', '5120', '5223', '9412'];

async function seed(query: Query): Promise<void> {
  const occupations = `(ARRAY['${OCCUPATIONS.join("','")}'])`;
  const municipality = (i: string) =>
    `(SELECT code FROM municipality WHERE region_code = 'GRONINGEN' ORDER BY code OFFSET ${i} % 10 LIMIT 1)`;
  await query(
    `INSERT INTO employer (region_code, kvk_number, legal_name, municipality_code, sbi_codes, created_by)
     SELECT 'GRONINGEN', lpad((40000000 + i)::text, 8, '0'), 'Werkgever ' || lpad(i::text, 5, '0') || ' B.V.',
            ${municipality('i')}, ARRAY[(ARRAY['4711', '8610', '4120', '5610', '4941'])[1 + i % 5]],
            (SELECT id FROM app_user WHERE email = 'accountmanager@uwv.demo')
       FROM generate_series(1, $1) i`,
    [EMPLOYERS],
  );
  await query(
    `INSERT INTO employer_contact (employer_id, name, role, email)
     SELECT id, 'Contactpersoon ' || kvk_number, 'HR-adviseur', 'hr@werkgever.example' FROM employer`,
  );
  await query(
    `INSERT INTO employer_team_member (employer_id, user_id, is_lead)
     SELECT e.id, u.id, u.email = 'accountmanager@uwv.demo' FROM employer e JOIN app_user u
         ON u.email = 'accountmanager@uwv.demo' OR (u.email = 'accountmanager@groningen.demo' AND e.kvk_number::int % 2 = 0)`,
  );
  await query(
    `INSERT INTO employer_timeline_entry (employer_id, kind, text, author_id)
     SELECT e.id, 'NOTE', 'Notitie ' || n || ' over de personeelsbehoefte', e.created_by
       FROM employer e CROSS JOIN generate_series(1, 3) n`,
  );
  await query(
    `INSERT INTO vacancy (employer_id, region_code, title, occupation_code, min_education_level, hours_min, hours_max,
                          municipality_code, contract_type, owner_organisation_id, account_manager_id, languages, start_date)
     SELECT e.id, 'GRONINGEN', 'Vacature ' || x.n, ${occupations}[1 + x.n % ${OCCUPATIONS.length}], 'MBO_2', 24, 40,
            e.municipality_code, 'PERMANENT', u.organisation_id, u.id, ARRAY['nl'], date '2027-01-04'
       FROM (SELECT id, municipality_code, row_number() OVER (ORDER BY id) AS r FROM employer) e
       CROSS JOIN generate_series(1, $1) k
       CROSS JOIN LATERAL (SELECT (e.r * 10 + k)::int AS n) x
       JOIN app_user u ON u.email = 'accountmanager@uwv.demo'`,
    [VACANCIES_PER_EMPLOYER],
  );
  await seedVacancySkills(query);
  await seedMatchingProfiles(query, PROFILES, OCCUPATIONS);
  // The account manager's agenda: 200 visits over the coming 100 days, half of them joint.
  await query(
    `INSERT INTO visit (employer_id, region_code, starts_at, ends_at, location_kind, purpose, status, created_by)
     SELECT e.id, 'GRONINGEN', t, t + interval '1 hour', 'AT_EMPLOYER', 'Kennismaking', 'PLANNED', e.created_by
       FROM generate_series(1, 200) i
       JOIN (SELECT id, created_by, row_number() OVER (ORDER BY id) AS k FROM employer) e ON e.k = i * 7
       CROSS JOIN LATERAL (SELECT date_trunc('day', now()) + (i / 2) * interval '1 day' + interval '9 hours'
                                  + (i % 2) * interval '3 hours' AS t) x`,
  );
  await query(
    `INSERT INTO visit_participant (visit_id, user_id, organisation_id, is_lead)
     SELECT v.id, u.id, u.organisation_id, u.email = 'accountmanager@uwv.demo'
       FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM visit) v
       JOIN app_user u ON u.email = 'accountmanager@uwv.demo' OR (v.n % 2 = 0 AND u.email = 'accountmanager@groningen.demo')`,
  );
  // A year of placements for the director's report.
  await query(
    `INSERT INTO placement (vacancy_id, employer_id, region_code, pool, owner_organisation_id, occupation_code,
                            contract_type, start_date, hours_per_week, via_joint_visit, target_groups, max_ww,
                            placed_before_ww_end, created_by, created_at, sbi_section, vacancy_opened_at, days_to_fill)
     SELECT v.id, v.employer_id, 'GRONINGEN', o.kind, o.id, v.occupation_code, 'PERMANENT',
            date '2025-01-01' + i % 365, 32, i % 3 = 0, '{}', false, NULL, v.account_manager_id,
            timestamp '2025-01-01' + (i % 365) * interval '1 day', 'G', timestamp '2024-12-01', 30
       FROM generate_series(1, 5000) i
       JOIN (SELECT id, employer_id, occupation_code, account_manager_id, row_number() OVER (ORDER BY id) - 1 AS k
               FROM vacancy) v ON v.k = i
       JOIN organisation o ON o.slug = (ARRAY['uwv', 'groningen', 'wpda'])[1 + i % 3]`,
  );
  await query('VACUUM ANALYZE');
}

/** What the load generator draws its variables from. */
interface Fixtures {
  employerIds: string[];
  matchedVacancyIds: string[];
  suggestedProfileIds: string[];
  tokens: { accountManager: string; jobCoach: string; director: string };
}

/** The mix: who does what how often (weights), reads and writes, as a working day at the desk looks. */
const OPERATIONS = `[
  { name: 'agenda (account manager)', weight: 15, read: true, as: 'accountManager',
    body: () => ({ query: 'query Agenda($from: DateTime, $to: DateTime) { myAgenda(from: $from, to: $to, first: 200) { edges { node { id startsAt purpose joint employerId participants { userId isLead } followUps { id } } } } }',
                   variables: { from: new Date().toISOString(), to: new Date(Date.now() + 14 * 864e5).toISOString() } }) },
  { name: 'employer list (account manager)', weight: 15, read: true, as: 'accountManager',
    body: () => ({ query: 'query Employers { employers(first: 20) { totalCount edges { node { id legalName kvkNumber contacts { name role } team { userId isLead } vacancies { id title status } } } } }' }) },
  { name: 'employer page (account manager)', weight: 20, read: true, as: 'accountManager',
    body: (f) => ({ query: 'query Employer($id: ID!) { employer(id: $id) { id legalName kvkNumber contacts { name role email } team { userId isLead } vacancies { id title status occupationCode } timeline { kind text } } }',
                    variables: { id: pick(f.employerIds) } }) },
  { name: 'vacancy suggestions (account manager)', weight: 15, read: true, as: 'accountManager',
    body: (f) => ({ query: 'query VacancySuggestions($id: ID!) { vacancy(id: $id) { id title suggestions(first: 20) { rank score pool balanced explanation profile { publicCode occupationCodes } } } }',
                    variables: { id: pick(f.matchedVacancyIds) } }) },
  { name: 'profile suggestions (job coach)', weight: 15, read: true, as: 'jobCoach',
    body: (f) => ({ query: 'query ProfileSuggestions($id: ID!) { candidateProfile(id: $id) { id publicCode suggestions(first: 10) { rank score explanation } } }',
                    variables: { id: pick(f.suggestedProfileIds) } }) },
  { name: 'placement report (director)', weight: 2, read: true, as: 'director',
    body: () => ({ query: 'query Report($input: PlacementReportInput!) { placementReport(input: $input) { total { value display } rows { keys { label } placements { display } } } }',
                   variables: { input: { regionCode: 'GRONINGEN', from: '2025-01-01', to: '2025-12-31', groupBy: ['MONTH', 'ORGANISATION'] } } }) },
  { name: 'create vacancy (account manager)', weight: 8, read: false, as: 'accountManager',
    body: (f) => ({ query: 'mutation CreateVacancy($input: CreateVacancyInput!) { createVacancy(input: $input) { id version } }',
                    variables: { input: { employerId: pick(f.employerIds), title: 'Medewerker logistiek', occupationCode: pick(${JSON.stringify(OCCUPATIONS)}),
                                          hoursMin: 24, hoursMax: 38, municipalityCode: 'GM0014', contractType: 'PERMANENT', languages: ['nl'] } } }) },
  { name: 'add note (account manager)', weight: 10, read: false, as: 'accountManager',
    body: (f) => ({ query: 'mutation Note($input: AddEmployerNoteInput!) { addEmployerNote(input: $input) { id } }',
                    variables: { input: { employerId: pick(f.employerIds), text: 'Gebeld over de openstaande vacatures.' } } }) },
]`;

/**
 * Virtual users on a thread of their own, so the generator does not share a core's event loop. Without `paceMs`
 * each is a closed loop at full speed (saturation); with it, each starts a request every `paceMs` on average
 * (uniformly 0.5-1.5x, so users do not fall into step) and thinks for what is left of that interval, so the
 * offered throughput is `connections / paceMs` whatever the response times.
 */
const LOAD_SCRIPT = `
const { parentPort, workerData } = require('node:worker_threads');
const { urls, fixtures, connections, warmupMs, durationMs, paceMs, only } = workerData;
${HTTP_CLIENT_SOURCE}
const pick = (items) => items[Math.floor(Math.random() * items.length)];
const operations = ${OPERATIONS}.filter((op) => !only || new RegExp(only).test(op.name));
const totalWeight = operations.reduce((sum, op) => sum + op.weight, 0);
const choose = () => { let r = Math.random() * totalWeight; for (const op of operations) { r -= op.weight; if (r < 0) return op; } return operations[0]; };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
(async () => {
  const results = Object.fromEntries(operations.map((op) => [op.name, { read: op.read, samples: [], errors: 0, firstError: undefined }]));
  const begin = performance.now();
  const measureFrom = begin + warmupMs;
  const deadline = measureFrom + durationMs;
  await Promise.all(Array.from({ length: connections }, async (_, connection) => {
    const url = urls[connection % urls.length];
    let next = begin + (paceMs ? Math.random() * paceMs : 0);
    while (performance.now() < deadline) {
      if (paceMs) { await sleep(Math.max(0, next - performance.now())); next += paceMs * (0.5 + Math.random()); }
      if (performance.now() >= deadline) break;
      const op = choose();
      const started = performance.now();
      let error;
      try {
        const response = await send(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer ' + fixtures.tokens[op.as] }, body: JSON.stringify(op.body(fixtures)) });
        const body = JSON.parse(response.text);
        if (response.status !== 200 || body.errors) error = response.status + ' ' + JSON.stringify(body.errors ?? body).slice(0, 300);
      } catch (e) { error = String(e); }
      const elapsed = performance.now() - started;
      if (started < measureFrom) continue;
      const result = results[op.name];
      if (error) { result.errors += 1; result.firstError ??= error; } else result.samples.push(elapsed);
    }
  }));
  parentPort.postMessage({ results, seconds: (performance.now() - measureFrom) / 1000 });
})();`;

interface LoadRun {
  results: Record<string, OperationResult>;
  seconds: number;
}

/** One run of the mix from `urls`, closed-loop at full speed or paced (see LOAD_SCRIPT). */
function runLoad(
  urls: string[],
  fixtures: Fixtures,
  { durationMs, paceMs }: { durationMs: number; paceMs?: number },
): Promise<LoadRun> {
  return new Promise((resolveRun, reject) => {
    const load = new Worker(LOAD_SCRIPT, {
      eval: true,
      workerData: {
        urls,
        fixtures,
        connections: CONNECTIONS,
        warmupMs: WARMUP_S * 1000,
        durationMs,
        paceMs,
        only: ONLY,
      },
    });
    load.once('message', resolveRun);
    load.once('error', reject);
  });
}

function requestsPerSecond({ results, seconds }: LoadRun): number {
  return Object.values(results).reduce((sum, r) => sum + r.samples.length + r.errors, 0) / seconds;
}

interface OperationResult {
  read: boolean;
  samples: number[];
  errors: number;
  firstError?: string;
}

/** Resident memory now and at its peak, from /proc (Linux), in MiB. */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rss: Math.round(kib('VmRSS') / 1024), peak: Math.round(kib('VmHWM') / 1024) };
}

/** The fields of /proc/<pid>/stat after the command name (Linux); index 11 is utime, 12 stime, 13 cutime, 14 cstime. */
function statFields(pid: number | string): number[] {
  return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ').map(Number);
}

/** CPU seconds (user + system) a process has used so far, in clock ticks of 100 per second. */
function cpuSecondsOf(pid: number): number {
  const fields = statFields(pid);
  return (fields[11] + fields[12]) / 100;
}

/**
 * CPU seconds of the PostgreSQL server: the postmaster, the processes it runs now, and those that have ended (a
 * backend that exits is reaped by the postmaster, and its time moves to the postmaster's cutime and cstime).
 */
function postgresCpuSeconds(): number {
  const postmaster = Number(readFileSync(resolve(DATA_DIR, 'postgres/postmaster.pid'), 'utf8').split('\n')[0]);
  const own = statFields(postmaster);
  let total = (own[11] + own[12] + own[13] + own[14]) / 100;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = statFields(entry);
      if (fields[1] === postmaster) total += (fields[11] + fields[12]) / 100;
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
}

/** Jobs not yet done: outbox rows not relayed plus matching jobs waiting, delayed or running (from /metrics). */
async function backlog(apiUrl: string): Promise<number> {
  const text = await (await fetch(`${apiUrl}/metrics`)).text();
  let total = 0;
  for (const line of text.split('\n')) {
    if (/^wsp_outbox_pending /.test(line)) total += Number(line.split(' ')[1]);
    if (/^wsp_queue_jobs\{queue="matching",state="(waiting|prioritized|delayed|active)"\}/.test(line)) {
      total += Number(line.split(' ')[1]);
    }
  }
  return total;
}

async function untilDrained(apiUrl: string, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while ((await backlog(apiUrl)) > 0) {
    if (Date.now() - started > timeoutMs) return Number.POSITIVE_INFINITY;
    await new Promise((r) => setTimeout(r, 100));
  }
  return (Date.now() - started) / 1000;
}

async function main(): Promise<void> {
  const { dataSource, close } = await benchDatabase('wsp_bench_load', []);
  const databaseUrl = (dataSource.options as { url: string }).url;
  const env = {
    DATABASE_URL: databaseUrl,
    DATA_DIR,
    LOG_LEVEL: 'warn',
    RATE_LIMIT_PER_USER: '1000000',
    RATE_LIMIT_PER_IP: '1000000',
    ...(process.env.LOAD_POOL_SIZE ? { DATABASE_POOL_SIZE: process.env.LOAD_POOL_SIZE } : {}),
  };
  const processes: SpawnedApp[] = [];
  try {
    await new DemoSeedService(dataSource).seed();
    await seed((sql, params) => dataSource.query(sql, params));
    // LOAD_PROFILE=<dir>: CPU profiles of both processes, written when they stop.
    const profile = {
      nodeArgs: process.env.LOAD_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.LOAD_PROFILE}`] : [],
    };
    const apis: SpawnedApp[] = [];
    for (let replica = 0; replica < API_REPLICAS; replica++) {
      const port = String(API_PORT + 10 * replica);
      apis.push(await spawnApp('api', 'API ready', { ...env, PORT: port, RUN_WORKERS: 'false' }, profile));
    }
    processes.push(...apis);
    const worker = await spawnApp('worker', 'worker ready', { ...env, PORT: String(WORKER_PORT) }, profile);
    processes.push(worker);
    const apiUrl = `http://127.0.0.1:${API_PORT}`;

    // Suggestions for the reads, computed by the worker the way every vacancy gets them.
    const matched: { id: string }[] = await dataSource.query('SELECT id FROM vacancy ORDER BY id LIMIT $1', [
      MATCHED_VACANCIES,
    ]);
    await dataSource.query(
      `INSERT INTO outbox (job_name, job_id, payload)
       SELECT $1, $1 || '-' || id || '-v1', json_build_object('vacancyId', id) FROM vacancy WHERE id = ANY($2)`,
      [JobName.MATCH_VACANCY, matched.map((v) => v.id)],
    );
    const prepared = await untilDrained(apiUrl, 300_000);
    const suggested: { profile_id: string }[] = await dataSource.query(
      `SELECT DISTINCT s.profile_id FROM suggestion s JOIN candidate_profile p ON p.id = s.profile_id
        JOIN app_user u ON u.id = p.coach_id WHERE u.email = 'jobcoach@uwv.demo' LIMIT 2000`,
    );
    const employers: { id: string }[] = await dataSource.query('SELECT id FROM employer ORDER BY random() LIMIT 1000');

    const issuer = await DevIssuer.load(resolve(DATA_DIR, 'dev-issuer-key.json'), DEV_ISSUER, DEV_AUDIENCE);
    const fixtures: Fixtures = {
      employerIds: employers.map((e) => e.id),
      matchedVacancyIds: matched.map((v) => v.id),
      suggestedProfileIds: suggested.map((s) => s.profile_id),
      tokens: {
        accountManager: await issuer.sign('demo|accountmanager@uwv.demo'),
        jobCoach: await issuer.sign('demo|jobcoach@uwv.demo'),
        director: await issuer.sign('demo|director@uwv.demo'),
      },
    };

    const urls = apis.map((_, replica) => `http://127.0.0.1:${API_PORT + 10 * replica}/graphql`);
    // Saturation first: what this machine serves today at full speed, then the queue it left drained.
    const saturation = await runLoad(urls, fixtures, { durationMs: SATURATION_S * 1000 });
    const saturationRate = requestsPerSecond(saturation);
    const saturationDrain = await untilDrained(apiUrl, 300_000);
    const offeredRate = UTILISATION * saturationRate;
    const paceMs = (CONNECTIONS / offeredRate) * 1000;

    const apiCpuSeconds = () => apis.reduce((sum, api) => sum + cpuSecondsOf(api.process.pid!), 0);
    const cpuBefore = {
      api: apiCpuSeconds(),
      worker: cpuSecondsOf(worker.process.pid!),
      postgres: postgresCpuSeconds(),
      generator: process.cpuUsage(),
      at: Date.now(),
    };
    const { results, seconds } = await runLoad(urls, fixtures, { durationMs: DURATION_S * 1000, paceMs });
    const wall = (Date.now() - cpuBefore.at) / 1000;
    const generator = process.cpuUsage(cpuBefore.generator);
    const cores = {
      api: (apiCpuSeconds() - cpuBefore.api) / wall,
      worker: (cpuSecondsOf(worker.process.pid!) - cpuBefore.worker) / wall,
      postgres: (postgresCpuSeconds() - cpuBefore.postgres) / wall,
      generator: (generator.user + generator.system) / 1e6 / wall,
    };
    const drainSeconds = await untilDrained(apiUrl, 120_000);
    const memory = { apis: apis.map((api) => memoryOf(api.process.pid!)), worker: memoryOf(worker.process.pid!) };

    const rows = Object.entries(results).map(([name, r]) => ({ name, ...r, latency: percentiles(r.samples) }));
    const total = rows.reduce((sum, r) => sum + r.samples.length, 0);
    const errors = rows.reduce((sum, r) => sum + r.errors, 0);
    const readP95 = Math.max(...rows.filter((r) => r.read).map((r) => r.latency.p95));
    const allReads = percentiles(rows.filter((r) => r.read).flatMap((r) => r.samples));
    const fmt = (n: number) => n.toFixed(1).padStart(7);
    const lines = [
      `bench:load  ${CONNECTIONS} virtual users${API_REPLICAS > 1 ? ` over ${API_REPLICAS} API processes` : ''}; API and worker as separate processes`,
      `  saturation (the day's reference): ${saturationRate.toFixed(0)} req/s at full speed for ${SATURATION_S} s (queue drained ${saturationDrain.toFixed(1)} s after)`,
      `  measured run: ${DURATION_S} s after ${WARMUP_S} s warm-up, offered ${offeredRate.toFixed(0)} req/s = ${Math.round(UTILISATION * 100)}% of saturation (each user starts a request every ${paceMs.toFixed(0)} ms on average)`,
      `  data: ${EMPLOYERS} employers, ${EMPLOYERS * VACANCIES_PER_EMPLOYER} vacancies, ${PROFILES} profiles; suggestions of ${MATCHED_VACANCIES} vacancies prepared by the worker in ${prepared.toFixed(1)} s`,
      `  ${'operation'.padEnd(40)} ${'req/s'.padStart(7)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} errors`,
      ...rows.map(
        (r) =>
          `  ${r.name.padEnd(40)} ${fmt(r.samples.length / seconds)} ${fmt(r.latency.p50)} ${fmt(r.latency.p95)} ${fmt(r.latency.p99)} ${r.errors}`,
      ),
      `  all: ${(total / seconds).toFixed(0)} req/s served (${((total + errors) / seconds / saturationRate).toFixed(2)} of saturation); reads p50 ${allReads.p50} ms, p95 ${allReads.p95} ms, p99 ${allReads.p99} ms; errors ${errors}`,
      ...rows.filter((r) => r.firstError).map((r) => `  first error of ${r.name}: ${r.firstError}`),
      `  queue drained ${Number.isFinite(drainSeconds) ? `${drainSeconds.toFixed(1)} s` : 'NOT within 120 s'} after the load stopped`,
      `  CPU during the load (cores): API ${cores.api.toFixed(2)}, worker ${cores.worker.toFixed(2)}, PostgreSQL ${cores.postgres.toFixed(2)}, load generator ${cores.generator.toFixed(2)}`,
      `  memory (RSS now / peak): API ${memory.apis.map((api) => `${api.rss} / ${api.peak}`).join(', ')} MiB, worker ${memory.worker.rss} / ${memory.worker.peak} MiB`,
      ONLY
        ? `  LOAD_ONLY=${ONLY}: a part of the mix, not compared with the targets`
        : `  ratio slowest read p95 / ${TARGET_READ_P95_MS} ms = ${(readP95 / TARGET_READ_P95_MS).toFixed(2)} (${readP95 <= TARGET_READ_P95_MS ? 'within' : 'ABOVE'} target); ` +
          `errors ${errors} (target 0); drain ${Number.isFinite(drainSeconds) ? drainSeconds.toFixed(1) : '∞'} s / ${TARGET_DRAIN_S} s = ` +
          `${(drainSeconds / TARGET_DRAIN_S).toFixed(2)} (${drainSeconds <= TARGET_DRAIN_S ? 'within' : 'ABOVE'} target)`,
      '',
    ];
    process.stdout.write(lines.join('\n'));
  } finally {
    for (const app of processes.reverse()) await app.stop();
    await close();
  }
}

runBenchmark(main);
