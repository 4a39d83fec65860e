import { Injectable, Logger } from '@nestjs/common';
import { dutchToday } from '@wsp/candidates';
import {
  HandlesJob,
  JobContext,
  JobFailure,
  JobHandler,
  JobName,
  JobPayloads,
  JobResults,
  Transactions,
} from '@wsp/platform';
import { monthIndex, WeightedSkill } from './engine/match-facts';
import { emptyComponents, ENGINE_VERSION, scoreMatch } from './engine/score-match';
import { CandidateFactsCache } from './candidate-facts-cache';
import { loadCandidateSetContext, loadVacancy } from './matching-data';
import { MatchingConfigService } from './matching-config.service';
import { MatchingRunRepository } from './matching-run.repository';
import { withMatchingRun } from './matching-runs';
import { rankCandidates } from './vacancy-ranking';
import { fitFacts } from './fit-facts';
import { SuggestionRepository } from './suggestion.repository';

/** Thrown inside a run's transaction to roll it back: a listed profile is no longer in the database. */
class StaleCandidateFacts extends Error {}

/**
 * Scores the region's candidates for one vacancy and replaces its stored top list in one transaction (the
 * vacancy row locked), so a crashed or repeated run leaves either the old or the new complete list. Dismissed
 * suggestions stay as they are and do not come back. Candidates come from the worker's copy of their facts,
 * brought up to date before the run.
 */
@Injectable()
@HandlesJob(JobName.MATCH_VACANCY)
export class MatchVacancyJob implements JobHandler<JobName.MATCH_VACANCY> {
  constructor(
    private readonly transactions: Transactions,
    private readonly runs: MatchingRunRepository,
    private readonly configs: MatchingConfigService,
    private readonly candidates: CandidateFactsCache,
    private readonly suggestions: SuggestionRepository,
  ) {}

  private readonly logger = new Logger(MatchVacancyJob.name);

  handle(
    { vacancyId }: JobPayloads[JobName.MATCH_VACANCY],
    { jobId, finalAttempt }: JobContext,
  ): Promise<JobResults[JobName.MATCH_VACANCY]> {
    return withMatchingRun(this.runs, { jobId, kind: 'VACANCY', vacancyId, finalAttempt }, () =>
      this.matchWithCurrentFacts(vacancyId),
    );
  }

  async failed(_payload: JobPayloads[JobName.MATCH_VACANCY], { jobId, reason }: JobFailure): Promise<void> {
    await this.runs.markFailed(jobId, reason);
  }

  /** Read before the transaction: the read takes a connection of its own, and a run must not hold two. */
  private async matchWithCurrentFacts(vacancyId: string): Promise<JobResults[JobName.MATCH_VACANCY]> {
    await this.candidates.bringUpToDate();
    try {
      return await this.transactions.withTransaction(() => this.match(vacancyId, true));
    } catch (error) {
      if (!(error instanceof StaleCandidateFacts)) throw error;
      // A profile removed after the read, or one whose removal the copy missed: a full read settles both.
      this.logger.warn({ msg: 'a listed candidate was no longer stored; reading all candidate facts again' });
      this.candidates.readAllNextTime();
      await this.candidates.bringUpToDate();
      return this.transactions.withTransaction(() => this.match(vacancyId, false));
    }
  }

  private async match(vacancyId: string, refuseStaleFacts: boolean): Promise<JobResults[JobName.MATCH_VACANCY]> {
    const database = this.transactions.tx;
    const vacancy = (await this.suggestions.lockVacancyForRun(vacancyId)) && (await loadVacancy(database, vacancyId));
    if (!vacancy) return { candidates: 0, suggestions: 0 };
    if (vacancy.status !== 'OPEN') {
      await this.suggestions.clearList(vacancyId);
      return { candidates: 0, suggestions: 0 };
    }
    const config = await this.configs.forRegion(vacancy.regionCode);
    const today = dutchToday();
    const currentMonth = monthIndex(today);
    const candidateSet = await loadCandidateSetContext(database, vacancy, today);
    const { considered: candidates, top } = rankCandidates(
      this.candidates.current,
      vacancy,
      candidateSet,
      config,
      today,
    );
    const labels = await this.suggestions.fitLabels(
      vacancy.requiredSkills.map((skill: WeightedSkill) => skill.code),
      [...new Set(top.flatMap(({ facts }) => facts.occupationCodes))],
    );
    const ranked = top.map(({ profileId, pool, score, rank, balanced, facts, distanceKm }) => {
      const explain = emptyComponents();
      const context = { today, currentMonth, distanceKm };
      scoreMatch(vacancy, facts, context, config, explain);
      const components = {
        ...explain,
        distanceKm: Math.round(distanceKm * 10) / 10,
        weights: config.weights,
        fit: fitFacts(vacancy, facts, context, config, labels),
      };
      return { profileId, pool, score, rank, balanced, components };
    });
    const stored = await this.suggestions.replaceList(vacancyId, ENGINE_VERSION, ranked);
    if (stored < top.length && refuseStaleFacts) throw new StaleCandidateFacts();
    await this.suggestions.countSuggestedInFunnel(vacancyId);
    return { candidates, suggestions: top.length };
  }
}
