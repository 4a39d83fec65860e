import { Injectable } from '@nestjs/common';
import type { LeftPoolReason, MaxWwFacts, MaxWwOutcome } from '@wsp/candidates';
import type { ReportQuery } from './report-reader';

/** Profiles of the Max-WW pool with the same cohort facts, counted. */
export interface LiveCohortRow {
  organisation_id: string;
  pool: 'UWV' | 'MUNICIPALITY';
  status: MaxWwFacts['status'];
  max_ww_since: string;
  ww_end_month: string | null;
  work_started_on: string | null;
  count: number;
}

/** The anonymous counts deleted profiles left behind. */
export interface LeftCohortRow {
  organisation_id: string;
  pool: 'UWV' | 'MUNICIPALITY';
  entry_month: string;
  ww_end_month: string | null;
  outcome: MaxWwOutcome;
  left_reason: LeftPoolReason | null;
  weeks_to_work: number | null;
  count: number;
}

/** Today's Max-WW profiles of a region (`$1`), grouped by their cohort facts; callers add conditions. */
const LIVE_MEMBERS = `
  SELECT owner_organisation_id AS organisation_id, pool, status, max_ww_since::text AS max_ww_since,
         ww_end_month::text AS ww_end_month, work_started_on::text AS work_started_on, count(*)::int AS count
    FROM candidate_profile
   WHERE region_code = $1 AND max_ww_since IS NOT NULL`;
const BY_FACTS = 'GROUP BY owner_organisation_id, pool, status, max_ww_since, ww_end_month, work_started_on';

/** The Max-WW cohort report's reads, inside a report's snapshot. */
@Injectable()
export class MaxWwCohortReportRepository {
  /** Today's Max-WW profiles of the region that entered the pool from `fromMonth` (a 1st) to `to`. */
  liveMembers(query: ReportQuery, regionCode: string, fromMonth: string, to: string): Promise<LiveCohortRow[]> {
    return query<LiveCohortRow>(`${LIVE_MEMBERS} AND max_ww_since BETWEEN $2 AND $3 ${BY_FACTS}`, [
      regionCode,
      fromMonth,
      to,
    ]);
  }

  /** The counts deleted profiles of the region left, for the cohorts from `fromMonth` to `to`. */
  leftMembers(query: ReportQuery, regionCode: string, fromMonth: string, to: string): Promise<LeftCohortRow[]> {
    return query<LeftCohortRow>(
      `SELECT owner_organisation_id AS organisation_id, pool, entry_month::text AS entry_month,
              ww_end_month::text AS ww_end_month, outcome, left_reason, weeks_to_work, count
         FROM max_ww_cohort_count
        WHERE region_code = $1 AND entry_month BETWEEN $2 AND $3`,
      [regionCode, fromMonth, to],
    );
  }

  /** Today's Max-WW profiles of the region whose WW ends after `today` and no later than `until` (a 1st). */
  endingBy(query: ReportQuery, regionCode: string, today: string, until: string): Promise<LiveCohortRow[]> {
    return query<LiveCohortRow>(`${LIVE_MEMBERS} AND ww_end_month > $2 AND ww_end_month <= $3 ${BY_FACTS}`, [
      regionCode,
      today,
      until,
    ]);
  }
}
