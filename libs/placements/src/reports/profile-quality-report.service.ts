import { Injectable } from '@nestjs/common';
import { Actor } from '@wsp/platform';
import { ProfileQualityReportInput } from './dto/report.inputs';
import { ProfileQualityReport, ProfileQualityRow } from './dto/report.models';
import { BY_LEVEL, LevelCounts, publishBreakdown } from './breakdown';
import { dutchExcelCsv, figureView } from './report-format';
import { ReportReader } from './report-reader';
import { shareOf } from './small-cells';

const METRICS = ['activeProfiles', 'complete', 'updatedLast90Days', 'availableNow', 'expiringWithin30Days'] as const;

/**
 * A profile that explains itself to an account manager: besides what sharing requires, skills, experience,
 * languages and a pitch. The report's one definition of "complete".
 */
const COMPLETE = `cardinality(skill_codes) >= 1 AND experience_band IS NOT NULL AND cardinality(languages) >= 1
  AND length(btrim(coalesce(pitch, ''))) > 0`;
const TODAY = `(now() AT TIME ZONE 'Europe/Amsterdam')::date`;

/** Whether the shared pool is alive: today's shared profiles per organisation, and how current they are. */
@Injectable()
export class ProfileQualityReportService {
  constructor(private readonly reader: ReportReader) {}

  report(actor: Actor, input: ProfileQualityReportInput): Promise<Omit<ProfileQualityReport, 'csv'>> {
    return this.reader.read(actor, input.regionCode, async ({ region, organisations, threshold, query }) => {
      const counted = await query<LevelCounts>(
        `SELECT owner_organisation_id AS organisation_id, pool, count(*)::int AS "activeProfiles",
                count(*) FILTER (WHERE ${COMPLETE})::int AS "complete",
                count(*) FILTER (WHERE updated_at >= now() - interval '90 days')::int AS "updatedLast90Days",
                count(*) FILTER (WHERE available_from <= ${TODAY})::int AS "availableNow",
                count(*) FILTER (WHERE expires_on <= ${TODAY} + 30)::int AS "expiringWithin30Days"
           FROM candidate_profile
          WHERE region_code = $1 AND status = 'ACTIVE'
          GROUP BY ${BY_LEVEL}`,
        [region.code],
      );
      const published = publishBreakdown(
        region,
        organisations,
        counted,
        { metrics: METRICS, additive: METRICS },
        threshold,
      );
      const rows: ProfileQualityRow[] = published.map(({ counts, view, ...header }) => ({
        ...header,
        ...view,
        shareComplete: figureView(shareOf(counts.complete, counts.activeProfiles)),
        shareUpdated: figureView(shareOf(counts.updatedLast90Days, counts.activeProfiles)),
        shareAvailableNow: figureView(shareOf(counts.availableNow, counts.activeProfiles)),
      }));
      return { regionCode: region.code, suppressionThreshold: threshold, rows };
    });
  }

  csv(report: Omit<ProfileQualityReport, 'csv'>): string {
    return dutchExcelCsv(
      [
        'Niveau',
        'Naam',
        'Gedeelde profielen',
        'Volledig',
        '% volledig',
        'Bijgewerkt (90 dagen)',
        '% bijgewerkt',
        'Nu beschikbaar',
        '% nu beschikbaar',
        'Verloopt binnen 30 dagen',
      ],
      report.rows.map((row) => [
        row.level,
        row.label,
        row.activeProfiles.display,
        row.complete.display,
        row.shareComplete.display,
        row.updatedLast90Days.display,
        row.shareUpdated.display,
        row.availableNow.display,
        row.shareAvailableNow.display,
        row.expiringWithin30Days.display,
      ]),
    );
  }
}
