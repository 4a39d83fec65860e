import { Role } from '@wsp/platform';
import { randomUUID } from 'node:crypto';
import { createReportRegion, dropReportRegion, ReportRegion, seededRandom } from '../factories/report-region.factory';
import { createUser } from '../factories/user.factory';
import { TestApp } from './test-app';

/**
 * Every expected figure here is computed in the test from the records it writes, never read back from the
 * report code: counts per grouping, the funnel, time to fill, visit attribution, the Max-WW split and the
 * profile figures, and then that small cells are hidden and cannot be recovered from the totals.
 */
export const THRESHOLD = 5;
export const FROM = '2024-01-01';
export const TO = '2024-12-31';
export const DAY = 86_400_000;

export type Pool = 'UWV' | 'MUNICIPALITY';
export interface Org {
  id: string;
  name: string;
  pool: Pool;
}
export interface Employer {
  id: string;
  sector: string;
}
export interface Vacancy {
  id: string;
  employer: Employer;
  createdAt: Date;
}
export interface Placement {
  id: string;
  vacancy: Vacancy;
  org: Org;
  occupation: string;
  contract: string;
  start: string;
  createdAt: Date;
  joint: boolean;
  targetGroups: string[];
  maxWw: boolean;
  beforeWwEnd: boolean | null;
}
export interface Profile {
  id: string;
  org: Org;
  status: 'ACTIVE' | 'PAUSED' | 'PLACED';
  maxWw: boolean;
  /** Months from this month to the month the WW ends: 0 or less means it has ended. */
  wwEndsInMonths: number;
  complete: boolean;
  updatedDaysAgo: number;
  availableMonthsFromNow: number;
  expiresInDays: number;
}
export interface Outcome {
  vacancy: Vacancy;
  org: Org;
  kind: 'INTEREST' | 'PROPOSAL';
  stage: 'INTEREST' | 'PROPOSED' | 'INTRODUCED' | 'INTERVIEW' | 'PLACED';
}
export interface Visit {
  id: string;
  employer: Employer;
  startsAt: Date;
  orgs: Org[];
  status: 'HELD' | 'PLANNED';
  spotted: Vacancy[];
}

export type FunnelCounts = { vacancy_id: string; organisation_id: string; pool: Pool } & Record<
  'suggested' | 'interest' | 'proposed' | 'introduced' | 'interview' | 'placed',
  number
>;
export type Count = { value: number | null; suppressed: boolean; display: string };
export type Figure = { value: number | null; suppressed: boolean; display: string };
export type Row = { level: string; pool: string | null; organisationId: string | null; label: string } & Record<
  string,
  unknown
>;

export const SECTORS: [string[], string][] = [
  [['4711'], 'G'],
  [['8610'], 'Q'],
  [['4120'], 'F'],
  [['1011', '4711'], 'C'],
  [[], '?'],
  [['5610'], 'I'],
];
export const OCCUPATIONS = ['8322', '7411', '5120', '9112', '5223', '5322'];
export const CONTRACTS = ['PERMANENT', 'TEMPORARY', 'TEMP_AGENCY', 'APPRENTICESHIP'];
export const TARGET_GROUPS = ['MAX_WW', 'JOBS_AGREEMENT', 'AGE_50_PLUS', 'SOCIAL_ASSISTANCE'];
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);
export const inPeriod = (date: string) => date >= FROM && date <= TO;

export const PLACEMENT_REPORT = `query($input: PlacementReportInput!) { placementReport(input: $input) {
  regionCode suppressionThreshold groupBy csv
  rows { keys { dimension value label } placements { value suppressed display } }
  totals { key { dimension value label } placements { value suppressed display } }
  total { value suppressed display } } }`;
export const ROW_HEADER = 'level pool organisationId label';
export const COUNT = '{ value suppressed display }';
export const FUNNEL_REPORT = `query($input: ReportPeriodInput!) { funnelReport(input: $input) { csv rows { ${ROW_HEADER}
  suggested ${COUNT} interest ${COUNT} proposed ${COUNT} introduced ${COUNT} interview ${COUNT} placed ${COUNT}
  conversions { from to rate ${COUNT} } medianDaysToFill ${COUNT} } } }`;
export const VISIT_REPORT = `query($input: ReportPeriodInput!) { visitReport(input: $input) { csv rows { ${ROW_HEADER}
  visits ${COUNT} jointVisits ${COUNT} jointShare ${COUNT} employersReached ${COUNT}
  vacanciesAfterVisit ${COUNT} placementsAfterVisit ${COUNT} } } }`;
export const MAX_WW_REPORT = `query($input: ReportPeriodInput!) { maxWwReport(input: $input) { csv rows { ${ROW_HEADER}
  candidates ${COUNT} placed ${COUNT} placedBeforeWwEnd ${COUNT} placedAfterWwEnd ${COUNT} shareBeforeWwEnd ${COUNT} } } }`;
export const QUALITY_REPORT = `query($input: ProfileQualityReportInput!) { profileQualityReport(input: $input) { csv rows {
  ${ROW_HEADER} activeProfiles ${COUNT} complete ${COUNT} shareComplete ${COUNT} updatedLast90Days ${COUNT}
  shareUpdated ${COUNT} availableNow ${COUNT} shareAvailableNow ${COUNT} expiringWithin30Days ${COUNT} } } }`;

/**
 * The published value must be the expected one, or hidden; a count from 1 to below the threshold must be hidden.
 * A 0 is shown, or hidden where it stands beside a small total (docs/REPORTS.md).
 */
export function expectPublished(count: Count, expected: number, what: string): void {
  if (expected > 0 && expected < THRESHOLD) {
    expect({ what, ...count }).toEqual({ what, value: null, suppressed: true, display: `<${THRESHOLD}` });
  } else if (!count.suppressed) {
    expect({ what, value: count.value }).toEqual({ what, value: expected });
    expect(count.display).toBe(String(expected));
  }
}

/** The subtraction attack: a visible total minus its visible parts must never isolate exactly one hidden part. */
export function expectNoLoneHidden(total: Count, parts: Count[], what: string): void {
  const hidden = [total, ...parts].filter((c) => c.suppressed).length;
  expect({ what, hidden: hidden === 1 }).toEqual({ what, hidden: false });
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const value = Number.isInteger(middle) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[Math.floor(middle)];
  return Math.round(value * 10) / 10;
}

/**
 * The region every report test reads: three organisations of both pools, employers in every sector, vacancies
 * opened over two years, placements, profiles, the handover's outcomes, suggestions and visits, written straight
 * to the database from a seeded random source, with every record kept here so each test computes its expected
 * figures itself.
 */
export class ReportWorld {
  app!: TestApp;
  region!: ReportRegion;
  orgs!: Org[];
  readonly employers: Employer[] = [];
  readonly vacancies: Vacancy[] = [];
  readonly placements: Placement[] = [];
  readonly profiles: Profile[] = [];
  readonly outcomes: Outcome[] = [];
  readonly suggestions: { vacancy: Vacancy; profile: Profile }[] = [];
  readonly visits: Visit[] = [];
  private readonly random = seededRandom(20241);

  readonly asDirector = <T>(query: string, input: Record<string, unknown>) =>
    this.app.graphql<T>(query, { input }, { as: this.region.director.email });
  readonly period = () => ({ regionCode: this.region.code, from: FROM, to: TO });
  readonly rowOf = (rows: Row[], level: string, key: string | null) =>
    rows.find(
      (r) => r.level === level && (level === 'REGION' || (level === 'POOL' ? r.pool : r.organisationId) === key),
    )!;
  /** The region, each pool and each organisation, with the subset of `items` each of them counts. */
  readonly levels = <T>(items: T[], orgOf: (item: T) => Org[]) => [
    { level: 'REGION', key: null, items },
    ...(['UWV', 'MUNICIPALITY'] as const).map((pool) => ({
      level: 'POOL',
      key: pool as string | null,
      items: items.filter((item) => orgOf(item).some((o) => o.pool === pool)),
    })),
    ...this.orgs.map((org) => ({
      level: 'ORGANISATION',
      key: org.id as string | null,
      items: items.filter((item) => orgOf(item).includes(org)),
    })),
  ];

  async seed(): Promise<void> {
    const { employers, vacancies, placements, profiles, outcomes, suggestions, visits, random } = this;
    const app = (this.app = await TestApp.start({ REPORT_SUPPRESSION_THRESHOLD: String(THRESHOLD) }));
    const db = app.dataSource;
    const region = (this.region = await createReportRegion(db));
    const orgs = (this.orgs = region.organisations.map(({ id, name, pool }) => ({ id, name, pool })));
    const [uwv, municipalityA, municipalityB] = orgs;
    const staff = new Map<Org, string>([[uwv, region.accountManager.id]]);
    for (const org of [municipalityA, municipalityB]) {
      const slug = region.organisations.find((o) => o.id === org.id)!.slug;
      staff.set(org, (await createUser(db, { organisation: slug, roles: [Role.ACCOUNT_MANAGER] })).id);
    }

    for (const [i, [sbi, sector]] of SECTORS.entries()) {
      const [row]: { id: string }[] = await db.query(
        `INSERT INTO employer (region_code, kvk_number, legal_name, municipality_code, sbi_codes, created_by)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [
          region.code,
          String(70_000_000 + random.int(9_999_999)),
          `Rapportbedrijf ${i}`,
          region.municipalities[0],
          sbi,
          region.accountManager.id,
        ],
      );
      employers.push({ id: row.id, sector });
    }

    // Vacancies opened from mid 2023 to early 2025: the 2024 ones are the funnel's cohort.
    for (let i = 0; i < 60; i++) {
      vacancies.push({
        id: randomUUID(),
        employer: random.pick(employers),
        createdAt: new Date(Date.UTC(2023, 6, 1, 10) + random.int(560) * DAY),
      });
    }
    await db.query(
      `INSERT INTO vacancy (id, employer_id, region_code, title, occupation_code, hours_min, hours_max, municipality_code,
                            contract_type, owner_organisation_id, account_manager_id, created_at)
       SELECT v.id, v.employer_id, $2, 'Rapportvacature', '8322', 24, 40, $3, 'PERMANENT', $4, $5, v.created_at
         FROM jsonb_to_recordset($1) AS v(id uuid, employer_id uuid, created_at timestamptz)`,
      [
        JSON.stringify(vacancies.map((v) => ({ id: v.id, employer_id: v.employer.id, created_at: v.createdAt }))),
        region.code,
        region.municipalities[0],
        uwv.id,
        region.accountManager.id,
      ],
    );

    // The second municipality places three candidates in the spring of 2024, so its cells must be hidden.
    const spring = vacancies.filter((v) => isoDate(v.createdAt) >= '2024-01-01' && isoDate(v.createdAt) < '2024-05-01');
    const ownerOf = (i: number) => (i < 3 ? municipalityB : i % 5 < 3 ? uwv : municipalityA);
    for (let i = 0; i < 320; i++) {
      const vacancy = i < 3 ? spring[i] : random.pick(vacancies);
      const createdAt = new Date(vacancy.createdAt.getTime() + (5 + random.int(120)) * DAY);
      const targetGroups = TARGET_GROUPS.filter(() => random.int(4) === 0);
      const maxWw = targetGroups.includes('MAX_WW');
      placements.push({
        id: randomUUID(),
        vacancy,
        org: ownerOf(i),
        occupation: random.pick(OCCUPATIONS),
        contract: random.pick(CONTRACTS),
        start: isoDate(new Date(createdAt.getTime() + random.int(30) * DAY)),
        createdAt,
        joint: random.int(3) === 0,
        targetGroups,
        maxWw,
        beforeWwEnd: maxWw ? random.int(3) > 0 : null,
      });
    }
    await db.query(
      `INSERT INTO placement (id, vacancy_id, employer_id, region_code, pool, owner_organisation_id, occupation_code,
                              contract_type, start_date, hours_per_week, via_joint_visit, target_groups, max_ww,
                              placed_before_ww_end, created_by, created_at, sbi_section, vacancy_opened_at,
                              days_to_fill)
       SELECT p.id, p.vacancy_id, p.employer_id, $2, p.pool, p.organisation_id, p.occupation, p.contract, p.start, 32,
              p.joint, p.target_groups, p.max_ww, p.before_ww_end, $3, p.created_at, sbi_section(e.sbi_codes[1]),
              v.created_at, (p.created_at AT TIME ZONE 'Europe/Amsterdam')::date
                            - (v.created_at AT TIME ZONE 'Europe/Amsterdam')::date
         FROM jsonb_to_recordset($1) AS p(id uuid, vacancy_id uuid, employer_id uuid, pool text, organisation_id uuid,
              occupation text, contract text, start date, joint boolean, target_groups text[], max_ww boolean,
              before_ww_end boolean, created_at timestamptz)
         JOIN employer e ON e.id = p.employer_id
         JOIN vacancy v ON v.id = p.vacancy_id`,
      [
        JSON.stringify(
          placements.map((p) => ({
            id: p.id,
            vacancy_id: p.vacancy.id,
            employer_id: p.vacancy.employer.id,
            pool: p.org.pool,
            organisation_id: p.org.id,
            occupation: p.occupation,
            contract: p.contract,
            start: p.start,
            joint: p.joint,
            target_groups: p.targetGroups,
            max_ww: p.maxWw,
            before_ww_end: p.beforeWwEnd,
            created_at: p.createdAt,
          })),
        ),
        region.code,
        region.accountManager.id,
      ],
    );

    // Profiles of today, in every state the reports tell apart.
    for (let i = 0; i < 90; i++) {
      profiles.push({
        id: randomUUID(),
        org: i % 30 < 2 ? municipalityB : i % 2 ? uwv : municipalityA,
        status: random.pick(['ACTIVE', 'ACTIVE', 'ACTIVE', 'PAUSED', 'PLACED'] as const),
        maxWw: random.int(3) === 0,
        wwEndsInMonths: random.pick([-2, 0, 1, 4]),
        complete: random.int(2) === 0,
        // Never within a day of the 90-day and 30-day edges, so the test does not depend on the hour it runs.
        updatedDaysAgo: random.pick([3, 40, 85, 95, 150]),
        availableMonthsFromNow: random.pick([-3, -1, 0, 1, 2]),
        expiresInDays: random.pick([2, 20, 28, 32, 60, 150]),
      });
    }
    await db.query(
      `INSERT INTO candidate_profile (id, public_code, owner_organisation_id, pool, region_code, coach_id, occupation_codes,
         skill_codes, education_level, experience_band, hours_min, hours_max, available_from, municipality_code,
         languages, target_groups, ww_end_month, pitch, legal_basis, legal_basis_recorded_at, legal_basis_recorded_by,
         expires_on, status, created_by, updated_at)
       SELECT p.id, 'K-' || upper(substr(md5(p.id::text), 1, 4)) || '-' || upper(substr(md5(p.id::text), 5, 4)),
              p.organisation_id, p.pool, $2, $3, ARRAY['8322'],
              CASE WHEN p.complete THEN ARRAY[(SELECT code FROM skill ORDER BY code LIMIT 1)] ELSE '{}' END,
              'MBO_2', CASE WHEN p.complete THEN 'YEARS_1_TO_3' END, 24, 32,
              (date_trunc('month', (now() AT TIME ZONE 'Europe/Amsterdam')) + make_interval(months => p.available))::date,
              $4, CASE WHEN p.complete THEN ARRAY['nl'] ELSE '{}' END,
              CASE WHEN p.max_ww THEN ARRAY['MAX_WW'] ELSE '{}' END,
              CASE WHEN p.max_ww THEN (date_trunc('month', now() AT TIME ZONE 'Europe/Amsterdam')
                                       + make_interval(months => p.ww_ends))::date END,
              CASE WHEN p.complete THEN 'Betrouwbare kracht met rijbewijs' END,
              'CONSENT', now(), $3, (now() AT TIME ZONE 'Europe/Amsterdam')::date + p.expires, p.status, $3,
              now() - make_interval(days => p.updated)
         FROM jsonb_to_recordset($1) AS p(id uuid, organisation_id uuid, pool text, complete boolean, available int,
              max_ww boolean, ww_ends int, expires int, status text, updated int)`,
      [
        JSON.stringify(
          profiles.map((p) => ({
            id: p.id,
            organisation_id: p.org.id,
            pool: p.org.pool,
            complete: p.complete,
            available: p.availableMonthsFromNow,
            max_ww: p.maxWw,
            ww_ends: p.wwEndsInMonths,
            expires: p.expiresInDays,
            status: p.status,
            updated: p.updatedDaysAgo,
          })),
        ),
        region.code,
        region.coachId,
        region.municipalities[1],
      ],
    );

    // Suggestions, interest and proposals; each placement on a vacancy also has its proposal's outcome.
    for (const vacancy of vacancies) {
      const chosen = new Set<Profile>();
      while (chosen.size < 6) chosen.add(random.pick(profiles));
      for (const profile of chosen) suggestions.push({ vacancy, profile });
      for (const profile of [...chosen].slice(0, 3)) {
        if (random.int(2) === 0) outcomes.push({ vacancy, org: profile.org, kind: 'INTEREST', stage: 'INTEREST' });
      }
      for (let k = random.int(4); k > 0; k--) {
        const stage = random.pick(['PROPOSED', 'INTRODUCED', 'INTERVIEW'] as const);
        outcomes.push({ vacancy, org: random.pick([uwv, uwv, municipalityA]), kind: 'PROPOSAL', stage });
      }
    }
    for (const placement of placements) {
      outcomes.push({ vacancy: placement.vacancy, org: placement.org, kind: 'PROPOSAL', stage: 'PLACED' });
    }
    await db.query(
      `INSERT INTO suggestion (vacancy_id, profile_id, owner_organisation_id, pool, score, rank, components, engine_version)
       SELECT s.vacancy_id, s.profile_id, s.organisation_id, s.pool, 70, s.rank, '{}', 1
         FROM jsonb_to_recordset($1) AS s(vacancy_id uuid, profile_id uuid, organisation_id uuid, pool text, rank int)`,
      [
        JSON.stringify(
          suggestions.map((s, i) => ({
            vacancy_id: s.vacancy.id,
            profile_id: s.profile.id,
            organisation_id: s.profile.org.id,
            pool: s.profile.org.pool,
            rank: 1 + (i % 6),
          })),
        ),
      ],
    );
    // The funnel's counts per vacancy and organisation, as matching and the handover keep them.
    const funnel = new Map<string, FunnelCounts>();
    const funnelRow = (vacancy: Vacancy, org: Org) => {
      const key = `${vacancy.id}|${org.id}`;
      if (!funnel.has(key)) {
        funnel.set(key, {
          vacancy_id: vacancy.id,
          organisation_id: org.id,
          pool: org.pool,
          suggested: 0,
          interest: 0,
          proposed: 0,
          introduced: 0,
          interview: 0,
          placed: 0,
        });
      }
      return funnel.get(key)!;
    };
    for (const { vacancy, profile } of suggestions) funnelRow(vacancy, profile.org).suggested++;
    const reached = ['PROPOSED', 'INTRODUCED', 'INTERVIEW', 'PLACED'];
    for (const outcome of outcomes) {
      const row = funnelRow(outcome.vacancy, outcome.org);
      if (outcome.kind === 'INTEREST') row.interest++;
      else {
        const stage = reached.indexOf(outcome.stage);
        row.proposed++;
        row.introduced += stage >= 1 ? 1 : 0;
        row.interview += stage >= 2 ? 1 : 0;
        row.placed += stage >= 3 ? 1 : 0;
      }
    }
    await db.query(
      `INSERT INTO vacancy_funnel (vacancy_id, owner_organisation_id, pool, region_code, opened_at, suggested, interest,
                                   proposed, introduced, interview, placed)
       SELECT f.vacancy_id, f.organisation_id, f.pool, v.region_code, v.created_at, f.suggested, f.interest, f.proposed,
              f.introduced, f.interview, f.placed
         FROM jsonb_to_recordset($1) AS f(vacancy_id uuid, organisation_id uuid, pool text, suggested int, interest int,
              proposed int, introduced int, interview int, placed int)
         JOIN vacancy v ON v.id = f.vacancy_id`,
      [JSON.stringify([...funnel.values()])],
    );

    // Visits: held ones in and around 2024, some joint, some spotting a vacancy; planned ones do not count.
    for (let i = 0; i < 40; i++) {
      const startsAt = new Date(Date.UTC(2023, 11, 20, 9) + random.int(390) * DAY);
      const joint = random.int(2) === 0;
      const lead = i % 13 === 0 ? municipalityB : random.pick([uwv, municipalityA]);
      const partner = lead === uwv ? municipalityA : uwv;
      visits.push({
        id: randomUUID(),
        employer: random.pick(employers),
        startsAt,
        orgs: joint ? [lead, partner] : [lead],
        status: i % 10 === 9 ? 'PLANNED' : 'HELD',
        spotted: random.int(4) === 0 ? [random.pick(vacancies)] : [],
      });
    }
    for (const visit of visits) {
      await db.query(
        `INSERT INTO visit (id, employer_id, region_code, starts_at, ends_at, location_kind, purpose, status, created_by)
         VALUES ($1, $2, $3, $4, $4::timestamptz + interval '1 hour', 'AT_EMPLOYER', 'Kennismaking', $5, $6)`,
        [visit.id, visit.employer.id, region.code, visit.startsAt, visit.status, region.accountManager.id],
      );
      for (const [i, org] of visit.orgs.entries()) {
        await db.query(
          'INSERT INTO visit_participant (visit_id, user_id, organisation_id, is_lead) VALUES ($1, $2, $3, $4)',
          [visit.id, staff.get(org), org.id, i === 0],
        );
      }
      for (const vacancy of visit.spotted) {
        await db.query('INSERT INTO visit_vacancy (visit_id, vacancy_id) VALUES ($1, $2)', [visit.id, vacancy.id]);
      }
    }
  }

  async close(): Promise<void> {
    await dropReportRegion(this.app.dataSource, this.region);
    await this.app.close();
  }
}
