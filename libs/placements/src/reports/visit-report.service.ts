import { Injectable } from '@nestjs/common';
import { Actor } from '@wsp/platform';
import { ReportPeriodInput } from './dto/report.inputs';
import { VisitReport, VisitReportRow } from './dto/report.models';
import { LevelCounts, publishBreakdown, ReportOrganisation } from './breakdown';
import { dutchExcelCsv, figureView } from './report-format';
import { assertReportPeriod, ReportReader } from './report-reader';
import { afterPeriod, inPeriod } from './report-sql';
import { shareOf } from './small-cells';

const METRICS = ['visits', 'jointVisits', 'employersReached', 'vacanciesAfterVisit', 'placementsAfterVisit'] as const;

/**
 * Held visits in the period, per organisation that took part (a joint visit counts for each of its
 * organisations, so organisations do not add up to the region), and what followed within 90 days.
 */
@Injectable()
export class VisitReportService {
  constructor(private readonly reader: ReportReader) {}

  report(actor: Actor, input: ReportPeriodInput): Promise<Omit<VisitReport, 'csv'>> {
    assertReportPeriod(input);
    return this.reader.read(actor, input.regionCode, async ({ region, organisations, threshold, query }) => {
      // Each organisation of the region is a bit; a visit's mask holds the organisations that took part. Visits and
      // employers are counted per mask, and each row's figures summed from the masks it covers (see levelCounts).
      if (organisations.length > 62) throw new Error('a region has more partner organisations than a bigint has bits');
      // One statement reads the held visits once for both parts: the masks, and what followed.
      const counts = await query<({ kind: 'mask' } & MaskCount) | ({ kind: 'followed' } & LevelCounts)>(
        `WITH attended AS (
           SELECT v.id, v.employer_id, v.starts_at, vp.organisation_id AS owner_organisation_id, o.kind AS pool
             FROM visit v
             JOIN visit_participant vp ON vp.visit_id = v.id
             JOIN organisation o ON o.id = vp.organisation_id
            WHERE v.region_code = $1 AND v.status = 'HELD' AND ${inPeriod('v.starts_at')}),
         -- Each organisation of the region is a bit; a visit's mask holds the organisations that took part.
         visit_masks AS (
           SELECT id, employer_id,
                  coalesce(bit_or(1::bigint << (array_position($4::uuid[], owner_organisation_id) - 1)), 0) AS mask
             FROM attended
            GROUP BY id, employer_id),
         -- What followed: per level, each employer's "within 90 days after a visit" as one multirange of disjoint
         -- ranges; what fell inside is counted by binary search (width_bucket) in the employer's sorted vacancy
         -- and placement times, so the work grows with the visits, not with the placements.
         by_organisation AS (
           SELECT employer_id, owner_organisation_id, pool,
                  range_agg(tstzrange(starts_at, starts_at + interval '90 days', '(]')) AS after_visit
             FROM attended
            GROUP BY employer_id, owner_organisation_id, pool),
         by_pool AS (
           SELECT employer_id, pool, range_agg(after_visit) AS after_visit FROM by_organisation GROUP BY employer_id, pool),
         coverage AS (
           SELECT employer_id, owner_organisation_id, pool, after_visit FROM by_organisation
           UNION ALL
           SELECT employer_id, NULL, pool, after_visit FROM by_pool
           UNION ALL
           SELECT employer_id, NULL, NULL, range_agg(after_visit) FROM by_pool GROUP BY employer_id),
         placed AS (
           SELECT employer_id, array_agg(created_at ORDER BY created_at) AS times
             FROM placement
            WHERE employer_id IN (SELECT employer_id FROM attended) AND ${afterPeriod('created_at')}
            GROUP BY employer_id),
         opened AS (
           SELECT employer_id, array_agg(created_at ORDER BY created_at) AS times
             FROM vacancy
            WHERE employer_id IN (SELECT employer_id FROM attended) AND ${afterPeriod('created_at')}
            GROUP BY employer_id),
         spotted AS (
           SELECT owner_organisation_id, pool, vv.vacancy_id
             FROM attended a JOIN visit_vacancy vv ON vv.visit_id = a.id
            GROUP BY GROUPING SETS ((owner_organisation_id, pool, vv.vacancy_id), (pool, vv.vacancy_id), (vv.vacancy_id)))
         SELECT 'mask' AS kind, 'visits' AS metric, mask::text, count(*)::int AS count,
                NULL::uuid AS organisation_id, NULL AS pool, NULL::int AS "vacanciesAfterVisit",
                NULL::int AS "placementsAfterVisit"
           FROM visit_masks GROUP BY mask
         UNION ALL
         SELECT 'mask', 'employersReached', mask::text, count(*)::int, NULL, NULL, NULL, NULL
           FROM (SELECT employer_id, bit_or(mask) AS mask FROM visit_masks GROUP BY employer_id) employers
          GROUP BY mask
         UNION ALL
         SELECT 'followed', NULL, NULL, NULL, c.owner_organisation_id, c.pool,
                coalesce(sum(width_bucket(upper(r), o.times) - width_bucket(lower(r), o.times)), 0)::int,
                coalesce(sum(width_bucket(upper(r), p.times) - width_bucket(lower(r), p.times)), 0)::int
           FROM coverage c
           CROSS JOIN LATERAL unnest(c.after_visit) r
           LEFT JOIN opened o ON o.employer_id = c.employer_id
           LEFT JOIN placed p ON p.employer_id = c.employer_id
          GROUP BY c.owner_organisation_id, c.pool
         UNION ALL
         -- Vacancies spotted at a visit count too, once: those not already inside the 90 days after one.
         SELECT 'followed', NULL, NULL, NULL, s.owner_organisation_id, s.pool, count(*)::int, 0
           FROM spotted s
           JOIN vacancy vac ON vac.id = s.vacancy_id
           LEFT JOIN coverage c ON c.employer_id = vac.employer_id
            AND c.owner_organisation_id IS NOT DISTINCT FROM s.owner_organisation_id AND c.pool IS NOT DISTINCT FROM s.pool
          WHERE c.after_visit IS NULL OR NOT vac.created_at <@ c.after_visit
          GROUP BY s.owner_organisation_id, s.pool`,
        [region.code, input.from, input.to, organisations.map((o) => o.id)],
      );
      const masks = counts.filter((row): row is { kind: 'mask' } & MaskCount => row.kind === 'mask');
      const followed = counts.filter((row) => row.kind === 'followed');
      const counted = [...levelCounts(organisations, masks), ...followed];
      const published = publishBreakdown(
        region,
        organisations,
        counted,
        // Nothing adds up across organisations here; a row's joint visits are part of its visits, though.
        { metrics: METRICS, additive: [] },
        threshold,
      );
      const rows: VisitReportRow[] = published.map(({ counts, view, ...header }) => ({
        ...header,
        ...view,
        jointShare: figureView(shareOf(counts.jointVisits, counts.visits)),
      }));
      return { regionCode: region.code, suppressionThreshold: threshold, from: input.from, to: input.to, rows };
    });
  }

  csv(report: Omit<VisitReport, 'csv'>): string {
    return dutchExcelCsv(
      [
        'Niveau',
        'Naam',
        'Bezoeken',
        'Gezamenlijke bezoeken',
        '% gezamenlijk',
        'Werkgevers bereikt',
        'Vacatures binnen 90 dagen',
        'Plaatsingen binnen 90 dagen',
      ],
      report.rows.map((row) => [
        row.level,
        row.label,
        row.visits.display,
        row.jointVisits.display,
        row.jointShare.display,
        row.employersReached.display,
        row.vacanciesAfterVisit.display,
        row.placementsAfterVisit.display,
      ]),
    );
  }
}

/** Visits or employers reached, counted per mask of the organisations that took part. */
interface MaskCount {
  metric: 'visits' | 'employersReached';
  mask: string;
  count: number;
}

/**
 * Rows per organisation, pool and region from counts per organisation mask: a level counts every mask that
 * shares a bit with it (the region every mask), and joint visits are the masks with two or more bits.
 */
function levelCounts(organisations: readonly ReportOrganisation[], masks: readonly MaskCount[]): LevelCounts[] {
  const bitOf = (index: number) => 1n << BigInt(index);
  const levels = [
    { organisation_id: null, pool: null, bits: -1n },
    ...(['UWV', 'MUNICIPALITY'] as const).map((pool) => ({
      organisation_id: null,
      pool,
      bits: organisations.reduce((bits, o, i) => (o.pool === pool ? bits | bitOf(i) : bits), 0n),
    })),
    ...organisations.map((o, i) => ({ organisation_id: o.id, pool: o.pool, bits: bitOf(i) })),
  ];
  const isJoint = (mask: bigint) => mask.toString(2).replace(/0/g, '').length >= 2;
  return levels.map(({ bits, ...level }) => {
    const row: LevelCounts = { ...level, visits: 0, jointVisits: 0, employersReached: 0 };
    for (const { metric, mask, count } of masks) {
      const value = BigInt(mask);
      if (bits !== -1n && (value & bits) === 0n) continue;
      row[metric] = (row[metric] as number) + count;
      if (metric === 'visits' && isJoint(value)) row.jointVisits = (row.jointVisits as number) + count;
    }
    return row;
  });
}
