import { Injectable } from '@nestjs/common';
import { dutchToday } from '@wsp/candidates';
import { Actor } from '@wsp/platform';
import { ReportPeriodInput } from './dto/report.inputs';
import { MaxWwReport, MaxWwReportRow } from './dto/report.models';
import { BY_LEVEL, LevelCounts, publishBreakdown } from './breakdown';
import { dutchExcelCsv, figureView } from './report-format';
import { assertReportPeriod, ReportReader } from './report-reader';
import { shareOf } from './small-cells';

const METRICS = ['candidates', 'placed', 'placedBeforeWwEnd', 'placedAfterWwEnd'] as const;

/**
 * The Max-WW result: MAX_WW candidates in the pools today whose WW has not ended, and the MAX_WW placements that started in the
 * period split by whether they started before the month the WW ends (recorded when placed).
 */
@Injectable()
export class MaxWwReportService {
  constructor(private readonly reader: ReportReader) {}

  report(actor: Actor, input: ReportPeriodInput): Promise<Omit<MaxWwReport, 'csv'>> {
    assertReportPeriod(input);
    return this.reader.read(actor, input.regionCode, async ({ region, organisations, threshold, query }) => {
      // Whose WW has ended is no longer a Max-WW candidate: maxWwCohortReport counts them as ended unplaced.
      const candidates = await query<LevelCounts>(
        `SELECT owner_organisation_id AS organisation_id, pool, count(*)::int AS candidates
           FROM candidate_profile
          WHERE region_code = $1 AND status IN ('ACTIVE', 'PAUSED') AND max_ww_since IS NOT NULL
            AND (ww_end_month IS NULL OR ww_end_month > $2)
          GROUP BY ${BY_LEVEL}`,
        [region.code, dutchToday()],
      );
      const placed = await query<LevelCounts>(
        `SELECT owner_organisation_id AS organisation_id, pool, count(*)::int AS placed,
                count(*) FILTER (WHERE placed_before_ww_end)::int AS "placedBeforeWwEnd",
                count(*) FILTER (WHERE NOT placed_before_ww_end)::int AS "placedAfterWwEnd"
           FROM placement
          WHERE region_code = $1 AND start_date BETWEEN $2 AND $3 AND max_ww
          GROUP BY ${BY_LEVEL}`,
        [region.code, input.from, input.to],
      );
      const published = publishBreakdown(
        region,
        organisations,
        [...candidates, ...placed],
        { metrics: METRICS, additive: METRICS, within: [['placed', ['placedBeforeWwEnd', 'placedAfterWwEnd']]] },
        threshold,
      );
      const rows: MaxWwReportRow[] = published.map(({ counts, view, ...header }) => ({
        ...header,
        ...view,
        shareBeforeWwEnd: figureView(shareOf(counts.placedBeforeWwEnd, counts.placed)),
      }));
      return { regionCode: region.code, suppressionThreshold: threshold, from: input.from, to: input.to, rows };
    });
  }

  csv(report: Omit<MaxWwReport, 'csv'>): string {
    return dutchExcelCsv(
      [
        'Niveau',
        'Naam',
        'Max-WW-kandidaten',
        'Geplaatst',
        'Geplaatst voor einde WW',
        'Geplaatst na einde WW',
        '% voor einde WW',
      ],
      report.rows.map((row) => [
        row.level,
        row.label,
        row.candidates.display,
        row.placed.display,
        row.placedBeforeWwEnd.display,
        row.placedAfterWwEnd.display,
        row.shareBeforeWwEnd.display,
      ]),
    );
  }
}
