import { EntityManager } from 'typeorm';
import { ProposalStatus } from './proposal-lifecycle';

type HandoverCounter = 'interest' | 'proposed' | 'introduced' | 'interview' | 'placed';

/** The funnel stages a proposal in this status has reached: a placement straight after an introduction counts as an interview. */
const REACHED: Record<ProposalStatus, readonly HandoverCounter[]> = {
  [ProposalStatus.PROPOSED]: ['proposed'],
  [ProposalStatus.INTRODUCED]: ['proposed', 'introduced'],
  [ProposalStatus.INTERVIEW]: ['proposed', 'introduced', 'interview'],
  [ProposalStatus.PLACED]: ['proposed', 'introduced', 'interview', 'placed'],
  // An ending keeps the stage reached; nothing new is counted.
  [ProposalStatus.REJECTED]: [],
  [ProposalStatus.WITHDRAWN]: [],
};

/** The counters a proposal's step adds to the funnel. */
export function countersOfStep(from: ProposalStatus | null, to: ProposalStatus): HandoverCounter[] {
  const before = from ? REACHED[from] : [];
  return REACHED[to].filter((counter) => !before.includes(counter));
}

/**
 * Counts an interest or a proposal step in the vacancy's funnel row of the candidate's organisation, in the
 * transaction of the step itself. Only counts: the row says nothing about who the candidate is.
 */
export async function countInFunnel(
  manager: EntityManager,
  vacancyId: string,
  owner: { organisationId: string; pool: string },
  counters: readonly HandoverCounter[],
): Promise<void> {
  if (counters.length === 0) return;
  const add = (counter: HandoverCounter) => (counters.includes(counter) ? 1 : 0);
  await manager.query(
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
