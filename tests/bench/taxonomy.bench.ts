import 'reflect-metadata';
import { Actor, OrganisationKind, Role } from '@wsp/platform';
import { OccupationEntity, OccupationService, TAXONOMY_ENTITIES, TaxonomyRepository } from '@wsp/taxonomy';
import { performance } from 'node:perf_hooks';
import { benchDatabase, percentiles, runBenchmark } from './bench-database';

/** Target from issue 3: p95 of occupation search at the service level. */
const BASELINE_P95_MS = 5;
const QUERIES = 1000;

// Mixed as account managers and job coaches type them: job titles, prefixes, codes, English titles, typos.
const SEARCHES = [
  'heftruck',
  'heftruckchauffeur',
  'verzorgende',
  'verzorgende ig',
  'schoonma',
  'schoonmaker',
  'programmeur',
  'magazijn',
  'orderpicker',
  'vrachtwagen',
  'chauffeur',
  'kok',
  'bediening',
  'kassa',
  'vakkenvuller',
  'lasser',
  'timmerman',
  'elektricien',
  'metselaar',
  'loodgieter',
  'administratief',
  'boekhouder',
  'secretaresse',
  'receptionist',
  'klantenservice',
  'softwareontwikkelaar',
  'developer',
  'systeembeheerder',
  'helpdesk',
  'leerkracht',
  'docent',
  'onderwijsassistent',
  'pedagogisch medewerker',
  'beveiliger',
  'productiemedewerker',
  'inpakker',
  'hovenier',
  'tuinbouw',
  'bakker',
  'slager',
  'kapper',
  'automonteur',
  'verpleegkundige',
  'begeleider',
  '8344',
  '25',
  '512',
  '9112',
  'software developers',
  'nurses',
  'cleaners',
  'drivers',
  'vrachtwagenchaufeur',
  'schoonmakr',
  'zoologen',
  'm',
  'ver',
  'medewerker',
  'a',
  'manager',
];

async function main(): Promise<void> {
  const { dataSource, close } = await benchDatabase('wsp_bench_taxonomy', TAXONOMY_ENTITIES);
  try {
    const service = new OccupationService(
      dataSource.getRepository(OccupationEntity),
      new TaxonomyRepository(dataSource),
    );
    const actor: Actor = {
      userId: 'bench',
      subject: 'bench',
      displayName: 'bench',
      organisationId: 'bench',
      organisationKind: OrganisationKind.UWV,
      roles: [Role.ACCOUNT_MANAGER],
      regionCodes: [],
    };
    for (let i = 0; i < 100; i++) await service.search(actor, SEARCHES[i % SEARCHES.length], 20);
    const samples: number[] = [];
    for (let i = 0; i < QUERIES; i++) {
      const search = SEARCHES[(i * 7) % SEARCHES.length];
      const started = performance.now();
      await service.search(actor, search, 20);
      samples.push(performance.now() - started);
    }
    const result = percentiles(samples);
    const ratio = Math.round((result.p95 / BASELINE_P95_MS) * 100) / 100;
    process.stdout.write(
      [
        `bench:taxonomy  occupation search, ${QUERIES} mixed queries (${SEARCHES.length} distinct), service level`,
        `  latency ms: p50 ${result.p50}  p95 ${result.p95}  p99 ${result.p99}  max ${result.max}  mean ${result.mean}`,
        `  p95 / baseline ${BASELINE_P95_MS} ms = ${ratio}  (${ratio <= 1 ? 'within' : 'OVER'} target)`,
        '',
      ].join('\n'),
    );
  } finally {
    await close();
  }
}

runBenchmark(main);
