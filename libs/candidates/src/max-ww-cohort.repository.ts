import { Transactions } from '@wsp/platform';
import { Injectable } from '@nestjs/common';
import { CohortPosition, MaxWwFacts } from './max-ww-outcome';

/** What a deleted profile leaves of itself for its Max-WW cohort: where it stood, never who it was. */
export interface DeletedProfileRow {
  region_code: string;
  owner_organisation_id: string;
  pool: 'UWV' | 'MUNICIPALITY';
  status: MaxWwFacts['status'];
  /** Null: the profile was not in the Max-WW pool. */
  max_ww_since: string | null;
  ww_end_month: string | null;
  work_started_on: string | null;
}

/** One anonymous count of a cohort: how many left with this outcome. */
export interface CohortCount extends CohortPosition {
  regionCode: string;
  ownerOrganisationId: string;
  pool: 'UWV' | 'MUNICIPALITY';
  entryMonth: string;
  wwEndMonth: string | null;
  count: number;
}

/** A Max-WW candidate whose WW ends soon without work, for the owning job coach. */
export interface WwEndingRow {
  id: string;
  public_code: string;
  coach_id: string;
  ww_end_month: string;
}

/** The statements on `candidate_profile` and `max_ww_cohort_count` that keep every Max-WW candidate counted. */
@Injectable()
export class MaxWwCohortRepository {
  constructor(private readonly transactions: Transactions) {}

  /** Deletes the profiles, returning what each leaves of itself for the cohort counts. */
  deleteProfiles(ids: readonly string[]): Promise<DeletedProfileRow[]> {
    return this.transactions.tx.query(
      `WITH deleted AS (DELETE FROM candidate_profile WHERE id = ANY($1)
                        RETURNING region_code, owner_organisation_id, pool, status, max_ww_since, ww_end_month,
                                  work_started_on)
       SELECT region_code, owner_organisation_id, pool, status, max_ww_since::text AS max_ww_since,
              ww_end_month::text AS ww_end_month, work_started_on::text AS work_started_on
         FROM deleted`,
      [ids],
    );
  }

  /** Adds the counts to their cohorts (one row per distinct outcome, no profile id). */
  async addCounts(counts: readonly CohortCount[]): Promise<void> {
    const merged = new Map<string, CohortCount>();
    for (const count of counts) {
      const key = [
        count.regionCode,
        count.entryMonth,
        count.ownerOrganisationId,
        count.pool,
        count.wwEndMonth,
        count.outcome,
        count.leftReason,
        count.weeksToWork,
      ].join('|');
      const seen = merged.get(key);
      merged.set(key, seen ? { ...seen, count: seen.count + count.count } : { ...count });
    }
    if (merged.size === 0) return;
    const rows = [...merged.values()];
    // ON CONFLICT may touch a row once per statement: identical keys were added up above.
    await this.transactions.tx.query(
      `INSERT INTO max_ww_cohort_count AS c (region_code, owner_organisation_id, pool, entry_month, ww_end_month,
                                             outcome, left_reason, weeks_to_work, count)
       SELECT * FROM unnest($1::text[], $2::uuid[], $3::text[], $4::date[], $5::date[], $6::text[], $7::text[],
                            $8::smallint[], $9::int[])
       ON CONFLICT ON CONSTRAINT max_ww_cohort_count_key DO UPDATE SET count = c.count + EXCLUDED.count`,
      [
        rows.map((r) => r.regionCode),
        rows.map((r) => r.ownerOrganisationId),
        rows.map((r) => r.pool),
        rows.map((r) => r.entryMonth),
        rows.map((r) => r.wwEndMonth),
        rows.map((r) => r.outcome),
        rows.map((r) => r.leftReason),
        rows.map((r) => r.weeksToWork),
        rows.map((r) => r.count),
      ],
    );
  }

  /**
   * Dates a profile's entry into the Max-WW pool back to `since`: for history brought in from before the CRM (the
   * demo's year). Only a profile in the Max-WW pool has an entry.
   */
  async recordEntry(profileId: string, since: string): Promise<void> {
    await this.transactions.tx.query(
      'UPDATE candidate_profile SET max_ww_since = $2 WHERE id = $1 AND max_ww_since IS NOT NULL',
      [profileId, since],
    );
  }

  /** Max-WW candidates without work whose WW ends after `today` and no later than the month `until` (a 1st). */
  wwEndingBy(today: string, until: string): Promise<WwEndingRow[]> {
    return this.transactions.tx.query(
      `SELECT id, public_code, coach_id, ww_end_month::text AS ww_end_month
         FROM candidate_profile
        WHERE max_ww_since IS NOT NULL AND status <> 'PLACED' AND ww_end_month > $1 AND ww_end_month <= $2
        ORDER BY ww_end_month, id`,
      [today, until],
    );
  }
}
