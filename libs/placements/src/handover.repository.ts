import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Interest, Proposal, ProposalStep } from './dto/handover.models';
import type { ProposalStatus } from './proposal-lifecycle';

/** A proposal's row as the API shows it, without its steps. */
export type ProposalRow = Omit<Proposal, 'steps'>;

export const PROPOSAL_COLUMNS = `id, version, vacancy_id AS "vacancyId", profile_id AS "profileId",
  owner_organisation_id AS "ownerOrganisationId", pool, proposed_by AS "proposedBy", motivation, status,
  created_at AS "createdAt", updated_at AS "updatedAt"`;
export const INTEREST_COLUMNS = `id, vacancy_id AS "vacancyId", profile_id AS "profileId", expressed_by AS "expressedBy", note,
  status, decline_reason AS "declineReason", created_at AS "createdAt"`;

/** What the handover needs of a candidate's profile. */
export interface ProfileFacts {
  id: string;
  public_code: string;
  owner_organisation_id: string;
  coach_id: string;
  pool: 'UWV' | 'MUNICIPALITY';
  status: string;
  region_code: string;
  target_groups: string[];
  ww_end_month: string | null;
  hours_max: number | null;
}

/** How many proposals the coaches' board shows at most. */
const BOARD_LIMIT = 500;

/** The handover's statements: interest, proposals and their steps, and the lists the screens show. */
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

  /** Whether the profile is on the vacancy's list and nobody dismissed it. */
  async isSuggested(vacancyId: string, profileId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      'SELECT 1 FROM suggestion WHERE vacancy_id = $1 AND profile_id = $2 AND dismissed_at IS NULL',
      [vacancyId, profileId],
    );
    return rows.length > 0;
  }

  async profileFacts(manager: EntityManager, profileId: string): Promise<ProfileFacts | undefined> {
    const [profile]: ProfileFacts[] = await manager.query(
      `SELECT id, public_code, owner_organisation_id, coach_id, pool, status, region_code, target_groups,
              ww_end_month::text AS ww_end_month, hours_max
         FROM candidate_profile WHERE id = $1`,
      [profileId],
    );
    return profile;
  }

  async insertInterest(
    manager: EntityManager,
    vacancyId: string,
    profileId: string,
    expressedBy: string,
    note: string | null,
  ): Promise<Interest> {
    const [interest]: Interest[] = await manager.query(
      `INSERT INTO interest (vacancy_id, profile_id, expressed_by, note) VALUES ($1, $2, $3, $4) RETURNING ${INTEREST_COLUMNS}`,
      [vacancyId, profileId, expressedBy, note],
    );
    return interest;
  }

  /** The interest already shown in the profile for the vacancy, if any. */
  async interestId(vacancyId: string, profileId: string): Promise<string | undefined> {
    const [existing]: { id: string }[] = await this.dataSource.query(
      'SELECT id FROM interest WHERE vacancy_id = $1 AND profile_id = $2',
      [vacancyId, profileId],
    );
    return existing?.id;
  }

  /** An interest with what deciding on it needs: the profile's owner and code, the vacancy's title. */
  async interestToDecide(
    id: string,
  ): Promise<(Interest & { ownerOrganisationId: string; title: string; publicCode: string }) | undefined> {
    const [interest]: (Interest & { ownerOrganisationId: string; title: string; publicCode: string })[] =
      await this.dataSource.query(
        `SELECT i.id, i.vacancy_id AS "vacancyId", i.profile_id AS "profileId", i.expressed_by AS "expressedBy",
                i.status, p.owner_organisation_id AS "ownerOrganisationId", p.public_code AS "publicCode", v.title
           FROM interest i JOIN candidate_profile p ON p.id = i.profile_id JOIN vacancy v ON v.id = i.vacancy_id
          WHERE i.id = $1`,
        [id],
      );
    return interest;
  }

  async declineInterest(manager: EntityManager, id: string, reason: string, resolvedBy: string): Promise<Interest> {
    const [declined]: Interest[] = await manager.query(
      `WITH declined AS (
         UPDATE interest SET status = 'DECLINED', decline_reason = $2, resolved_by = $3, resolved_at = now()
          WHERE id = $1 RETURNING *)
       SELECT ${INTEREST_COLUMNS} FROM declined`,
      [id, reason, resolvedBy],
    );
    return declined;
  }

  /** Open interest in the profile for the vacancy is answered by the proposal. */
  async resolveOpenInterestAsProposed(
    manager: EntityManager,
    vacancyId: string,
    profileId: string,
    resolvedBy: string,
  ): Promise<void> {
    await manager.query(
      `UPDATE interest SET status = 'PROPOSED', resolved_by = $3, resolved_at = now()
        WHERE vacancy_id = $1 AND profile_id = $2 AND status = 'OPEN'`,
      [vacancyId, profileId, resolvedBy],
    );
  }

  async insertProposal(
    manager: EntityManager,
    proposal: {
      vacancyId: string;
      profileId: string;
      ownerOrganisationId: string;
      pool: string;
      proposedBy: string;
      motivation: string;
    },
  ): Promise<{ id: string }> {
    const [inserted]: { id: string }[] = await manager.query(
      `INSERT INTO proposal (vacancy_id, profile_id, owner_organisation_id, pool, proposed_by, motivation, status)
       VALUES ($1, $2, $3, $4, $5, $6, 'PROPOSED') RETURNING id`,
      [
        proposal.vacancyId,
        proposal.profileId,
        proposal.ownerOrganisationId,
        proposal.pool,
        proposal.proposedBy,
        proposal.motivation,
      ],
    );
    return inserted;
  }

  /** Moves a proposal to `status` at `version`; false when the version had moved on. */
  async moveProposal(manager: EntityManager, id: string, version: number, status: ProposalStatus): Promise<boolean> {
    const moved: unknown[] = await manager.query(
      `WITH moved AS (
         UPDATE proposal SET status = $3, version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 RETURNING id)
       SELECT * FROM moved`,
      [id, version, status],
    );
    return moved.length > 0;
  }

  async recordStep(
    manager: EntityManager,
    proposalId: string,
    from: ProposalStatus | null,
    to: ProposalStatus,
    actorId: string,
    reason: string | null,
  ): Promise<void> {
    await manager.query(
      'INSERT INTO proposal_step (proposal_id, from_status, to_status, actor_id, reason) VALUES ($1, $2, $3, $4, $5)',
      [proposalId, from, to, actorId, reason],
    );
  }

  async proposal(id: string): Promise<ProposalRow | undefined> {
    const [row]: ProposalRow[] = await this.dataSource.query(`SELECT ${PROPOSAL_COLUMNS} FROM proposal WHERE id = $1`, [
      id,
    ]);
    return row;
  }

  proposalsForVacancy(vacancyId: string): Promise<ProposalRow[]> {
    return this.dataSource.query(
      `SELECT ${PROPOSAL_COLUMNS} FROM proposal WHERE vacancy_id = $1 ORDER BY created_at, id`,
      [vacancyId],
    );
  }

  proposalsForProfile(profileId: string): Promise<ProposalRow[]> {
    return this.dataSource.query(
      `SELECT ${PROPOSAL_COLUMNS} FROM proposal WHERE profile_id = $1 ORDER BY created_at, id`,
      [profileId],
    );
  }

  interestsForProfile(profileId: string): Promise<Interest[]> {
    return this.dataSource.query(`SELECT ${INTEREST_COLUMNS} FROM interest WHERE profile_id = $1 ORDER BY created_at`, [
      profileId,
    ]);
  }

  /** The steps of these proposals, in order. */
  stepsOf(proposalIds: readonly string[]): Promise<(ProposalStep & { proposalId: string })[]> {
    return this.dataSource.query(
      `SELECT proposal_id AS "proposalId", from_status AS "fromStatus", to_status AS "toStatus", actor_id AS "actorId",
              reason, occurred_at AS "occurredAt"
         FROM proposal_step WHERE proposal_id = ANY($1) ORDER BY occurred_at, id`,
      [proposalIds],
    );
  }
}
