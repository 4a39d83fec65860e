import {
  Count,
  Figure,
  MAX_WW_REPORT,
  Placement,
  Profile,
  ReportWorld,
  Row,
  expectNoLoneHidden,
  expectPublished,
  inPeriod,
} from '../support/report-world';

describe('the Max-WW report', () => {
  const world = new ReportWorld();
  let placements: Placement[];
  let profiles: Profile[];
  beforeAll(async () => {
    await world.seed();
    ({ placements, profiles } = world);
  });
  afterAll(() => world.close());
  const { asDirector, period, rowOf, levels } = world;

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
});
