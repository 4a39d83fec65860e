import { Injectable } from '@nestjs/common';
import { Actor } from '@wsp/platform';
import { ReportPeriodInput } from './dto/report.inputs';
import { FunnelReport, FunnelRow, FunnelStage } from './dto/report.models';
import { BY_LEVEL, LevelCounts, publishBreakdown } from './breakdown';
import { dutchExcelCsv, figureView } from './report-format';
import { assertReportPeriod, ReportReader } from './report-reader';
import { daysBetween, inPeriod } from './report-sql';
import { shareOf } from './small-cells';

const STAGES = ['suggested', 'interest', 'proposed', 'introduced', 'interview', 'placed'] as const;
type Stage = (typeof STAGES)[number];
const STAGE_ENUM: Record<Stage, FunnelStage> = {
  suggested: FunnelStage.SUGGESTED,
  interest: FunnelStage.INTEREST,
  proposed: FunnelStage.PROPOSED,
  introduced: FunnelStage.INTRODUCED,
  interview: FunnelStage.INTERVIEW,
  placed: FunnelStage.PLACED,
};
/** Each stage to the next, and the one a director asks first: how many proposals end in a placement. */
const CONVERSIONS: readonly [Stage, Stage][] = [
  ['suggested', 'interest'],
  ['interest', 'proposed'],
  ['proposed', 'introduced'],
  ['introduced', 'interview'],
  ['interview', 'placed'],
  ['proposed', 'placed'],
];
const HEADINGS: Record<Stage, string> = {
  suggested: 'Gesuggereerd',
  interest: 'Interesse',
  proposed: 'Voorgedragen',
  introduced: 'Voorgesteld',
  interview: 'Gesprek',
  placed: 'Geplaatst',
};

const COHORT = `cohort AS (SELECT id, created_at FROM vacancy WHERE region_code = $1 AND ${inPeriod('created_at')})`;

/**
 * The funnel of the vacancies opened in the period (a cohort, so every stage counts the same vacancies):
 * suggested candidates, interest, proposals and how far they got, with conversions and time to fill.
 * The stages after "suggested" come from handover_outcome, which outlives withdrawn profiles.
 */
@Injectable()
export class FunnelReportService {
  constructor(private readonly reader: ReportReader) {}

  report(actor: Actor, input: ReportPeriodInput): Promise<Omit<FunnelReport, 'csv'>> {
    assertReportPeriod(input);
    return this.reader.read(actor, input.regionCode, async ({ region, organisations, threshold, query }) => {
      const parameters = [region.code, input.from, input.to];
      const suggested = await query<LevelCounts>(
        `WITH ${COHORT}
         SELECT owner_organisation_id AS organisation_id, pool, count(*)::int AS suggested
           FROM suggestion s JOIN cohort c ON c.id = s.vacancy_id
          GROUP BY ${BY_LEVEL}`,
        parameters,
      );
      const handed = await query<LevelCounts>(
        `WITH ${COHORT}
         SELECT owner_organisation_id AS organisation_id, pool,
                count(*) FILTER (WHERE kind = 'INTEREST')::int AS interest,
                count(*) FILTER (WHERE kind = 'PROPOSAL')::int AS proposed,
                count(*) FILTER (WHERE stage IN ('INTRODUCED', 'INTERVIEW', 'PLACED'))::int AS introduced,
                count(*) FILTER (WHERE stage IN ('INTERVIEW', 'PLACED'))::int AS interview,
                count(*) FILTER (WHERE stage = 'PLACED')::int AS placed
           FROM handover_outcome h JOIN cohort c ON c.id = h.vacancy_id
          GROUP BY ${BY_LEVEL}`,
        parameters,
      );
      const timeToFill = await query<LevelCounts & { median: number | null }>(
        `WITH ${COHORT}
         SELECT owner_organisation_id AS organisation_id, pool,
                percentile_cont(0.5) WITHIN GROUP (ORDER BY ${daysBetween('c.created_at', 'p.created_at')}) AS median
           FROM placement p JOIN cohort c ON c.id = p.vacancy_id
          GROUP BY ${BY_LEVEL}`,
        parameters,
      );
      const medians = new Map(timeToFill.map((row) => [`${row.organisation_id}|${row.pool}`, row.median]));

      const published = publishBreakdown(
        region,
        organisations,
        [...suggested, ...handed],
        { metrics: STAGES, additive: STAGES },
        threshold,
      );
      const rows: FunnelRow[] = published.map(({ counts, view, ...header }) => {
        const median = medians.get(`${header.organisationId}|${header.pool}`) ?? null;
        return {
          ...header,
          ...view,
          conversions: CONVERSIONS.map(([from, to]) => ({
            from: STAGE_ENUM[from],
            to: STAGE_ENUM[to],
            rate: figureView(shareOf(counts[to], counts[from])),
          })),
          // A median says something about each of the placements it is taken over: hidden with their count.
          medianDaysToFill: figureView(
            counts.placed.suppressed
              ? { value: null, suppressed: true }
              : { value: median === null ? null : Math.round(median * 10) / 10, suppressed: false },
          ),
        };
      });
      return { regionCode: region.code, suppressionThreshold: threshold, from: input.from, to: input.to, rows };
    });
  }

  csv(report: Omit<FunnelReport, 'csv'>): string {
    const header = [
      'Niveau',
      'Naam',
      ...STAGES.map((stage) => HEADINGS[stage]),
      ...CONVERSIONS.map(([from, to]) => `% ${HEADINGS[from]} naar ${HEADINGS[to].toLowerCase()}`),
      'Mediaan dagen tot vervulling',
    ];
    return dutchExcelCsv(
      header,
      report.rows.map((row) => [
        row.level,
        row.label,
        ...STAGES.map((stage) => row[stage].display),
        ...row.conversions.map((conversion) => conversion.rate.display),
        row.medianDaysToFill.display,
      ]),
    );
  }
}
