import { Injectable } from '@nestjs/common';
import { Actor } from '@wsp/platform';
import { ReportPeriodInput } from './dto/report.inputs';
import { FunnelReport, FunnelRow, FunnelStage } from './dto/report.models';
import { BY_LEVEL, LevelCounts, publishBreakdown } from './breakdown';
import { dutchExcelCsv, figureView } from './report-format';
import { assertReportPeriod, ReportReader } from './report-reader';
import { inPeriod } from './report-sql';
import { shareOf } from './small-cells';
import { medianOfHistogram } from './histogram';

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

/**
 * The funnel of the vacancies opened in the period (a cohort, so every stage counts the same vacancies):
 * suggested candidates, interest, proposals and how far they got, with conversions and time to fill. It reads
 * the vacancy_funnel counts, which outlive withdrawn profiles, and the placements' recorded days to fill.
 */
@Injectable()
export class FunnelReportService {
  constructor(private readonly reader: ReportReader) {}

  report(actor: Actor, input: ReportPeriodInput): Promise<Omit<FunnelReport, 'csv'>> {
    assertReportPeriod(input);
    return this.reader.read(actor, input.regionCode, async ({ region, organisations, threshold, query }) => {
      const parameters = [region.code, input.from, input.to];
      const counted = await query<LevelCounts>(
        `SELECT owner_organisation_id AS organisation_id, pool,
                ${STAGES.map((stage) => `sum(${stage})::int AS ${stage}`).join(', ')}
           FROM vacancy_funnel
          WHERE region_code = $1 AND ${inPeriod('opened_at')}
          GROUP BY ${BY_LEVEL}`,
        parameters,
      );
      // Days to fill as a histogram per organisation: a few hundred rows however many placements there are.
      const histogram = await query<{ organisation_id: string; pool: string; value: number; count: number }>(
        `SELECT owner_organisation_id AS organisation_id, pool, days_to_fill AS value, count(*)::int AS count
           FROM placement
          WHERE region_code = $1 AND ${inPeriod('vacancy_opened_at')}
          GROUP BY owner_organisation_id, pool, days_to_fill`,
        parameters,
      );
      const medianAt = (level: { organisationId: string | null; pool: string | null }) =>
        medianOfHistogram(
          histogram.filter(
            (h) =>
              (!level.organisationId || h.organisation_id === level.organisationId) &&
              (!level.pool || h.pool === level.pool),
          ),
        );

      const published = publishBreakdown(
        region,
        organisations,
        counted,
        { metrics: STAGES, additive: STAGES },
        threshold,
      );
      const rows: FunnelRow[] = published.map(({ counts, view, ...header }) => {
        const median = medianAt(header);
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
