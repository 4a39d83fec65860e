import { PlacementReportService } from '@wsp/placements';
import { parse } from 'csv-parse/sync';
import { statementsDuring } from '../support/statements';
import { onlyError, TestApp } from '../support/test-app';
import { ReportRegion } from '../factories/report-region.factory';
import {
  Count,
  FUNNEL_REPORT,
  MAX_WW_REPORT,
  PLACEMENT_REPORT,
  QUALITY_REPORT,
  ReportWorld,
  Row,
  VISIT_REPORT,
} from '../support/report-world';

describe('reports: export, access, snapshot and input', () => {
  const world = new ReportWorld();
  let app: TestApp;
  let region: ReportRegion;
  beforeAll(async () => {
    await world.seed();
    ({ app, region } = world);
  });
  afterAll(() => world.close());
  const { asDirector, period } = world;

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
