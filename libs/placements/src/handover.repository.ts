import { Transactions } from '@wsp/platform';
import { HandoverCounter } from './vacancy-funnel';
import { Injectable } from '@nestjs/common';
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
  constructor(private readonly transactions: Transactions) {}

  /** Open interest in an organisation's profiles, oldest first. */
  openInterestsForOrganisation(organisationId: string): Promise<Interest[]> {
    return this.transactions.tx.query(
      `SELECT ${INTEREST_COLUMNS} FROM interest
        WHERE status = 'OPEN' AND profile_id IN (SELECT id FROM candidate_profile WHERE owner_organisation_id = $1)
        ORDER BY created_at, id`,
      [organisationId],
    );
  }

  /** An organisation's open proposals and those that ended in the last `days` days, newest change first. */
  proposalsOfOrganisation(organisationId: string, days: number): Promise<ProposalRow[]> {
    return this.transactions.tx.query(
      `SELECT ${PROPOSAL_COLUMNS} FROM proposal
        WHERE owner_organisation_id = $1
          AND (status IN ('PROPOSED', 'INTRODUCED', 'INTERVIEW') OR updated_at >= now() - $2 * interval '1 day')
        ORDER BY updated_at DESC, id
        LIMIT $3`,
      [organisationId, days, BOARD_LIMIT],
    );
  }

  interestsForVacancy(vacancyId: string): Promise<Interest[]> {
    return this.transactions.tx.query(
      `SELECT ${INTEREST_COLUMNS} FROM interest WHERE vacancy_id = $1 ORDER BY created_at`,
      [vacancyId],
    );
  }

  /** Whether the profile is on the vacancy's list and nobody dismissed it. */
  async isSuggested(vacancyId: string, profileId: string): Promise<boolean> {
    const rows: unknown[] = await this.transactions.tx.query(
      'SELECT 1 FROM suggestion WHERE vacancy_id = $1 AND profile_id = $2 AND dismissed_at IS NULL',
      [vacancyId, profileId],
    );
    return rows.length > 0;
  }

  async profileFacts(profileId: string): Promise<ProfileFacts | undefined> {
    const [profile]: ProfileFacts[] = await this.transactions.tx.query(
      `SELECT id, public_code, owner_organisation_id, coach_id, pool, status, region_code, target_groups,
              ww_end_month::text AS ww_end_month, hours_max
         FROM candidate_profile WHERE id = $1`,
      [profileId],
    );
    return profile;
  }

  async insertInterest(
    vacancyId: string,
    profileId: string,
    expressedBy: string,
    note: string | null,
  ): Promise<Interest> {
    const [interest]: Interest[] = await this.transactions.tx.query(
      `INSERT INTO interest (vacancy_id, profile_id, expressed_by, note) VALUES ($1, $2, $3, $4) RETURNING ${INTEREST_COLUMNS}`,
      [vacancyId, profileId, expressedBy, note],
    );
    return interest;
  }

  /** The interest already shown in the profile for the vacancy, if any. */
  async interestId(vacancyId: string, profileId: string): Promise<string | undefined> {
    const [existing]: { id: string }[] = await this.transactions.tx.query(
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
      await this.transactions.tx.query(
        `SELECT i.id, i.vacancy_id AS "vacancyId", i.profile_id AS "profileId", i.expressed_by AS "expressedBy",
                i.status, p.owner_organisation_id AS "ownerOrganisationId", p.public_code AS "publicCode", v.title
           FROM interest i JOIN candidate_profile p ON p.id = i.profile_id JOIN vacancy v ON v.id = i.vacancy_id
          WHERE i.id = $1`,
        [id],
      );
    return interest;
  }

  async declineInterest(id: string, reason: string, resolvedBy: string): Promise<Interest> {
    const [declined]: Interest[] = await this.transactions.tx.query(
      `WITH declined AS (
         UPDATE interest SET status = 'DECLINED', decline_reason = $2, resolved_by = $3, resolved_at = now()
          WHERE id = $1 RETURNING *)
       SELECT ${INTEREST_COLUMNS} FROM declined`,
      [id, reason, resolvedBy],
    );
    return declined;
  }

  /** Open interest in the profile for the vacancy is answered by the proposal. */
  async resolveOpenInterestAsProposed(vacancyId: string, profileId: string, resolvedBy: string): Promise<void> {
    await this.transactions.tx.query(
      `UPDATE interest SET status = 'PROPOSED', resolved_by = $3, resolved_at = now()
        WHERE vacancy_id = $1 AND profile_id = $2 AND status = 'OPEN'`,
      [vacancyId, profileId, resolvedBy],
    );
  }

  async insertProposal(proposal: {
    vacancyId: string;
    profileId: string;
    ownerOrganisationId: string;
    pool: string;
    proposedBy: string;
    motivation: string;
  }): Promise<{ id: string }> {
    const [inserted]: { id: string }[] = await this.transactions.tx.query(
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
  async moveProposal(id: string, version: number, status: ProposalStatus): Promise<boolean> {
    const moved: unknown[] = await this.transactions.tx.query(
      `WITH moved AS (
         UPDATE proposal SET status = $3, version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 RETURNING id)
       SELECT * FROM moved`,
      [id, version, status],
    );
    return moved.length > 0;
  }

  async recordStep(
    proposalId: string,
    from: ProposalStatus | null,
    to: ProposalStatus,
    actorId: string,
    reason: string | null,
  ): Promise<void> {
    await this.transactions.tx.query(
      'INSERT INTO proposal_step (proposal_id, from_status, to_status, actor_id, reason) VALUES ($1, $2, $3, $4, $5)',
      [proposalId, from, to, actorId, reason],
    );
  }

  async proposal(id: string): Promise<ProposalRow | undefined> {
    const [row]: ProposalRow[] = await this.transactions.tx.query(
      `SELECT ${PROPOSAL_COLUMNS} FROM proposal WHERE id = $1`,
      [id],
    );
    return row;
  }

  proposalsForVacancy(vacancyId: string): Promise<ProposalRow[]> {
    return this.transactions.tx.query(
      `SELECT ${PROPOSAL_COLUMNS} FROM proposal WHERE vacancy_id = $1 ORDER BY created_at, id`,
      [vacancyId],
    );
  }

  proposalsForProfile(profileId: string): Promise<ProposalRow[]> {
    return this.transactions.tx.query(
      `SELECT ${PROPOSAL_COLUMNS} FROM proposal WHERE profile_id = $1 ORDER BY created_at, id`,
      [profileId],
    );
  }

  interestsForProfile(profileId: string): Promise<Interest[]> {
    return this.transactions.tx.query(
      `SELECT ${INTEREST_COLUMNS} FROM interest WHERE profile_id = $1 ORDER BY created_at`,
      [profileId],
    );
  }

  /** The steps of these proposals, in order. */
  stepsOf(proposalIds: readonly string[]): Promise<(ProposalStep & { proposalId: string })[]> {
    return this.transactions.tx.query(
      `SELECT proposal_id AS "proposalId", from_status AS "fromStatus", to_status AS "toStatus", actor_id AS "actorId",
              reason, occurred_at AS "occurredAt"
         FROM proposal_step WHERE proposal_id = ANY($1) ORDER BY occurred_at, id`,
      [proposalIds],
    );
  }

  /**
   * Counts an interest or a proposal step in the vacancy's funnel row of the candidate's organisation, in the
   * transaction of the step itself. Only counts: the row says nothing about who the candidate is.
   */
  async countInFunnel(
    vacancyId: string,
    owner: { organisationId: string; pool: string },
    counters: readonly HandoverCounter[],
  ): Promise<void> {
    if (counters.length === 0) return;
    const add = (counter: HandoverCounter) => (counters.includes(counter) ? 1 : 0);
    await this.transactions.tx.query(
      `INSERT INTO vacancy_funnel (vacancy_id, owner_organisation_id, pool, region_code, opened_at,
                                   interest, proposed, introduced, interview, placed)
       SELECT id, $2, $3, region_code, created_at, $4, $5, $6, $7, $8 FROM vacancy WHERE id = $1
       ON CONFLICT (vacancy_id, owner_organisation_id) DO UPDATE
         SET interest = vacancy_funnel.interest + EXCLUDED.interest,
             proposed = vacancy_funnel.proposed + EXCLUDED.proposed,
             introduced = vacancy_funnel.introduced + EXCLUDED.introduced,
             interview = vacancy_funnel.interview + EXCLUDED.interview,
             placed = vacancy_funnel.placed + EXCLUDED.placed`,
      [
        vacancyId,
        owner.organisationId,
        owner.pool,
        add('interest'),
        add('proposed'),
        add('introduced'),
        add('interview'),
        add('placed'),
      ],
    );
  }
}
