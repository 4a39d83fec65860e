import { Role } from '@wsp/platform';
import { randomInt } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { createUser } from './user.factory';

/**
 * A labour market region of its own for report tests: nothing another test writes can change its figures.
 * One UWV office and two municipalities, each with an account manager; a director and a job coach.
 */
export interface ReportRegion {
  code: string;
  name: string;
  municipalities: string[];
  organisations: { id: string; name: string; pool: 'UWV' | 'MUNICIPALITY'; slug: string }[];
  accountManager: { id: string; email: string };
  director: { email: string };
  admin: { email: string };
  jobCoach: { email: string };
  coachId: string;
}

export async function createReportRegion(dataSource: DataSource): Promise<ReportRegion> {
  const suffix = randomInt(100, 999);
  const code = `RAPPORT_${suffix}_${randomInt(1e6)}`;
  const name = `Rapportregio ${suffix}`;
  await dataSource.query('INSERT INTO labour_market_region (code, name) VALUES ($1, $2)', [code, name]);
  const municipalities = [`GM9${suffix}`, `GM8${suffix}`];
  for (const [i, municipality] of municipalities.entries()) {
    await dataSource.query(
      `INSERT INTO municipality (code, name, region_code, latitude, longitude) VALUES ($1, $2, $3, 52.1, 5.1)`,
      [municipality, `Rapportdorp ${suffix}-${i}`, code],
    );
  }
  const organisations: ReportRegion['organisations'] = [];
  for (const [kind, label] of [
    ['UWV', `UWV Rapportregio ${suffix}`],
    ['MUNICIPALITY', `Gemeente Rapportdorp ${suffix}-0`],
    ['MUNICIPALITY', `Gemeente Rapportdorp ${suffix}-1`],
  ] as const) {
    const slug = `rapport-${suffix}-${organisations.length}-${randomInt(1e6)}`;
    const [row]: { id: string }[] = await dataSource.query(
      'INSERT INTO organisation (kind, name, slug) VALUES ($1, $2, $3) RETURNING id',
      [kind, label, slug],
    );
    await dataSource.query('INSERT INTO organisation_region (organisation_id, region_code) VALUES ($1, $2)', [
      row.id,
      code,
    ]);
    organisations.push({ id: row.id, name: label, pool: kind, slug });
  }
  const uwv = organisations[0].slug;
  const accountManager = await createUser(dataSource, { organisation: uwv, roles: [Role.ACCOUNT_MANAGER] });
  const director = await createUser(dataSource, { organisation: uwv, roles: [Role.REGIONAL_DIRECTOR] });
  const admin = await createUser(dataSource, { organisation: organisations[1].slug, roles: [Role.ADMIN] });
  const jobCoach = await createUser(dataSource, { organisation: uwv, roles: [Role.JOB_COACH] });
  return {
    code,
    name,
    municipalities,
    organisations,
    accountManager: { id: accountManager.id, email: accountManager.email },
    director: { email: director.email },
    admin: { email: admin.email },
    jobCoach: { email: jobCoach.email },
    coachId: jobCoach.id,
  };
}

/** A small deterministic pseudo-random generator (mulberry32), so a failing report test fails the same way again. */
export function seededRandom(seed: number): { int(maxExclusive: number): number; pick<T>(items: readonly T[]): T } {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    int: (maxExclusive) => Math.floor(next() * maxExclusive),
    pick: (items) => items[Math.floor(next() * items.length)],
  };
}

/** Deletes what report tests write in a region: placements, counts, visits, profiles, vacancies and employers. */
async function deleteRegionWork(manager: EntityManager, region: ReportRegion): Promise<void> {
  const inRegion = [region.code];
  for (const table of ['placement', 'max_ww_cohort_count', 'visit', 'candidate_profile', 'vacancy', 'employer']) {
    await manager.query(`DELETE FROM ${table} WHERE region_code = ANY($1)`, [inRegion]);
  }
}

/** Removes a report region and everything the report tests wrote in it, so shared reference tables stay as they were. */
export async function dropReportRegion(dataSource: DataSource, region: ReportRegion): Promise<void> {
  const organisations = region.organisations.map((o) => o.id);
  await dataSource.transaction(async (manager) => {
    await deleteRegionWork(manager, region);
    await manager.query('DELETE FROM app_user WHERE organisation_id = ANY($1)', [organisations]);
    await manager.query('DELETE FROM organisation WHERE id = ANY($1)', [organisations]);
    await manager.query('DELETE FROM municipality WHERE region_code = ANY($1)', [[region.code]]);
    await manager.query('DELETE FROM labour_market_region WHERE code = ANY($1)', [[region.code]]);
  });
}

/**
 * Removes a region whose users acted through the API: their audit trail is append-only and names them, so the
 * users (made inactive) and their organisations stay, serving no region; everything else goes.
 */
export async function retireReportRegion(dataSource: DataSource, region: ReportRegion): Promise<void> {
  const organisations = region.organisations.map((o) => o.id);
  await dataSource.transaction(async (manager) => {
    await deleteRegionWork(manager, region);
    await manager.query('UPDATE app_user SET active = false WHERE organisation_id = ANY($1)', [organisations]);
    await manager.query('DELETE FROM organisation_region WHERE region_code = ANY($1)', [[region.code]]);
    await manager.query('DELETE FROM municipality WHERE region_code = ANY($1)', [[region.code]]);
    await manager.query('DELETE FROM labour_market_region WHERE code = ANY($1)', [[region.code]]);
  });
}
