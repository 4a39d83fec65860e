import { ReportRegion } from '../factories/report-region.factory';
import { Count, Figure, Profile, QUALITY_REPORT, ReportWorld, Row, expectPublished } from '../support/report-world';

describe('the profile quality report', () => {
  const world = new ReportWorld();
  let region: ReportRegion;
  let profiles: Profile[];
  beforeAll(async () => {
    await world.seed();
    ({ region, profiles } = world);
  });
  afterAll(() => world.close());
  const { asDirector, rowOf, levels } = world;

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
});
