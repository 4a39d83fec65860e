import { advanceProposal, proposeCandidate } from '../factories/proposal.factory';
import { createVacancy } from '../factories/vacancy.factory';
import { addMonths, dutchToday, monthOf } from '@wsp/candidates';
import { JobName, JobQueue, QueueName, Role } from '@wsp/platform';
import { createProfile } from '../factories/candidate-profile.factory';
import { createEmployer } from '../factories/employer.factory';
import { createReportRegion, ReportRegion, retireReportRegion } from '../factories/report-region.factory';
import { createUser } from '../factories/user.factory';
import { onlyError, TestApp } from '../support/test-app';

type Count = { value: number | null; suppressed: boolean; display: string };
interface Figures {
  cohort: Count;
  placed: Count;
  outcomes: { outcome: string; count: Count }[];
  leftPoolReasons: { reason: string; count: Count }[];
  medianWeeksToWork: { value: number | null; suppressed: boolean; display: string };
}
interface CohortReport {
  asOf: string;
  rows: (Figures & { key: string; label: string })[];
  total: Figures;
  csv: string;
}

const COUNT = '{ value suppressed display }';
const FIGURES = `cohort ${COUNT} placed ${COUNT} outcomes { outcome count ${COUNT} }
  leftPoolReasons { reason count ${COUNT} } medianWeeksToWork ${COUNT}`;
const COHORT_REPORT = `query($input: MaxWwCohortReportInput!) { maxWwCohortReport(input: $input) {
  asOf csv rows { key label ${FIGURES} } total { ${FIGURES} } } }`;
const EARLY_WARNING = `query($input: MaxWwEarlyWarningInput!) { maxWwEarlyWarning(input: $input) { csv rows {
  level organisationId label endingNextMonth ${COUNT} endingInTwoMonths ${COUNT} endingInThreeMonths ${COUNT}
  endingWithinThreeMonths ${COUNT} } } }`;
const WITHDRAW =
  'mutation($id: ID!, $reason: WithdrawalReason!) { withdrawCandidateProfile(id: $id, reason: $reason) }';
const STATUS = `mutation($input: ChangeCandidateStatusInput!) { changeCandidateProfileStatus(input: $input) { status } }`;

/** Where each of the pilot's candidates ends up, with what the test knows about them. */
type Fate =
  | { kind: 'PLACED'; wwEnd: number; start: number }
  | { kind: 'WITHDRAWN'; wwEnd: number; reason: string }
  | { kind: 'PAUSED'; wwEnd: number }
  | { kind: 'ENDED'; wwEnd: number }
  | { kind: 'SEARCHING'; wwEnd: number };

/**
 * The seed's pilot (Werkplein Drentsche Aa followed 23 Max-WW participants and lost track of 10): 23 candidates
 * in two pools; 5 placed, some before and some after the month their WW ends; 3 withdrawn with reasons; 2
 * paused; the rest searching or with their WW ended. Months are counted from today, so the test holds on any day.
 */
const PILOT: Fate[] = [
  { kind: 'PLACED', wwEnd: 6, start: 1 },
  { kind: 'PLACED', wwEnd: 5, start: 2 },
  { kind: 'PLACED', wwEnd: 4, start: 1 },
  { kind: 'PLACED', wwEnd: 1, start: 2 },
  { kind: 'PLACED', wwEnd: 1, start: 3 },
  { kind: 'WITHDRAWN', wwEnd: 4, reason: 'WORK_FOUND_ELSEWHERE' },
  { kind: 'WITHDRAWN', wwEnd: 3, reason: 'MOVED_AWAY' },
  { kind: 'WITHDRAWN', wwEnd: 5, reason: 'WORK_FOUND_ELSEWHERE' },
  { kind: 'PAUSED', wwEnd: 3 },
  { kind: 'PAUSED', wwEnd: 4 },
  { kind: 'ENDED', wwEnd: -1 },
  { kind: 'ENDED', wwEnd: -2 },
  { kind: 'ENDED', wwEnd: 0 },
  { kind: 'ENDED', wwEnd: -1 },
  ...[1, 1, 2, 2, 2, 3, 5, 6, 8].map((wwEnd): Fate => ({ kind: 'SEARCHING', wwEnd })),
];

describe('Max-WW cohorts: every candidate accounted for', () => {
  let app: TestApp;
  let region: ReportRegion;
  let municipalCoach: string;
  let today: string;
  const month = (offset: number) => addMonths(monthOf(today), offset).slice(0, 7);
  const ids: { id: string; version: number; fate: Fate; pool: 'UWV' | 'MUNICIPALITY'; entry: string }[] = [];

  const report = async (groupBy: string, as = region.director.email, on = app) => {
    const response = await on.graphql<{ maxWwCohortReport: CohortReport }>(
      COHORT_REPORT,
      { input: { regionCode: region.code, from: `${month(-12)}-01`, to: today, groupBy } },
      { as },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.maxWwCohortReport;
  };
  const outcome = (figures: Figures, name: string) => figures.outcomes.find((o) => o.outcome === name)!.count;
  const reason = (figures: Figures, name: string) => figures.leftPoolReasons.find((r) => r.reason === name)!.count;

  /** Every figure the test can read adds up: outcomes to the cohort, reasons to LEFT_POOL, rows to the total. */
  const expectConsistent = (report: CohortReport) => {
    for (const figures of [...report.rows, report.total]) {
      const outcomes = figures.outcomes.map((o) => o.count);
      if (outcomes.every((c) => !c.suppressed) && !figures.cohort.suppressed) {
        expect(outcomes.reduce((sum, c) => sum + c.value!, 0)).toBe(figures.cohort.value);
      }
      expect([figures.cohort, ...outcomes].filter((c) => c.suppressed)).not.toHaveLength(1);
      const reasons = figures.leftPoolReasons.map((r) => r.count);
      expect([outcome(figures, 'LEFT_POOL'), ...reasons].filter((c) => c.suppressed)).not.toHaveLength(1);
    }
    const cohorts = [report.total.cohort, ...report.rows.map((row) => row.cohort)];
    expect(cohorts.filter((c) => c.suppressed)).not.toHaveLength(1);
    if (cohorts.every((c) => !c.suppressed)) {
      expect(report.rows.reduce((sum, row) => sum + row.cohort.value!, 0)).toBe(report.total.cohort.value);
    }
  };

  beforeAll(async () => {
    // Threshold 2 (the lowest allowed), so the pilot's small figures can be read; the default is checked below.
    app = await TestApp.start({ REPORT_SUPPRESSION_THRESHOLD: '2' });
    today = dutchToday();
    region = await createReportRegion(app.dataSource);
    municipalCoach = (
      await createUser(app.dataSource, { organisation: region.organisations[1].slug, roles: [Role.JOB_COACH] })
    ).email;

    for (const [index, fate] of PILOT.entries()) {
      const pool = index % 2 ? 'MUNICIPALITY' : 'UWV';
      const profile = await createProfile(app, pool === 'UWV' ? region.jobCoach.email : municipalCoach, {
        municipalityCode: region.municipalities[index % 2],
        targetGroups: ['MAX_WW'],
        wwEndMonth: month(fate.wwEnd),
        availableFrom: month(0),
      });
      // The pilot started four months ago: the first half entered the pool then, the rest this month.
      const entry = index < 12 ? `${month(-4)}-01` : today;
      if (index < 12) {
        await app.dataSource.query('UPDATE candidate_profile SET max_ww_since = $2 WHERE id = $1', [profile.id, entry]);
      }
      ids.push({ id: profile.id, version: profile.version, fate, pool, entry });
    }

    const am = region.accountManager.email;
    const employer = await createEmployer(app, am, { municipalityCode: region.municipalities[0] });
    const vacancy = await createVacancy(app, am, {
      employerId: employer.id,
      title: 'Orderpicker',
      occupationCode: '9333',
      hoursMin: 24,
      hoursMax: 36,
      municipalityCode: region.municipalities[0],
      contractType: 'PERMANENT',
      positions: 5,
    });
    const vacancyId = vacancy.id;
    for (const candidate of ids.filter((c) => c.fate.kind === 'PLACED')) {
      const fate = candidate.fate as Extract<Fate, { kind: 'PLACED' }>;
      const coach = candidate.pool === 'UWV' ? region.jobCoach.email : municipalCoach;
      const proposed = await proposeCandidate(app, coach, { vacancyId, profileId: candidate.id });
      await advanceProposal(app, am, proposed, 'PLACED', { startDate: `${month(fate.start)}-01` });
    }
    for (const candidate of ids.filter((c) => c.fate.kind === 'PAUSED')) {
      const coach = candidate.pool === 'UWV' ? region.jobCoach.email : municipalCoach;
      const paused = await app.graphql(
        STATUS,
        { input: { id: candidate.id, version: candidate.version, status: 'PAUSED' } },
        { as: coach },
      );
      expect(paused.errors).toBeUndefined();
    }
  });

  afterAll(async () => {
    await retireReportRegion(app.dataSource, region);
    await app.close();
  });

  it('accounts for all 23 with one outcome each before anyone leaves: nobody is unknown', async () => {
    const cohort = await report('POOL');
    expect(cohort.asOf).toBe(today);
    expect(cohort.total.cohort.value).toBe(23);
    const expected = {
      PLACED_BEFORE_WW_END: 3,
      PLACED_AFTER_WW_END: 2,
      SEARCHING: 12, // the nine, and the three about to withdraw
      WW_ENDED_UNPLACED: 4,
      LEFT_POOL: 0,
      PAUSED: 2,
    };
    expect(Object.fromEntries(cohort.total.outcomes.map((o) => [o.outcome, o.count.value]))).toEqual(expected);
    expect(cohort.total.placed.value).toBe(5);
    expect(cohort.rows.map((row) => [row.key, row.cohort.value])).toEqual([
      ['UWV', 12],
      ['MUNICIPALITY', 11],
    ]);
    expectConsistent(cohort);
  });

  it('keeps the withdrawn as anonymous counts with their reasons, and still accounts for all 23', async () => {
    const withdrawn = ids.filter((c) => c.fate.kind === 'WITHDRAWN');
    const coachOf = (pool: string) => (pool === 'UWV' ? region.jobCoach.email : municipalCoach);
    // No reason, or free text instead of a code: refused, and nothing is deleted.
    const bare = await app.graphql('mutation($id: ID!) { withdrawCandidateProfile(id: $id) }', {
      id: withdrawn[0].id,
    });
    expect(onlyError(bare).extensions?.code).toBe('BAD_USER_INPUT');
    const freeText = await app.graphql(
      WITHDRAW,
      { id: withdrawn[0].id, reason: 'verhuisd naar Zwolle' },
      {
        as: coachOf(withdrawn[0].pool),
      },
    );
    expect(onlyError(freeText).message).toMatch(/WithdrawalReason/);
    for (const candidate of withdrawn) {
      const fate = candidate.fate as Extract<Fate, { kind: 'WITHDRAWN' }>;
      const done = await app.graphql(
        WITHDRAW,
        { id: candidate.id, reason: fate.reason },
        { as: coachOf(candidate.pool) },
      );
      expect(done.errors).toBeUndefined();
    }
    const left = await app.dataSource.query('SELECT count(*)::int AS count FROM candidate_profile WHERE id = ANY($1)', [
      withdrawn.map((c) => c.id),
    ]);
    expect(left).toEqual([{ count: 0 }]);

    const cohort = await report('ENTRY_MONTH');
    expect(cohort.total.cohort.value).toBe(23);
    expect(outcome(cohort.total, 'SEARCHING').value).toBe(9);
    expect(outcome(cohort.total, 'LEFT_POOL').value).toBe(3);
    // MOVED_AWAY is 1, below the threshold of 2; WORK_FOUND_ELSEWHERE (2) goes with it, or LEFT_POOL would give it away.
    expect(reason(cohort.total, 'MOVED_AWAY').suppressed).toBe(true);
    expect(reason(cohort.total, 'WORK_FOUND_ELSEWHERE').suppressed).toBe(true);
    expect(reason(cohort.total, 'NO_LONGER_WANTS_SUPPORT')).toEqual({ value: 0, suppressed: false, display: '0' });
    const kept = await app.dataSource.query(
      `SELECT left_reason, sum(count)::int AS count FROM max_ww_cohort_count
        WHERE region_code = $1 AND outcome = 'LEFT_POOL' GROUP BY left_reason ORDER BY left_reason`,
      [region.code],
    );
    expect(kept).toEqual([
      { left_reason: 'MOVED_AWAY', count: 1 },
      { left_reason: 'WORK_FOUND_ELSEWHERE', count: 2 },
    ]);
    // Both cohorts: four months ago and this month, with every month between them (nobody entered then).
    const byMonth = Object.fromEntries(cohort.rows.map((row) => [row.key, row.cohort.value]));
    expect(byMonth[month(-4)]).toBe(12);
    expect(byMonth[month(0)]).toBe(11);
    expect(byMonth[month(-2)]).toBe(0);
    expectConsistent(cohort);

    // What stays of them: counts per cohort and outcome, with nothing that points back at a person.
    const columns: { column_name: string }[] = await app.dataSource.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'max_ww_cohort_count' ORDER BY 1`,
    );
    expect(columns.map((c) => c.column_name)).toEqual([
      'count',
      'entry_month',
      'left_reason',
      'outcome',
      'owner_organisation_id',
      'pool',
      'region_code',
      'weeks_to_work',
      'ww_end_month',
    ]);
    // The audit trail keeps the profile's id, so never the reason beside it.
    const audit: { purpose: string }[] = await app.dataSource.query(
      `SELECT purpose FROM audit_event WHERE entity_id = ANY($1) AND action = 'WITHDRAW'`,
      [withdrawn.map((c) => c.id)],
    );
    expect(audit.map((a) => a.purpose)).toEqual(Array(3).fill('profiel ingetrokken'));
  });

  it('keeps placements and ended WW as they were when the retention date deletes the profiles', async () => {
    const expiring = ids.filter((c) => ['PLACED', 'ENDED'].includes(c.fate.kind) || c === ids[ids.length - 1]);
    await app.dataSource.query(`UPDATE candidate_profile SET expires_on = $2::date - 1 WHERE id = ANY($1)`, [
      expiring.map((c) => c.id),
      today,
    ]);
    const queue = app.running.app.get(JobQueue);
    const job = await queue.enqueue(JobName.PROFILE_RETENTION, {});
    await waitForJob(queue, QueueName.SYSTEM, job.id!);
    const remaining = await app.dataSource.query(
      'SELECT count(*)::int AS count FROM candidate_profile WHERE region_code = $1',
      [region.code],
    );
    expect(remaining).toEqual([{ count: 23 - 3 - expiring.length }]);

    const cohort = await report('WW_END_MONTH');
    expect(cohort.total.cohort.value).toBe(23);
    expect(Object.fromEntries(cohort.total.outcomes.map((o) => [o.outcome, o.count.value]))).toEqual({
      PLACED_BEFORE_WW_END: 3,
      PLACED_AFTER_WW_END: 2,
      SEARCHING: 8,
      WW_ENDED_UNPLACED: 4,
      LEFT_POOL: 4,
      PAUSED: 2,
    });
    expect(reason(cohort.total, 'PROFILE_EXPIRED').suppressed).toBe(true); // 1
    // Weeks from entering to the first working day, over the five placed (kept through their deletion).
    const weeks = ids
      .filter((c) => c.fate.kind === 'PLACED')
      .map((c) =>
        Math.floor(
          (Date.parse(`${month((c.fate as { start: number }).start)}-01`) - Date.parse(c.entry)) / (7 * 86_400_000),
        ),
      )
      .sort((a, b) => a - b);
    expect(cohort.total.medianWeeksToWork.value).toBe(weeks[2]);
    const withEnd = cohort.rows.find((row) => row.key === month(1))!;
    expect(withEnd.label).toMatch(/^[a-z]+ \d{4}$/);
    expectConsistent(cohort);

    const csv = cohort.csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(csv[0].split(';').slice(0, 3)).toEqual(['Einde WW', 'Cohort', 'Geplaatst voor einde WW']);
    expect(csv.find((line) => line.startsWith('Totaal;'))).toMatch(/^Totaal;23;3;2;8;4;4;2;/);
  });

  it('shows the region at the default threshold: a 0 hides nothing, and no lone hidden figure is left', async () => {
    const standard = await TestApp.start();
    try {
      const cohort = await report('POOL', region.director.email, standard);
      expect(cohort.total.cohort).toEqual({ value: 23, suppressed: false, display: '23' });
      expect(outcome(cohort.total, 'SEARCHING').display).toBe('8');
      expectConsistent(cohort);
      for (const figures of [...cohort.rows, cohort.total]) {
        for (const { count } of figures.outcomes)
          expect(count.value === null || count.value === 0 || count.value >= 5).toBe(true);
      }
    } finally {
      await standard.close();
    }
  });

  it('warns per organisation of WW ending within 1, 2 and 3 months without work, counting only', async () => {
    const response = await app.graphql<{
      maxWwEarlyWarning: { rows: { level: string; organisationId: string | null; [k: string]: unknown }[] };
    }>(EARLY_WARNING, { input: { regionCode: region.code } }, { as: region.director.email });
    expect(response.errors).toBeUndefined();
    const rows = response.data!.maxWwEarlyWarning.rows;
    // Still here without work: searching and paused. Placed, left and ended do not count.
    const waiting = ids.filter(
      (c) => (c.fate.kind === 'SEARCHING' && c !== ids[ids.length - 1]) || c.fate.kind === 'PAUSED',
    );
    const count = (months: number, pool?: string) =>
      waiting.filter((c) => c.fate.wwEnd === months && (!pool || c.pool === pool)).length;
    const regionRow = rows.find((row) => row.level === 'REGION')!;
    expect((regionRow.endingNextMonth as Count).value).toBe(count(1));
    expect((regionRow.endingInTwoMonths as Count).value).toBe(count(2));
    expect((regionRow.endingInThreeMonths as Count).value).toBe(count(3));
    expect((regionRow.endingWithinThreeMonths as Count).value).toBe(count(1) + count(2) + count(3));
    const uwv = rows.find((row) => row.organisationId === region.organisations[0].id)!;
    for (const [field, months] of [
      ['endingNextMonth', 1],
      ['endingInTwoMonths', 2],
      ['endingInThreeMonths', 3],
    ] as const) {
      const published = uwv[field] as Count;
      // Shown exactly, or hidden: a 1 always (below the threshold of 2).
      if (published.suppressed) expect(count(months, 'UWV')).toBeLessThan(5);
      else expect(published.value).toBe(count(months, 'UWV'));
      if (count(months, 'UWV') === 1) expect(published.suppressed).toBe(true);
    }
    // The other municipality has no Max-WW candidates: its zeros are shown, not hidden.
    const other = rows.find((row) => row.organisationId === region.organisations[2].id)!;
    expect(other.endingWithinThreeMonths).toEqual({ value: 0, suppressed: false, display: '0' });

    const coach = await app.graphql(EARLY_WARNING, { input: { regionCode: region.code } }, { as: municipalCoach });
    expect(onlyError(coach).extensions?.code).toBe('FORBIDDEN');
  });

  it('tells the owning coach, once, of each of their own candidates whose WW ends within two months', async () => {
    const queue = app.running.app.get(JobQueue);
    for (let run = 0; run < 2; run++) {
      const job = await queue.enqueue(JobName.MAX_WW_WARNINGS, {});
      await waitForJob(queue, QueueName.SYSTEM, job.id!);
    }
    const warnings = async (as: string) =>
      (
        await app.graphql<{
          notifications: { edges: { node: { kind: string; message: string; entityId: string } }[] };
        }>('{ notifications(first: 200) { edges { node { kind message entityId } } } }', {}, { as })
      )
        .data!.notifications.edges.map((e) => e.node)
        .filter((n) => n.kind === 'MAX_WW_ENDING');
    const due = (pool: string) =>
      ids.filter(
        (c) =>
          c.pool === pool &&
          ['SEARCHING', 'PAUSED'].includes(c.fate.kind) &&
          c !== ids[ids.length - 1] &&
          c.fate.wwEnd >= 1 &&
          c.fate.wwEnd <= 2,
      );
    for (const [pool, coach] of [
      ['UWV', region.jobCoach.email],
      ['MUNICIPALITY', municipalCoach],
    ] as const) {
      const received = await warnings(coach);
      expect(received.map((n) => n.entityId).sort()).toEqual(
        due(pool)
          .map((c) => c.id)
          .sort(),
      );
      for (const warning of received)
        expect(warning.message).toMatch(/^De WW van kandidaat K-[A-Z0-9-]+ eindigt in [a-z]+ \d{4}/);
    }
  });
});

async function waitForJob(queue: JobQueue, name: QueueName, id: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const job = await queue.queue(name).getJob(id);
    const state = await job?.getState();
    if (state === 'completed') return;
    if (state === 'failed' || Date.now() > deadline) throw new Error(`job ${id} ${state}: ${job?.failedReason ?? ''}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
