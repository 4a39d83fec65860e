import { Injectable } from '@nestjs/common';
import { Transactions } from '@wsp/platform';

/** A placement as the handover records it (the vacancy's and profile's facts of that moment). */
export interface NewPlacement {
  vacancyId: string;
  employerId: string;
  regionCode: string;
  pool: 'UWV' | 'MUNICIPALITY';
  ownerOrganisationId: string;
  profileId: string;
  proposalId: string;
  occupationCode: string;
  contractType: string;
  startDate: string;
  hoursPerWeek: number | null;
  targetGroups: readonly string[];
  /** A Max-WW candidate: then whether the work starts before the WW end month (`wwEndMonth`). */
  maxWw: boolean;
  wwEndMonth: string | null;
  createdBy: string;
}

/** The placement table: what the regional reports count. */
@Injectable()
export class PlacementRepository {
  constructor(private readonly transactions: Transactions) {}

  /** An account's placements move to the account it was merged into (in the merge's transaction). */
  async moveToAccount(keepId: string, mergeId: string): Promise<void> {
    await this.transactions.tx.query('UPDATE placement SET employer_id = $1 WHERE employer_id = $2', [keepId, mergeId]);
  }

  /**
   * Inserts the placement with the employer's sector, the vacancy's opening and the days it took to fill, and
   * attributes it to a joint visit when the vacancy was spotted at one, or the employer had one in the 90 days
   * before.
   */
  async insert(placement: NewPlacement): Promise<void> {
    await this.transactions.tx.query(
      `INSERT INTO placement (vacancy_id, employer_id, region_code, pool, owner_organisation_id, profile_id, proposal_id,
                              occupation_code, contract_type, start_date, hours_per_week, target_groups, max_ww,
                              placed_before_ww_end, created_by, sbi_section, vacancy_opened_at, days_to_fill)
       SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13,
              CASE WHEN $13 THEN $10::date < $14::date END, $15, sbi_section(e.sbi_codes[1]), v.created_at,
              (now() AT TIME ZONE 'Europe/Amsterdam')::date - (v.created_at AT TIME ZONE 'Europe/Amsterdam')::date
         FROM vacancy v JOIN employer e ON e.id = v.employer_id
        WHERE v.id = $1`,
      [
        placement.vacancyId,
        placement.employerId,
        placement.regionCode,
        placement.pool,
        placement.ownerOrganisationId,
        placement.profileId,
        placement.proposalId,
        placement.occupationCode,
        placement.contractType,
        placement.startDate,
        placement.hoursPerWeek,
        placement.targetGroups,
        placement.maxWw,
        placement.wwEndMonth,
        placement.createdBy,
      ],
    );
    await this.transactions.tx.query(
      `UPDATE placement p SET via_joint_visit = EXISTS (
         SELECT 1 FROM visit v
          WHERE v.status = 'HELD'
            AND (SELECT count(DISTINCT organisation_id) FROM visit_participant vp WHERE vp.visit_id = v.id) >= 2
            AND (EXISTS (SELECT 1 FROM visit_vacancy vv WHERE vv.visit_id = v.id AND vv.vacancy_id = p.vacancy_id)
                 OR (v.employer_id = p.employer_id AND v.starts_at BETWEEN now() - interval '90 days' AND now())))
        WHERE p.proposal_id = $1`,
      [placement.proposalId],
    );
  }
}
