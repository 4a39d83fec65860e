import { parse } from 'csv-parse/sync';
import {
  Count,
  Org,
  PLACEMENT_REPORT,
  Placement,
  ReportWorld,
  expectNoLoneHidden,
  expectPublished,
  inPeriod,
} from '../support/report-world';

describe('the placement report', () => {
  const world = new ReportWorld();
  let orgs: Org[];
  let placements: Placement[];
  beforeAll(async () => {
    await world.seed();
    ({ orgs, placements } = world);
  });
  afterAll(() => world.close());
  const { asDirector, period } = world;

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
});
