import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AnonymisedCandidateProfile,
  AnonymisedProfileService,
  assertSeesCandidates,
  dutchToday,
} from '@wsp/candidates';
import {
  Actor,
  assertNoPii,
  GuardedText,
  DomainError,
  JobName,
  JobQueue,
  RegionAccess,
  sharedSelect,
  StatementBatch,
} from '@wsp/platform';
import { VacancyService } from '@wsp/vacancies';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { MatchingRun, NewSuggestions, Suggestion } from './dto/suggestion.models';
import { componentsOf, explain, StoredComponents } from './suggestion-explanation';
import { SuggestionRepository } from './suggestion.repository';
import { MatchingRunRepository } from './matching-run.repository';

interface SuggestionRow {
  vacancy_id: string;
  profile_id: string;
  pool: Suggestion['pool'];
  score: number;
  rank: number;
  balanced: boolean;
  components: StoredComponents;
  engine_version: number;
  computed_at: Date;
  dismissed_at: Date | null;
  dismiss_reason: string | null;
}

const SELECT_SUGGESTION = `SELECT vacancy_id, profile_id, pool, score, rank, balanced, components, engine_version, computed_at,
                                  dismissed_at, dismiss_reason FROM suggestion`;

/**
 * A page of a vacancy's list, by rank, for a reader of the vacancy's region: it checks that itself, so it can run
 * before (beside) the vacancy is read, and reads (and audits) nothing of another region's vacancy.
 */
const VACANCY_PAGE = `WHERE vacancy_id = :vacancyId
    AND EXISTS (SELECT 1 FROM vacancy v WHERE v.id = :vacancyId AND v.region_code = ANY(:regions))
    AND (:includeDismissed OR dismissed_at IS NULL) ORDER BY rank LIMIT :first`;

/** Why a suggested candidate's profile is shown, as the audit trail records it. */
export const SUGGESTION_VIEW_PURPOSE = 'matchingsuggestie';

/** Reading and acting on stored suggestions; the matching jobs write them. */
@Injectable()
export class SuggestionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vacancies: VacancyService,
    private readonly profiles: AnonymisedProfileService,
    private readonly queue: JobQueue,
    private readonly stored: SuggestionRepository,
    private readonly matchingRuns: MatchingRunRepository,
  ) {}

  /**
   * A vacancy's top list, for the partners of its region; directors see no candidates. With `profilesRead`, the
   * anonymised profiles on the page are read (and their views audited) at the same time and handed to it. The
   * page is selected in `batch`'s shared statement, with the vacancy itself when its resolver read it there too.
   * Another region's vacancy has an empty list: whoever resolves the vacancy reports it unknown.
   */
  async forVacancy(
    actor: Actor,
    vacancyId: string,
    first: number,
    includeDismissed: boolean,
    batch: StatementBatch,
    profilesRead?: (profiles: AnonymisedCandidateProfile[]) => void,
  ): Promise<Suggestion[]> {
    assertSeesCandidates(actor);
    const page = { vacancyId, regions: actor.regionCodes, includeDismissed, first: clampFirst(first) };
    const [rows] = await Promise.all([
      sharedSelect<SuggestionRow>(
        this.dataSource,
        batch,
        ...this.dataSource.driver.escapeQueryWithParameters(`${SELECT_SUGGESTION} ${VACANCY_PAGE}`, page),
      ),
      // Read beside the page, not after it: the same page's profile ids, as a subquery. Should a run replace the
      // list between the two statements, a profile missing here is loaded on its own, and one read here but no
      // longer listed was still audited as viewed: never shown unaudited.
      profilesRead &&
        this.profiles
          .viewIn(actor, `SELECT profile_id FROM suggestion ${VACANCY_PAGE}`, page, SUGGESTION_VIEW_PURPOSE)
          .then(profilesRead),
    ]);
    return rows.map(toSuggestion);
  }

  /**
   * The vacancies an owner's profile is suggested for, best first, in `batch`'s shared statement. It checks the
   * owner itself, so it can run beside the profile's own read: another organisation's profile has an empty list
   * (whoever resolves the profile reports it unknown).
   */
  async forProfile(actor: Actor, profileId: string, first: number, batch: StatementBatch): Promise<Suggestion[]> {
    const rows = await sharedSelect<SuggestionRow>(
      this.dataSource,
      batch,
      `${SELECT_SUGGESTION} WHERE profile_id = $1 AND dismissed_at IS NULL
          AND EXISTS (SELECT 1 FROM candidate_profile p WHERE p.id = $1 AND p.owner_organisation_id = $3)
        ORDER BY score DESC, vacancy_id LIMIT $2`,
      [profileId, clampFirst(first), actor.organisationId],
    );
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
    const [row]: SuggestionRow[] = await this.dataSource.query(
      `WITH dismissed AS (
         UPDATE suggestion SET dismissed_at = coalesce(dismissed_at, now()), dismissed_by = $3, dismiss_reason = $4
          WHERE vacancy_id = $1 AND profile_id = $2 RETURNING *)
       SELECT * FROM dismissed`,
      [vacancyId, profileId, actor.userId, reason.trim()],
    );
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
