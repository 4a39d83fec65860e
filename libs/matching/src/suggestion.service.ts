import { Injectable } from '@nestjs/common';
import { assertSeesCandidates, dutchToday } from '@wsp/candidates';
import { Actor, assertNoPii, GuardedText, DomainError, JobName, JobQueue, RegionAccess } from '@wsp/platform';
import { VacancyService } from '@wsp/vacancies';
import { randomUUID } from 'node:crypto';
import { MatchingRun, NewSuggestions, Suggestion } from './dto/suggestion.models';
import { componentsOf, explain } from './suggestion-explanation';
import { SuggestionRepository, SuggestionRow } from './suggestion.repository';
import { MatchingRunRepository } from './matching-run.repository';

/** Why a suggested candidate's profile is shown, as the audit trail records it. */
export const SUGGESTION_VIEW_PURPOSE = 'matchingsuggestie';

/** Reading and acting on stored suggestions; the matching jobs write them. */
@Injectable()
export class SuggestionService {
  constructor(
    private readonly vacancies: VacancyService,
    private readonly queue: JobQueue,
    private readonly stored: SuggestionRepository,
    private readonly matchingRuns: MatchingRunRepository,
  ) {}

  /**
   * A vacancy's top list, for the partners of its region; directors see no candidates. Another region's vacancy
   * has an empty list: whoever resolves the vacancy reports it unknown.
   */
  async forVacancy(actor: Actor, vacancyId: string, first: number, includeDismissed: boolean): Promise<Suggestion[]> {
    assertSeesCandidates(actor);
    const rows = await this.stored.vacancyPage(vacancyId, actor.regionCodes, includeDismissed, clampFirst(first));
    return rows.map(toSuggestion);
  }

  /**
   * The vacancies an owner's profile is suggested for, best first. Another organisation's profile has an empty
   * list: whoever resolves the profile reports it unknown.
   */
  async forProfile(actor: Actor, profileId: string, first: number): Promise<Suggestion[]> {
    const rows = await this.stored.profilePage(profileId, actor.organisationId, clampFirst(first));
    return rows.map(toSuggestion);
  }

  /**
   * Per open vacancy the actor manages: candidates first suggested in the last `days` days that nobody dismissed
   * or showed interest in yet, best vacancies first (for "Vandaag").
   */
  async newForAccountManager(actor: Actor, days: number): Promise<NewSuggestions[]> {
    assertSeesCandidates(actor);
    if (!Number.isInteger(days) || days < 1 || days > 90) {
      throw DomainError.badInput([{ field: 'days', message: 'must be 1 to 90' }]);
    }
    return this.stored.newForAccountManager(actor.userId, actor.regionCodes, days);
  }

  async dismiss(actor: Actor, vacancyId: string, profileId: string, reason: string): Promise<Suggestion> {
    assertNoPii({ reason }, GuardedText.CANDIDATE);
    const vacancy = await this.vacancies.get(actor, vacancyId);
    RegionAccess.assertCanWrite(actor, vacancy.regionCode, 'Vacancy');
    const row = await this.stored.dismiss(vacancyId, profileId, actor.userId, reason.trim());
    if (!row) throw DomainError.notFound('Suggestion');
    return toSuggestion(row);
  }

  /** Re-runs the matching of a vacancy now; `matchingRuns` shows how it went. */
  async requestMatching(actor: Actor, vacancyId: string): Promise<string> {
    const vacancy = await this.vacancies.get(actor, vacancyId);
    RegionAccess.assertCanWrite(actor, vacancy.regionCode, 'Vacancy');
    const job = await this.queue.enqueue(
      JobName.MATCH_VACANCY,
      { vacancyId },
      { jobId: `${JobName.MATCH_VACANCY}-${vacancyId}-request-${randomUUID()}` },
    );
    return job.id!;
  }

  async runs(actor: Actor, vacancyId: string, first: number): Promise<MatchingRun[]> {
    await this.vacancies.get(actor, vacancyId);
    const rows = await this.matchingRuns.forVacancy(vacancyId, clampFirst(first));
    return rows.map((row) => ({
      id: row.id,
      jobId: row.job_id,
      kind: row.kind,
      status: row.status,
      attempts: row.attempts,
      candidates: row.candidates,
      suggestions: row.suggestions,
      error: row.error,
      startedAt: row.started_at,
      finishedAt: row.finished_at,
    }));
  }
}

const clampFirst = (first: number): number => Math.min(Math.max(first, 1), 200);

function toSuggestion(row: SuggestionRow): Suggestion {
  return {
    vacancyId: row.vacancy_id,
    profileId: row.profile_id,
    pool: row.pool,
    score: row.score,
    rank: row.rank,
    balanced: row.balanced,
    components: componentsOf(row.components),
    maxWwBonus: row.components.maxWwBonus,
    distanceKm: row.components.distanceKm,
    explanation: explain(row.components, row.balanced, dutchToday().slice(0, 7)),
    fit: row.components.fit ?? null,
    computedAt: new Date(row.computed_at),
    engineVersion: row.engine_version,
    dismissedAt: row.dismissed_at && new Date(row.dismissed_at),
    dismissReason: row.dismiss_reason,
  };
}
