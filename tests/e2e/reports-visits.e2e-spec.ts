import {
  Count,
  DAY,
  Figure,
  Placement,
  ReportWorld,
  Row,
  VISIT_REPORT,
  Vacancy,
  Visit,
  expectPublished,
  inPeriod,
  isoDate,
} from '../support/report-world';

describe('the visit report', () => {
  const world = new ReportWorld();
  let vacancies: Vacancy[];
  let placements: Placement[];
  let visits: Visit[];
  beforeAll(async () => {
    await world.seed();
    ({ vacancies, placements, visits } = world);
  });
  afterAll(() => world.close());
  const { asDirector, period, rowOf, levels } = world;

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
});
