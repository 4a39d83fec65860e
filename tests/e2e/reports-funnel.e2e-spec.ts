import { parse } from 'csv-parse/sync';
import {
  Count,
  DAY,
  FUNNEL_REPORT,
  Figure,
  Org,
  Outcome,
  Placement,
  ReportWorld,
  Row,
  Vacancy,
  expectNoLoneHidden,
  expectPublished,
  inPeriod,
  isoDate,
  median,
} from '../support/report-world';

describe('the funnel report', () => {
  const world = new ReportWorld();
  let orgs: Org[];
  let placements: Placement[];
  let outcomes: Outcome[];
  let suggestions: ReportWorld['suggestions'];
  beforeAll(async () => {
    await world.seed();
    ({ orgs, placements, outcomes, suggestions } = world);
  });
  afterAll(() => world.close());
  const { asDirector, period, rowOf } = world;

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
});
