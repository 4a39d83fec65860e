import 'reflect-metadata';
import { migrations } from '@wsp/migrations';
import { createApp, loadConfig } from '@wsp/platform';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ApiModule } from '../../apps/api/src/api.module';
import { benchDatabase, percentiles, runBenchmark } from './bench-database';
import { HTTP_CLIENT_SOURCE } from './http-client';

/**
 * Issue 20: four anonymous requests at once, each a 1 MB query of 300,000 fields, blocked /health/live for 3 s.
 * Measures /health/live's latency while such requests arrive back to back, against its latency on an idle server
 * in the same run (the day's reference), and prints the ratio. The flood runs in a worker thread, the probe in
 * another, so neither waits on the server's event loop but through HTTP.
 */
const FLOODERS = 4;
const DURATION_MS = 5_000;
const FIELDS = 300_000;

const PROBE_AND_FLOOD = `
const { parentPort, workerData } = require('node:worker_threads');
const { url, prefix, flooders, durationMs } = workerData;
${HTTP_CLIENT_SOURCE}
(async () => {
  const deadline = performance.now() + durationMs;
  const statuses = {};
  const probes = [];
  let sent = 0;
  const flood = Array.from({ length: flooders }, async () => {
    while (performance.now() < deadline) {
      // Each query differs at its end, as an attacker's would, so no cache of parsed queries helps the server.
      const response = await send(url + '/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: prefix + 'b' + sent++ + ' }"}',
      });
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
    }
  });
  const probe = (async () => {
    while (performance.now() < deadline) {
      const begin = performance.now();
      await send(url + '/health/live');
      probes.push(performance.now() - begin);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  await Promise.all([...flood, probe]);
  parentPort.postMessage({ probes, statuses });
})();`;

function run(url: string, flooders: number): Promise<{ probes: number[]; statuses: Record<string, number> }> {
  const prefix = `{"query":"{ ${'a '.repeat(FIELDS)}`;
  return new Promise((resolveRun, reject) => {
    const worker = new Worker(PROBE_AND_FLOOD, {
      eval: true,
      workerData: { url, prefix, flooders, durationMs: DURATION_MS },
    });
    worker.once('message', resolveRun);
    worker.once('error', reject);
  });
}

async function main(): Promise<void> {
  const { dataSource, close } = await benchDatabase('wsp_bench_edge', []);
  const url = (dataSource.options as { url: string }).url;
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: url,
    DATA_DIR: resolve(__dirname, '../../../.data/bench'),
    LOG_LEVEL: 'silent',
    RUN_WORKERS: 'false',
  });
  await dataSource.query('DELETE FROM rate_limit_window');
  const api = await createApp(config, (databaseUrl) => ApiModule.forRoot(config, databaseUrl), migrations);
  await api.app.listen({ host: '127.0.0.1', port: 0 });
  const apiUrl = await api.app.getUrl();
  try {
    const idle = await run(apiUrl, 0);
    const flooded = await run(apiUrl, FLOODERS);
    const reference = percentiles(idle.probes);
    const underFlood = percentiles(flooded.probes);
    const sent = Object.values(flooded.statuses).reduce((sum, n) => sum + n, 0);
    process.stdout.write(
      [
        `bench:edge  /health/live while ${FLOODERS} anonymous clients send distinct queries of ${FIELDS.toLocaleString('en')} fields (600 kB) back to back, ${DURATION_MS / 1000} s`,
        `  idle server (reference):  p50 ${reference.p50} ms  p95 ${reference.p95} ms  max ${reference.max} ms  (${idle.probes.length} probes)`,
        `  under the flood:          p50 ${underFlood.p50} ms  p95 ${underFlood.p95} ms  max ${underFlood.max} ms  (${flooded.probes.length} probes)`,
        `  ratio flood / idle: p95 ${Math.round((underFlood.p95 / reference.p95) * 10) / 10}, max ${Math.round((underFlood.max / reference.max) * 10) / 10}`,
        `  flood answers: ${sent} requests, by status ${JSON.stringify(flooded.statuses)} (400: stopped at the token limit; 429: refused before parsing)`,
        `  issue 20 before the change: /health/live blocked for about 3,000 ms by 4 such requests`,
        '',
      ].join('\n'),
    );
  } finally {
    await api.close();
    await close();
  }
}

runBenchmark(main);
