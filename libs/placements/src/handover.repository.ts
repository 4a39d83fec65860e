import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Interest, Proposal } from './dto/handover.models';

/** A proposal's row as the API shows it, without its steps. */
export type ProposalRow = Omit<Proposal, 'steps'>;

export const PROPOSAL_COLUMNS = `id, version, vacancy_id AS "vacancyId", profile_id AS "profileId",
  owner_organisation_id AS "ownerOrganisationId", pool, proposed_by AS "proposedBy", motivation, status,
  created_at AS "createdAt", updated_at AS "updatedAt"`;
export const INTEREST_COLUMNS = `id, vacancy_id AS "vacancyId", profile_id AS "profileId", expressed_by AS "expressedBy", note,
  status, decline_reason AS "declineReason", created_at AS "createdAt"`;

/** How many proposals the coaches' board shows at most. */
const BOARD_LIMIT = 500;

/** The handover's lists for the screens: the coach's inbox and board, a vacancy's interest. Reads only. */
@Injectable()
export class HandoverRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Open interest in an organisation's profiles, oldest first. */
  openInterestsForOrganisation(organisationId: string): Promise<Interest[]> {
    return this.dataSource.query(
      `SELECT ${INTEREST_COLUMNS} FROM interest
        WHERE status = 'OPEN' AND profile_id IN (SELECT id FROM candidate_profile WHERE owner_organisation_id = $1)
        ORDER BY created_at, id`,
      [organisationId],
    );
  }

  /** An organisation's open proposals and those that ended in the last `days` days, newest change first. */
  proposalsOfOrganisation(organisationId: string, days: number): Promise<ProposalRow[]> {
    return this.dataSource.query(
      `SELECT ${PROPOSAL_COLUMNS} FROM proposal
        WHERE owner_organisation_id = $1
          AND (status IN ('PROPOSED', 'INTRODUCED', 'INTERVIEW') OR updated_at >= now() - $2 * interval '1 day')
        ORDER BY updated_at DESC, id
        LIMIT $3`,
      [organisationId, days, BOARD_LIMIT],
    );
  }

  interestsForVacancy(vacancyId: string): Promise<Interest[]> {
    return this.dataSource.query(`SELECT ${INTEREST_COLUMNS} FROM interest WHERE vacancy_id = $1 ORDER BY created_at`, [
      vacancyId,
    ]);
  }
}
