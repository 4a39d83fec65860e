import { PlacementReportService } from '@wsp/placements';
import { Role } from '@wsp/platform';
import { parse } from 'csv-parse/sync';
import { randomUUID } from 'node:crypto';
import { createReportRegion, dropReportRegion, ReportRegion, seededRandom } from '../factories/report-region.factory';
import { createUser } from '../factories/user.factory';
import { statementsDuring } from '../support/statements';
import { onlyError, TestApp } from '../support/test-app';

/**
 * Every expected figure here is computed in the test from the records it writes, never read back from the
 * report code: counts per grouping, the funnel, time to fill, visit attribution, the Max-WW split and the
 * profile figures, and then that small cells are hidden and cannot be recovered from the totals.
 */
const THRESHOLD = 5;
const FROM = '2024-01-01';
const TO = '2024-12-31';
const DAY = 86_400_000;

type Pool = 'UWV' | 'MUNICIPALITY';
interface Org {
  id: string;
  name: string;
  pool: Pool;
}
interface Employer {
  id: string;
  sector: string;
}
interface Vacancy {
  id: string;
  employer: Employer;
  createdAt: Date;
}
interface Placement {
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
interface Profile {
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
interface Outcome {
  vacancy: Vacancy;
  org: Org;
  kind: 'INTEREST' | 'PROPOSAL';
  stage: 'INTEREST' | 'PROPOSED' | 'INTRODUCED' | 'INTERVIEW' | 'PLACED';
}
interface Visit {
  id: string;
  employer: Employer;
  startsAt: Date;
  orgs: Org[];
  status: 'HELD' | 'PLANNED';
  spotted: Vacancy[];
}

type FunnelCounts = { vacancy_id: string; organisation_id: string; pool: Pool } & Record<
  'suggested' | 'interest' | 'proposed' | 'introduced' | 'interview' | 'placed',
  number
>;
type Count = { value: number | null; suppressed: boolean; display: string };
type Figure = { value: number | null; suppressed: boolean; display: string };
type Row = { level: string; pool: string | null; organisationId: string | null; label: string } & Record<
  string,
  unknown
>;

const SECTORS: [string[], string][] = [
  [['4711'], 'G'],
  [['8610'], 'Q'],
  [['4120'], 'F'],
  [['1011', '4711'], 'C'],
  [[], '?'],
  [['5610'], 'I'],
];
const OCCUPATIONS = ['8322', '7411', '5120', '9112', '5223', '5322'];
const CONTRACTS = ['PERMANENT', 'TEMPORARY', 'TEMP_AGENCY', 'APPRENTICESHIP'];
const TARGET_GROUPS = ['MAX_WW', 'JOBS_AGREEMENT', 'AGE_50_PLUS', 'SOCIAL_ASSISTANCE'];
const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const inPeriod = (date: string) => date >= FROM && date <= TO;

const PLACEMENT_REPORT = `query($input: PlacementReportInput!) { placementReport(input: $input) {
  regionCode suppressionThreshold groupBy csv
  rows { keys { dimension value label } placements { value suppressed display } }
  totals { key { dimension value label } placements { value suppressed display } }
  total { value suppressed display } } }`;
const ROW_HEADER = 'level pool organisationId label';
const COUNT = '{ value suppressed display }';
const FUNNEL_REPORT = `query($input: ReportPeriodInput!) { funnelReport(input: $input) { csv rows { ${ROW_HEADER}
  suggested ${COUNT} interest ${COUNT} proposed ${COUNT} introduced ${COUNT} interview ${COUNT} placed ${COUNT}
  conversions { from to rate ${COUNT} } medianDaysToFill ${COUNT} } } }`;
const VISIT_REPORT = `query($input: ReportPeriodInput!) { visitReport(input: $input) { csv rows { ${ROW_HEADER}
  visits ${COUNT} jointVisits ${COUNT} jointShare ${COUNT} employersReached ${COUNT}
  vacanciesAfterVisit ${COUNT} placementsAfterVisit ${COUNT} } } }`;
const MAX_WW_REPORT = `query($input: ReportPeriodInput!) { maxWwReport(input: $input) { csv rows { ${ROW_HEADER}
  candidates ${COUNT} placed ${COUNT} placedBeforeWwEnd ${COUNT} placedAfterWwEnd ${COUNT} shareBeforeWwEnd ${COUNT} } } }`;
const QUALITY_REPORT = `query($input: ProfileQualityReportInput!) { profileQualityReport(input: $input) { csv rows {
  ${ROW_HEADER} activeProfiles ${COUNT} complete ${COUNT} shareComplete ${COUNT} updatedLast90Days ${COUNT}
  shareUpdated ${COUNT} availableNow ${COUNT} shareAvailableNow ${COUNT} expiringWithin30Days ${COUNT} } } }`;

/**
 * The published value must be the expected one, or hidden; a count from 1 to below the threshold must be hidden.
 * A 0 is shown, or hidden where it stands beside a small total (docs/REPORTS.md).
 */
function expectPublished(count: Count, expected: number, what: string): void {
  if (expected > 0 && expected < THRESHOLD) {
    expect({ what, ...count }).toEqual({ what, value: null, suppressed: true, display: `<${THRESHOLD}` });
  } else if (!count.suppressed) {
    expect({ what, value: count.value }).toEqual({ what, value: expected });
    expect(count.display).toBe(String(expected));
  }
}

/** The subtraction attack: a visible total minus its visible parts must never isolate exactly one hidden part. */
function expectNoLoneHidden(total: Count, parts: Count[], what: string): void {
  const hidden = [total, ...parts].filter((c) => c.suppressed).length;
  expect({ what, hidden: hidden === 1 }).toEqual({ what, hidden: false });
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const value = Number.isInteger(middle) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[Math.floor(middle)];
  return Math.round(value * 10) / 10;
}

describe('regional reports', () => {
  let app: TestApp;
  let region: ReportRegion;
  let orgs: Org[];
  const employers: Employer[] = [];
  const vacancies: Vacancy[] = [];
  const placements: Placement[] = [];
  const profiles: Profile[] = [];
  const outcomes: Outcome[] = [];
  const suggestions: { vacancy: Vacancy; profile: Profile }[] = [];
  const visits: Visit[] = [];
  const random = seededRandom(20241);

  const asDirector = <T>(query: string, input: Record<string, unknown>) =>
    app.graphql<T>(query, { input }, { as: region.director.email });
  const period = () => ({ regionCode: region.code, from: FROM, to: TO });
  const rowOf = (rows: Row[], level: string, key: string | null) =>
    rows.find(
      (r) => r.level === level && (level === 'REGION' || (level === 'POOL' ? r.pool : r.organisationId) === key),
    )!;
  /** The region, each pool and each organisation, with the subset of `items` each of them counts. */
  const levels = <T>(items: T[], orgOf: (item: T) => Org[]) => [
    { level: 'REGION', key: null, items },
    ...(['UWV', 'MUNICIPALITY'] as const).map((pool) => ({
      level: 'POOL',
      key: pool as string | null,
      items: items.filter((item) => orgOf(item).some((o) => o.pool === pool)),
    })),
    ...orgs.map((org) => ({
      level: 'ORGANISATION',
      key: org.id as string | null,
      items: items.filter((item) => orgOf(item).includes(org)),
    })),
  ];

  beforeAll(async () => {
    app = await TestApp.start({ REPORT_SUPPRESSION_THRESHOLD: String(THRESHOLD) });
    const db = app.dataSource;
    region = await createReportRegion(db);
    orgs = region.organisations.map(({ id, name, pool }) => ({ id, name, pool }));
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
  });
  afterAll(async () => {
    await dropReportRegion(app.dataSource, region);
    await app.close();
  });

  describe('placementReport', () => {
    const keyOf: Record<string, (p: Placement) => string[]> = {
      MONTH: (p) => [p.start.slice(0, 7)],
      QUARTER: (p) => [`${p.start.slice(0, 4)}-Q${Math.ceil(Number(p.start.slice(5, 7)) / 3)}`],
      ORGANISATION: (p) => [p.org.id],
      POOL: (p) => [p.org.pool],
      SECTOR: (p) => [p.vacancy.employer.sector],
      OCCUPATION_GROUP: (p) => [p.occupation[0]],
      TARGET_GROUP: (p) => (p.targetGroups.length ? p.targetGroups : ['NONE']),
      CONTRACT_TYPE: (p) => [p.contract],
      VIA_JOINT_VISIT: (p) => [p.joint ? 'YES' : 'NO'],
    };
    const combinations = (placement: Placement, groupBy: string[]): string[][] =>
      groupBy.reduce<string[][]>(
        (acc, dimension) => acc.flatMap((prefix) => keyOf[dimension](placement).map((key) => [...prefix, key])),
        [[]],
      );

    type PlacementReport = {
      groupBy: string[];
      csv: string;
      rows: { keys: { dimension: string; value: string; label: string }[]; placements: Count }[];
      totals: { key: { dimension: string; value: string; label: string }; placements: Count }[];
      total: Count;
    };

    async function checkGrouping(groupBy: string[]): Promise<PlacementReport> {
      const response = await asDirector<{ placementReport: PlacementReport }>(PLACEMENT_REPORT, {
        ...period(),
        groupBy,
      });
      expect(response.errors).toBeUndefined();
      const report = response.data!.placementReport;
      const counted = placements.filter((p) => inPeriod(p.start));

      const expectedRows = new Map<string, Set<Placement>>();
      for (const placement of counted) {
        for (const keys of combinations(placement, groupBy)) {
          const key = keys.join('|');
          expectedRows.set(key, (expectedRows.get(key) ?? new Set()).add(placement));
        }
      }
      if (groupBy.length > 0) {
        expect(report.rows.map((r) => r.keys.map((k) => k.value).join('|')).sort()).toEqual(
          [...expectedRows.keys()].sort(),
        );
      }
      for (const row of report.rows) {
        const key = row.keys.map((k) => k.value).join('|');
        expect(row.keys.map((k) => k.dimension)).toEqual(groupBy);
        expectPublished(row.placements, expectedRows.get(key)!.size, `${groupBy} ${key}`);
      }
      expectPublished(report.total, counted.length, 'total');
      // Suppression hides small cells, not the report: the total and at least half of the large cells stay readable
      // (a large cell is hidden only beside a small one whose total would otherwise give it away).
      expect(report.total.suppressed).toBe(false);
      const visible = report.rows.filter((r) => !r.placements.suppressed).length;
      const large = groupBy.length ? [...expectedRows.values()].filter((set) => set.size >= 20).length : 0;
      expect(visible).toBeGreaterThanOrEqual(Math.ceil(large / 2));

      groupBy.forEach((dimension, d) => {
        const totals = report.totals.filter((t) => t.key.dimension === dimension);
        const expectedValues = new Set(counted.flatMap((p) => keyOf[dimension](p)));
        expect(totals.map((t) => t.key.value).sort()).toEqual([...expectedValues].sort());
        for (const total of totals) {
          const expected = counted.filter((p) => keyOf[dimension](p).includes(total.key.value)).length;
          expectPublished(total.placements, expected, `${dimension} total ${total.key.value}`);
          const parts = report.rows.filter((r) => r.keys[d].value === total.key.value).map((r) => r.placements);
          if (groupBy.length > 1) expectNoLoneHidden(total.placements, parts, `${dimension} ${total.key.value}`);
        }
        expectNoLoneHidden(
          report.total,
          totals.map((t) => t.placements),
          `total over ${dimension}`,
        );
      });
      return report;
    }

    it.each([
      'MONTH',
      'QUARTER',
      'ORGANISATION',
      'POOL',
      'SECTOR',
      'OCCUPATION_GROUP',
      'TARGET_GROUP',
      'CONTRACT_TYPE',
      'VIA_JOINT_VISIT',
    ])('counts placements per %s', async (dimension) => {
      await checkGrouping([dimension]);
    });

    it('crosses two and three groupings with row, column and grand totals', async () => {
      await checkGrouping(['QUARTER', 'ORGANISATION']);
      await checkGrouping(['SECTOR', 'POOL']);
      await checkGrouping(['TARGET_GROUP', 'VIA_JOINT_VISIT']);
      await checkGrouping(['POOL', 'CONTRACT_TYPE', 'OCCUPATION_GROUP']);
      const totalOnly = await checkGrouping([]);
      expect(totalOnly.rows).toEqual([]);
    });

    it("hides the small organisation's placements and a second cell so no total gives them away", async () => {
      const report = await checkGrouping(['ORGANISATION', 'POOL']);
      const small = report.rows.find((r) => r.keys[0].value === orgs[2].id)!;
      expect(small.placements).toEqual({ value: null, suppressed: true, display: '<5' });
      // The municipal pool's total is visible, so the other municipality is hidden with it (secondary suppression).
      const municipalPool = report.totals.find((t) => t.key.value === 'MUNICIPALITY')!;
      expect(municipalPool.placements.suppressed).toBe(false);
      const other = report.rows.find((r) => r.keys[0].value === orgs[1].id)!;
      expect(other.placements.suppressed).toBe(true);
    });

    it('labels keys in Dutch', async () => {
      const report = await checkGrouping(['QUARTER', 'SECTOR']);
      const labels = new Set(report.totals.map((t) => t.key.label));
      expect(labels).toContain('K1 2024');
      expect(labels).toContain('Gezondheids- en welzijnszorg');
      expect(labels).toContain('Sector onbekend');
      const months = await checkGrouping(['MONTH']);
      expect(months.rows[0].keys[0]).toEqual({ dimension: 'MONTH', value: '2024-01', label: 'januari 2024' });
    });

    it('exports the same figures as CSV for Dutch Excel: BOM, ";", suppressed cells as "<5"', async () => {
      const report = await checkGrouping(['ORGANISATION', 'VIA_JOINT_VISIT']);
      expect(report.csv.startsWith('\uFEFF')).toBe(true);
      const lines: string[][] = parse(report.csv, { delimiter: ';', bom: true });
      expect(lines[0]).toEqual(['Organisatie', 'Gezamenlijk bezoek', 'Plaatsingen']);
      expect(lines.slice(1, 1 + report.rows.length)).toEqual(
        report.rows.map((r) => [...r.keys.map((k) => k.label), r.placements.display]),
      );
      expect(lines.at(-1)).toEqual(['Totaal', 'Totaal', report.total.display]);
      expect(lines.flat()).toContain('<5');
    });
  });

  it('funnelReport: each stage per organisation and pool for the 2024 cohort, conversions and time to fill', async () => {
    const response = await asDirector<{ funnelReport: { rows: Row[]; csv: string } }>(FUNNEL_REPORT, period());
    expect(response.errors).toBeUndefined();
    const { rows, csv } = response.data!.funnelReport;
    const cohort = (vacancy: Vacancy) => inPeriod(isoDate(vacancy.createdAt));
    expect(rows).toHaveLength(1 + 2 + orgs.length);

    const stageCounts = (orgsOf: (org: Org) => boolean) => {
      const own = outcomes.filter((o) => cohort(o.vacancy) && orgsOf(o.org));
      const reached = (...stages: string[]) => own.filter((o) => stages.includes(o.stage)).length;
      return {
        suggested: suggestions.filter((s) => cohort(s.vacancy) && orgsOf(s.profile.org)).length,
        interest: own.filter((o) => o.kind === 'INTEREST').length,
        proposed: own.filter((o) => o.kind === 'PROPOSAL').length,
        introduced: reached('INTRODUCED', 'INTERVIEW', 'PLACED'),
        interview: reached('INTERVIEW', 'PLACED'),
        placed: reached('PLACED'),
        days: placements
          .filter((p) => cohort(p.vacancy) && orgsOf(p.org))
          .map((p) => Math.round((p.createdAt.getTime() - p.vacancy.createdAt.getTime()) / DAY)),
      };
    };
    const expectations = [
      { level: 'REGION', key: null, counts: stageCounts(() => true) },
      ...(['UWV', 'MUNICIPALITY'] as const).map((pool) => ({
        level: 'POOL',
        key: pool as string | null,
        counts: stageCounts((o) => o.pool === pool),
      })),
      ...orgs.map((org) => ({
        level: 'ORGANISATION',
        key: org.id as string | null,
        counts: stageCounts((o) => o === org),
      })),
    ];
    for (const { level, key, counts } of expectations) {
      const row = rowOf(rows, level, key);
      for (const stage of ['suggested', 'interest', 'proposed', 'introduced', 'interview', 'placed'] as const) {
        expectPublished(row[stage] as Count, counts[stage], `${level} ${key} ${stage}`);
      }
      const conversions = row.conversions as { from: string; to: string; rate: Figure }[];
      const proposedToPlaced = conversions.find((c) => c.from === 'PROPOSED' && c.to === 'PLACED')!.rate;
      const hidden = (row.proposed as Count).suppressed || (row.placed as Count).suppressed;
      expect(proposedToPlaced.suppressed).toBe(hidden);
      if (!hidden) {
        expect(proposedToPlaced.value).toBe(Math.round((counts.placed / counts.proposed) * 1000) / 10);
      }
      const timeToFill = row.medianDaysToFill as Figure;
      expect(timeToFill.suppressed).toBe((row.placed as Count).suppressed);
      if (!timeToFill.suppressed) expect(timeToFill.value).toBe(median(counts.days));
    }
    const regionRow = rowOf(rows, 'REGION', null);
    expect((regionRow.placed as Count).suppressed).toBe(false);
    expect((rowOf(rows, 'ORGANISATION', orgs[2].id).placed as Count).suppressed).toBe(true);
    // Per stage the organisations add up to their pool and the pools to the region: no lone hidden cell.
    for (const stage of ['suggested', 'interest', 'proposed', 'introduced', 'interview', 'placed']) {
      const municipal = orgs.filter((o) => o.pool === 'MUNICIPALITY');
      expectNoLoneHidden(
        rowOf(rows, 'POOL', 'MUNICIPALITY')[stage] as Count,
        municipal.map((o) => rowOf(rows, 'ORGANISATION', o.id)[stage] as Count),
        `municipal ${stage}`,
      );
    }

    const lines: string[][] = parse(csv, { delimiter: ';', bom: true });
    expect(lines[0].slice(0, 8)).toEqual([
      'Niveau',
      'Naam',
      'Gesuggereerd',
      'Interesse',
      'Voorgedragen',
      'Voorgesteld',
      'Gesprek',
      'Geplaatst',
    ]);
    expect(lines.slice(1).map((line) => [line[1], line[7], line.at(-1)])).toEqual(
      rows.map((row) => [row.label, (row.placed as Count).display, (row.medianDaysToFill as Figure).display]),
    );
  });

  it('visitReport: held visits, joint share, employers reached and what followed within 90 days', async () => {
    const response = await asDirector<{ visitReport: { rows: Row[] } }>(VISIT_REPORT, period());
    expect(response.errors).toBeUndefined();
    const { rows } = response.data!.visitReport;
    const held = visits.filter((v) => v.status === 'HELD' && inPeriod(isoDate(v.startsAt)));
    const within90 = (visit: Visit, at: Date) =>
      at.getTime() > visit.startsAt.getTime() && at.getTime() <= visit.startsAt.getTime() + 90 * DAY;

    for (const { level, key, items } of levels(held, (v) => v.orgs)) {
      const row = rowOf(rows, level, key);
      const followedVacancies = new Set(
        items.flatMap((visit) => [
          ...visit.spotted,
          ...vacancies.filter((v) => v.employer === visit.employer && within90(visit, v.createdAt)),
        ]),
      );
      const followedPlacements = new Set(
        items.flatMap((visit) =>
          placements.filter((p) => p.vacancy.employer === visit.employer && within90(visit, p.createdAt)),
        ),
      );
      const joint = items.filter((v) => v.orgs.length >= 2).length;
      expectPublished(row.visits as Count, items.length, `${level} visits`);
      expectPublished(row.jointVisits as Count, joint, `${level} joint`);
      expectPublished(row.employersReached as Count, new Set(items.map((v) => v.employer)).size, `${level} employers`);
      expectPublished(row.vacanciesAfterVisit as Count, followedVacancies.size, `${level} vacancies`);
      expectPublished(row.placementsAfterVisit as Count, followedPlacements.size, `${level} placements`);
      if (!(row.visits as Count).suppressed && !(row.jointVisits as Count).suppressed) {
        expect((row.jointShare as Figure).value).toBe(Math.round((joint / items.length) * 1000) / 10);
      } else {
        expect((row.jointShare as Figure).display).toBe('x');
      }
    }
    expect((rowOf(rows, 'REGION', null).visits as Count).value).toBe(held.length);
  });

  it('maxWwReport: MAX_WW candidates today and placements before and after the WW end month', async () => {
    const response = await asDirector<{ maxWwReport: { rows: Row[]; csv: string } }>(MAX_WW_REPORT, period());
    expect(response.errors).toBeUndefined();
    const { rows } = response.data!.maxWwReport;
    const placedMaxWw = placements.filter((p) => p.maxWw && inPeriod(p.start));
    const candidates = profiles.filter((p) => p.maxWw && p.status !== 'PLACED' && p.wwEndsInMonths > 0);
    for (const { level, key, items } of levels(placedMaxWw, (p) => [p.org])) {
      const row = rowOf(rows, level, key);
      const before = items.filter((p) => p.beforeWwEnd).length;
      const inPool = levels(candidates, (p) => [p.org]).find((l) => l.level === level && l.key === key)!.items;
      expectPublished(row.candidates as Count, inPool.length, `${level} candidates`);
      expectPublished(row.placed as Count, items.length, `${level} placed`);
      expectPublished(row.placedBeforeWwEnd as Count, before, `${level} before`);
      expectPublished(row.placedAfterWwEnd as Count, items.length - before, `${level} after`);
      // placed = before + after within each row: one hidden half would be given away by the other.
      expectNoLoneHidden(row.placed as Count, [row.placedBeforeWwEnd as Count, row.placedAfterWwEnd as Count], level);
      const share = row.shareBeforeWwEnd as Figure;
      if (!share.suppressed) {
        expect(share.value).toBe(items.length ? Math.round((before / items.length) * 1000) / 10 : null);
      }
    }
    const regionRow = rowOf(rows, 'REGION', null);
    expect((regionRow.placedBeforeWwEnd as Count).suppressed).toBe(false);
    expect((regionRow.shareBeforeWwEnd as Figure).display).toMatch(/^\d+(,\d)?$/);
  });

  it("profileQualityReport: each organisation's shared profiles, complete, current, available and expiring", async () => {
    const response = await asDirector<{ profileQualityReport: { rows: Row[] } }>(QUALITY_REPORT, {
      regionCode: region.code,
    });
    expect(response.errors).toBeUndefined();
    const { rows } = response.data!.profileQualityReport;
    const active = profiles.filter((p) => p.status === 'ACTIVE');
    for (const { level, key, items } of levels(active, (p) => [p.org])) {
      const row = rowOf(rows, level, key);
      const complete = items.filter((p) => p.complete).length;
      expectPublished(row.activeProfiles as Count, items.length, `${level} active`);
      expectPublished(row.complete as Count, complete, `${level} complete`);
      expectPublished(
        row.updatedLast90Days as Count,
        items.filter((p) => p.updatedDaysAgo < 90).length,
        `${level} updated`,
      );
      expectPublished(
        row.availableNow as Count,
        items.filter((p) => p.availableMonthsFromNow <= 0).length,
        `${level} available`,
      );
      expectPublished(
        row.expiringWithin30Days as Count,
        items.filter((p) => p.expiresInDays <= 30).length,
        `${level} expiring`,
      );
      const share = row.shareComplete as Figure;
      if (!share.suppressed) expect(share.value).toBe(Math.round((complete / items.length) * 1000) / 10);
    }
  });

  it('exports every breakdown report as CSV with the figures as shown, suppressed cells included', async () => {
    const reports: [string, string, Record<string, unknown>, string[]][] = [
      ['visitReport', VISIT_REPORT, period(), ['visits', 'jointVisits', 'jointShare', 'employersReached']],
      ['maxWwReport', MAX_WW_REPORT, period(), ['candidates', 'placed', 'placedBeforeWwEnd', 'placedAfterWwEnd']],
      ['profileQualityReport', QUALITY_REPORT, { regionCode: region.code }, ['activeProfiles', 'complete']],
    ];
    for (const [name, query, input, columns] of reports) {
      const response = await asDirector<Record<string, { rows: Row[]; csv: string }>>(query, input);
      const { rows, csv } = response.data![name];
      expect(csv.startsWith('\uFEFF')).toBe(true);
      const [header, ...lines]: string[][] = parse(csv, { delimiter: ';', bom: true });
      expect(header.slice(0, 2)).toEqual(['Niveau', 'Naam']);
      expect(lines).toHaveLength(rows.length);
      lines.forEach((line, i) => {
        expect(line).toHaveLength(header.length);
        expect(line.slice(0, 2)).toEqual([rows[i].level, rows[i].label]);
        // The figures appear in the CSV exactly as the API shows them, "<5" and "x" included.
        for (const column of columns) expect(line).toContain((rows[i][column] as Count).display);
      });
      expect(lines.flat().some((cell) => cell === '<5')).toBe(true);
    }
  });

  it('lets directors, account managers and admins of the region read reports, and no one else', async () => {
    const input = { ...period(), groupBy: ['POOL'] };
    for (const as of [region.director.email, region.accountManager.email, region.admin.email]) {
      const response = await app.graphql<{ placementReport: { total: Count } }>(PLACEMENT_REPORT, { input }, { as });
      expect(response.errors).toBeUndefined();
    }
    expect(
      onlyError(await app.graphql(PLACEMENT_REPORT, { input }, { as: region.jobCoach.email })).extensions?.code,
    ).toBe('FORBIDDEN');
    for (const [query, variables] of [
      [PLACEMENT_REPORT, { input }],
      [FUNNEL_REPORT, { input: period() }],
      [VISIT_REPORT, { input: period() }],
      [MAX_WW_REPORT, { input: period() }],
      [QUALITY_REPORT, { input: { regionCode: region.code } }],
    ] as const) {
      const outsider = await app.graphql(query, variables, { as: 'director@groningen.demo' });
      expect(onlyError(outsider).extensions?.code).toBe('NOT_FOUND');
    }
    const own = await app.graphql<{ placementReport: { total: Count } }>(
      PLACEMENT_REPORT,
      { input: { ...input, regionCode: 'GRONINGEN' } },
      { as: 'director@groningen.demo' },
    );
    expect(own.errors).toBeUndefined();
    expect(onlyError(await app.graphql(PLACEMENT_REPORT, { input })).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('runs without JIT: compiling a plan costs more than a report statement takes', async () => {
    expect(await app.dataSource.query('SHOW jit')).toEqual([{ jit: 'off' }]);
  });

  it('reads a report in one read-only snapshot, ended before its connection serves anyone else, and makes its CSV only when asked', async () => {
    const FIGURES = `query($input: PlacementReportInput!) { placementReport(input: $input) { total { display } } }`;
    await asDirector(FIGURES, { ...period(), groupBy: ['MONTH'] }); // warms the actor cache and the plans
    const { result, statements } = await statementsDuring(() =>
      asDirector<{ placementReport: { total: { display: string } } }>(FIGURES, { ...period(), groupBy: ['MONTH'] }),
    );
    expect(result.errors).toBeUndefined();
    // The process runs other work meanwhile (the outbox relay, the sweeps) on other connections: keep the
    // statements the report's connection sent from its snapshot's opening on.
    const opening = statements.findIndex((s) => s.text === 'BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    expect(opening).toBeGreaterThanOrEqual(0);
    const own = statements
      .slice(opening)
      .filter((s) => s.client === statements[opening].client)
      .map((s) => s.text);
    // The snapshot, its settings, the region, the counts, and its end, awaited before the connection goes back.
    expect(own).toHaveLength(5);
    expect(own[1]).toMatch(/^SELECT set_config\('work_mem'/);
    expect(own[2]).toMatch(/FROM labour_market_region r WHERE r.code = \$1$/);
    expect(own[3]).toMatch(/FROM placement\s+WHERE region_code = \$1 AND start_date BETWEEN \$2 AND \$3/);
    expect(own[4]).toBe('COMMIT');

    const csvMade = jest.spyOn(PlacementReportService.prototype, 'csv');
    try {
      await asDirector(FIGURES, { ...period(), groupBy: ['MONTH'] });
      expect(csvMade).not.toHaveBeenCalled();
      const withCsv = await asDirector<{ placementReport: { csv: string } }>(
        FIGURES.replace('total { display }', 'csv'),
        { ...period(), groupBy: ['MONTH'] },
      );
      expect(withCsv.data!.placementReport.csv.startsWith('\uFEFF')).toBe(true);
      expect(csvMade).toHaveBeenCalledTimes(1);
    } finally {
      csvMade.mockRestore();
    }
  });

  it('refuses a bad period or grouping with the field that is wrong', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ...period(), from: '2025-01-01', groupBy: [] }, 'input.to'],
      [{ ...period(), from: '2015-01-01', groupBy: [] }, 'input.to'],
      [{ ...period(), groupBy: ['POOL', 'POOL'] }, 'input.groupBy'],
      [{ ...period(), groupBy: ['POOL', 'MONTH', 'SECTOR', 'CONTRACT_TYPE'] }, 'input.groupBy'],
      [{ ...period(), from: '2024-13-01', groupBy: [] }, 'input.from'],
    ];
    for (const [input, field] of cases) {
      const error = onlyError(await asDirector(PLACEMENT_REPORT, input));
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(error.extensions)).toContain(field);
    }
  });
});
