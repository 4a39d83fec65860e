import { CandidateIndex } from './candidate-index';
import { monthIndex, ProfileFacts } from './engine/match-facts';
import { MatchingConfig } from './engine/matching-config';
import { FILTERED, maxWwPriority, scoreMatch } from './engine/score-match';
import { PoolLeaders, ScoredCandidate, SelectedCandidate, selectTop } from './engine/select-top';
import { candidateDistance, CandidateSetContext, VacancyForMatching } from './matching-data';

export type RankedCandidate = ScoredCandidate & SelectedCandidate & { facts: ProfileFacts; distanceKm: number };

/**
 * A vacancy's top list under a configuration: every candidate in reach scored, each pool's leaders kept, the list
 * balanced between the pools. The matching job stores it; the configuration preview only shows it.
 */
export function rankCandidates(
  candidates: CandidateIndex,
  vacancy: VacancyForMatching,
  candidateSet: CandidateSetContext,
  config: MatchingConfig,
  today: string,
): { considered: number; top: RankedCandidate[] } {
  const currentMonth = monthIndex(today);
  // Only each pool's leaders are kept, with their facts for the explanation.
  const leaders = new PoolLeaders<ScoredCandidate & { facts: ProfileFacts; distanceKm: number }>(config.topListSize);
  let considered = 0;
  candidates.forEachWithAny(candidateSet.relatedOccupations, candidateSet.skills, ({ facts, municipalityCode }) => {
    const distanceKm = candidateDistance(facts, municipalityCode, candidateSet);
    if (distanceKm === undefined) return;
    considered += 1;
    const context = { today, currentMonth, distanceKm };
    const score = scoreMatch(vacancy, facts, context, config);
    // Who reaches the list is decided by the fit alone; the Max-WW priority only orders those who do.
    if (score !== FILTERED && score >= config.minimumScore) {
      const priority = maxWwPriority(vacancy, facts, context, config);
      leaders.offer({ profileId: facts.id, pool: facts.pool, score, priority, facts, distanceKm });
    }
  });
  return { considered, top: selectTop(leaders.all(), config.topListSize, config.minimumPoolShare) };
}
