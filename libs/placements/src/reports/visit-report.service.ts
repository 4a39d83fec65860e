import { Injectable } from '@nestjs/common';
import { Actor } from '@wsp/platform';
import { ReportPeriodInput } from './dto/report.inputs';
import { VisitReport, VisitReportRow } from './dto/report.models';
import { BY_LEVEL, LevelCounts, publishBreakdown } from './breakdown';
import { dutchExcelCsv, figureView } from './report-format';
import { assertReportPeriod, ReportReader } from './report-reader';
import { inPeriod } from './report-sql';
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
      // Facts tagged by metric, each with the id it counts once; one GROUPING SETS pass counts them all.
      const counted = await query<LevelCounts>(
        `WITH held AS (
           SELECT v.id, v.employer_id, v.starts_at,
                  (SELECT count(DISTINCT organisation_id) FROM visit_participant vp WHERE vp.visit_id = v.id) >= 2 AS joint
             FROM visit v
            WHERE v.region_code = $1 AND v.status = 'HELD' AND ${inPeriod('v.starts_at')}),
         attended AS (
           SELECT DISTINCT h.*, o.id AS owner_organisation_id, o.kind AS pool
             FROM held h JOIN visit_participant vp ON vp.visit_id = h.id JOIN organisation o ON o.id = vp.organisation_id),
         facts AS (
           SELECT 'visit' AS metric, id AS counted, owner_organisation_id, pool FROM attended
           UNION ALL
           SELECT 'joint', id, owner_organisation_id, pool FROM attended WHERE joint
           UNION ALL
           SELECT 'employer', employer_id, owner_organisation_id, pool FROM attended
           UNION ALL
           SELECT 'vacancy', vv.vacancy_id, a.owner_organisation_id, a.pool
             FROM attended a JOIN visit_vacancy vv ON vv.visit_id = a.id
           UNION ALL
           SELECT 'vacancy', vac.id, a.owner_organisation_id, a.pool
             FROM attended a JOIN vacancy vac ON vac.employer_id = a.employer_id
              AND vac.created_at > a.starts_at AND vac.created_at <= a.starts_at + interval '90 days'
           UNION ALL
           SELECT 'placement', p.id, a.owner_organisation_id, a.pool
             FROM attended a JOIN placement p ON p.employer_id = a.employer_id
              AND p.created_at > a.starts_at AND p.created_at <= a.starts_at + interval '90 days')
         SELECT owner_organisation_id AS organisation_id, pool,
                count(DISTINCT counted) FILTER (WHERE metric = 'visit')::int AS "visits",
                count(DISTINCT counted) FILTER (WHERE metric = 'joint')::int AS "jointVisits",
                count(DISTINCT counted) FILTER (WHERE metric = 'employer')::int AS "employersReached",
                count(DISTINCT counted) FILTER (WHERE metric = 'vacancy')::int AS "vacanciesAfterVisit",
                count(DISTINCT counted) FILTER (WHERE metric = 'placement')::int AS "placementsAfterVisit"
           FROM facts
          GROUP BY ${BY_LEVEL}`,
        [region.code, input.from, input.to],
      );
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
