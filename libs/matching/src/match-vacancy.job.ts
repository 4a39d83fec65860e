import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { dutchToday } from '@wsp/candidates';
import { HandlesJob, JobContext, JobFailure, JobHandler, JobName, JobPayloads, JobResults } from '@wsp/platform';
import { DataSource, EntityManager } from 'typeorm';
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
    @InjectDataSource() private readonly dataSource: DataSource,
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
      return await this.dataSource.transaction((manager) => this.match(manager, vacancyId, true));
    } catch (error) {
      if (!(error instanceof StaleCandidateFacts)) throw error;
      // A profile removed after the read, or one whose removal the copy missed: a full read settles both.
      this.logger.warn({ msg: 'a listed candidate was no longer stored; reading all candidate facts again' });
      this.candidates.readAllNextTime();
      await this.candidates.bringUpToDate();
      return this.dataSource.transaction((manager) => this.match(manager, vacancyId, false));
    }
  }

  private async match(
    manager: EntityManager,
    vacancyId: string,
    refuseStaleFacts: boolean,
  ): Promise<JobResults[JobName.MATCH_VACANCY]> {
    // Serialises runs of one vacancy. NO KEY UPDATE, not UPDATE: foreign-key checks of other transactions
    // (a withdrawal cascading into placements of this vacancy) take KEY SHARE and must not wait for this run.
    // A statement of its own: after waiting for the lock, the next statement's snapshot sees the skills of the
    // change that held it.
    const [locked] = await manager.query('SELECT id FROM vacancy WHERE id = $1 FOR NO KEY UPDATE', [vacancyId]);
    const vacancy = locked && (await loadVacancy(manager, vacancyId));
    if (!vacancy) return { candidates: 0, suggestions: 0 };
    if (vacancy.status !== 'OPEN') {
      await manager.query('DELETE FROM suggestion WHERE vacancy_id = $1 AND dismissed_at IS NULL', [vacancyId]);
      return { candidates: 0, suggestions: 0 };
    }
    const config = await this.configs.forRegion(manager, vacancy.regionCode);
    const today = dutchToday();
    const currentMonth = monthIndex(today);
    const candidateSet = await loadCandidateSetContext(manager, vacancy, today);
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
    const components = top.map(({ facts, distanceKm }) => {
      const explain = emptyComponents();
      const context = { today, currentMonth, distanceKm };
      scoreMatch(vacancy, facts, context, config, explain);
      return {
        ...explain,
        distanceKm: Math.round(distanceKm * 10) / 10,
        weights: config.weights,
        fit: fitFacts(vacancy, facts, context, config, labels),
      };
    });

    await manager.query(
      `DELETE FROM suggestion WHERE vacancy_id = $1 AND dismissed_at IS NULL AND profile_id <> ALL ($2::uuid[])`,
      [vacancyId, top.map((t) => t.profileId)],
    );
    if (top.length > 0) {
      const stored: unknown[] = await manager.query(
        `INSERT INTO suggestion (vacancy_id, profile_id, owner_organisation_id, pool, score, rank, balanced, components,
                                 engine_version, computed_at)
         SELECT $1, t.profile_id, p.owner_organisation_id, t.pool, t.score, t.rank, t.balanced, t.components, $2, now()
           FROM unnest($3::uuid[], $4::text[], $5::smallint[], $6::smallint[], $7::boolean[], $8::jsonb[])
                AS t(profile_id, pool, score, rank, balanced, components)
           JOIN candidate_profile p ON p.id = t.profile_id
         ON CONFLICT (vacancy_id, profile_id) DO UPDATE
           SET pool = EXCLUDED.pool, score = EXCLUDED.score, rank = EXCLUDED.rank, balanced = EXCLUDED.balanced,
               components = EXCLUDED.components, engine_version = EXCLUDED.engine_version, computed_at = now()
         RETURNING profile_id`,
        [
          vacancyId,
          ENGINE_VERSION,
          top.map((t) => t.profileId),
          top.map((t) => t.pool),
          top.map((t) => t.score),
          top.map((t) => t.rank),
          top.map((t) => t.balanced),
          components.map((c) => JSON.stringify(c)),
        ],
      );
      if (stored.length < top.length && refuseStaleFacts) throw new StaleCandidateFacts();
    }
    await this.countSuggestedInFunnel(manager, vacancyId);
    return { candidates, suggestions: top.length };
  }

  /**
   * The funnel's first stage: candidates per organisation on the vacancy's list as it now stands. Only while the
   * vacancy is open, so the count of a filled or closed vacancy stays what its candidates were offered.
   */
  private async countSuggestedInFunnel(manager: EntityManager, vacancyId: string): Promise<void> {
    await manager.query('UPDATE vacancy_funnel SET suggested = 0 WHERE vacancy_id = $1 AND suggested > 0', [vacancyId]);
    await manager.query(
      `INSERT INTO vacancy_funnel (vacancy_id, owner_organisation_id, pool, region_code, opened_at, suggested)
       SELECT v.id, s.owner_organisation_id, s.pool, v.region_code, v.created_at, count(*)
         FROM suggestion s JOIN vacancy v ON v.id = s.vacancy_id
        WHERE s.vacancy_id = $1
        GROUP BY v.id, s.owner_organisation_id, s.pool
       ON CONFLICT (vacancy_id, owner_organisation_id) DO UPDATE SET suggested = EXCLUDED.suggested`,
      [vacancyId],
    );
  }
}
