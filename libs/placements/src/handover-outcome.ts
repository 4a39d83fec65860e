import { EntityManager } from 'typeorm';
import { ProposalStatus } from './proposal-lifecycle';

/** How far an interest or proposal got, kept for the funnel after the profile itself is gone. */
export type HandoverStage = 'INTEREST' | 'PROPOSED' | 'INTRODUCED' | 'INTERVIEW' | 'PLACED';

const STAGE_OF: Partial<Record<ProposalStatus, HandoverStage>> = {
  [ProposalStatus.INTRODUCED]: 'INTRODUCED',
  [ProposalStatus.INTERVIEW]: 'INTERVIEW',
  [ProposalStatus.PLACED]: 'PLACED',
};

/** Records a new interest or proposal: the vacancy, the owning organisation's pool, never the candidate. */
export function recordHandoverOutcome(
  manager: EntityManager,
  outcome: {
    id: string;
    stage: 'INTEREST' | 'PROPOSED';
    regionCode: string;
    vacancyId: string;
    ownerOrganisationId: string;
    pool: string;
  },
): Promise<unknown> {
  return manager.query(
    `INSERT INTO handover_outcome (id, kind, region_code, vacancy_id, owner_organisation_id, pool, stage)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      outcome.id,
      outcome.stage === 'INTEREST' ? 'INTEREST' : 'PROPOSAL',
      outcome.regionCode,
      outcome.vacancyId,
      outcome.ownerOrganisationId,
      outcome.pool,
      outcome.stage,
    ],
  );
}

/** A proposal's step forward; an ending (rejected, withdrawn) keeps the stage it reached. */
export async function advanceHandoverOutcome(
  manager: EntityManager,
  proposalId: string,
  status: ProposalStatus,
): Promise<void> {
  const stage = STAGE_OF[status];
  if (!stage) return;
  await manager.query('UPDATE handover_outcome SET stage = $2, updated_at = now() WHERE id = $1', [proposalId, stage]);
}
