import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Transactions } from '@wsp/platform';
import { DataSource } from 'typeorm';
import { NewSuggestions, Suggestion } from './dto/suggestion.models';
import { FitLabels } from './fit-facts';
import type { StoredComponents } from './suggestion-explanation';

/** A stored suggestion as the screens read it. */
export interface SuggestionRow {
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

const SUGGESTION_COLUMNS = `vacancy_id, profile_id, pool, score, rank, balanced, components, engine_version, computed_at,
                            dismissed_at, dismiss_reason`;

const VACANCY_PAGE = `SELECT ${SUGGESTION_COLUMNS} FROM suggestion
    WHERE vacancy_id = $1 AND ($3 OR dismissed_at IS NULL)
      AND EXISTS (SELECT 1 FROM vacancy v WHERE v.id = $1 AND v.region_code = ANY($2))
    ORDER BY rank LIMIT $4`;

const PROFILE_PAGE = `SELECT ${SUGGESTION_COLUMNS} FROM suggestion
    WHERE profile_id = $1 AND dismissed_at IS NULL
      AND EXISTS (SELECT 1 FROM candidate_profile p WHERE p.id = $1 AND p.owner_organisation_id = $3)
    ORDER BY score DESC, vacancy_id LIMIT $2`;

/** A candidate of a vacancy's new top list, as a run stores it. */
export interface RankedSuggestion {
  profileId: string;
  pool: string;
  score: number;
  rank: number;
  balanced: boolean;
  components: StoredComponents;
}

/** The stored suggestions: the matching runs' top lists and the screens' reads of them. */
@Injectable()
export class SuggestionRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
  ) {}

  /**
   * Locks the vacancy for a run, so runs of one vacancy follow each other; false when it is gone. NO KEY UPDATE, not
   * UPDATE: foreign-key checks of other transactions (a withdrawal cascading into placements of this vacancy) take
   * KEY SHARE and must not wait for a run. A statement of its own: after waiting for the lock, the next statement's
   * snapshot sees the change that held it.
   */
  async lockVacancyForRun(vacancyId: string): Promise<boolean> {
    const locked: unknown[] = await this.transactions.tx.query(
      'SELECT id FROM vacancy WHERE id = $1 FOR NO KEY UPDATE',
      [vacancyId],
    );
    return locked.length > 0;
  }

  /** A vacancy no longer open lists nothing (dismissed suggestions stay, as the record of a decision). */
  async clearList(vacancyId: string): Promise<void> {
    await this.transactions.tx.query('DELETE FROM suggestion WHERE vacancy_id = $1 AND dismissed_at IS NULL', [
      vacancyId,
    ]);
  }

  /**
   * Replaces the vacancy's list (dismissed suggestions stay, and are not listed again); answers how many of `top`
   * were stored: fewer when a profile was removed meanwhile.
   */
  async replaceList(vacancyId: string, engineVersion: number, top: readonly RankedSuggestion[]): Promise<number> {
    const database = this.transactions.tx;
    await database.query(
      `DELETE FROM suggestion WHERE vacancy_id = $1 AND dismissed_at IS NULL AND profile_id <> ALL ($2::uuid[])`,
      [vacancyId, top.map((t) => t.profileId)],
    );
    if (top.length === 0) return 0;
    const stored: unknown[] = await database.query(
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
        engineVersion,
        top.map((t) => t.profileId),
        top.map((t) => t.pool),
        top.map((t) => t.score),
        top.map((t) => t.rank),
        top.map((t) => t.balanced),
        top.map((t) => JSON.stringify(t.components)),
      ],
    );
    return stored.length;
  }

  /**
   * The funnel's first stage: candidates per organisation on the vacancy's list as it now stands. Only while the
   * vacancy is open, so the count of a filled or closed vacancy stays what its candidates were offered. The one
   * write of matching to another library's table (the reports' funnel): the worker, which runs the matching, does
   * not load the placements library that owns it.
   */
  async countSuggestedInFunnel(vacancyId: string): Promise<void> {
    const database = this.transactions.tx;
    await database.query('UPDATE vacancy_funnel SET suggested = 0 WHERE vacancy_id = $1 AND suggested > 0', [
      vacancyId,
    ]);
    await database.query(
      `INSERT INTO vacancy_funnel (vacancy_id, owner_organisation_id, pool, region_code, opened_at, suggested)
       SELECT v.id, s.owner_organisation_id, s.pool, v.region_code, v.created_at, count(*)
         FROM suggestion s JOIN vacancy v ON v.id = s.vacancy_id
        WHERE s.vacancy_id = $1
        GROUP BY v.id, s.owner_organisation_id, s.pool
       ON CONFLICT (vacancy_id, owner_organisation_id) DO UPDATE SET suggested = EXCLUDED.suggested`,
      [vacancyId],
    );
  }

  /**
   * A page of a vacancy's list by rank, only where the vacancy is in `regionCodes`: it checks that itself, so the
   * page of another region's vacancy is empty.
   */
  vacancyPage(
    vacancyId: string,
    regionCodes: readonly string[],
    includeDismissed: boolean,
    first: number,
  ): Promise<SuggestionRow[]> {
    return this.dataSource.query(VACANCY_PAGE, [vacancyId, regionCodes, includeDismissed, first]);
  }

  /** The open suggestions of a profile, best first, only where `organisationId` owns it. */
  profilePage(profileId: string, organisationId: string, first: number): Promise<SuggestionRow[]> {
    return this.dataSource.query(PROFILE_PAGE, [profileId, first, organisationId]);
  }

  /** Takes a suggestion off the list (the first dismissal's moment stays); undefined when there is none. */
  async dismiss(
    vacancyId: string,
    profileId: string,
    userId: string,
    reason: string,
  ): Promise<SuggestionRow | undefined> {
    const [row]: SuggestionRow[] = await this.dataSource.query(
      // Through a WITH: TypeORM answers a bare UPDATE with [rows, count].
      `WITH dismissed AS (
         UPDATE suggestion SET dismissed_at = coalesce(dismissed_at, now()), dismissed_by = $3, dismiss_reason = $4
          WHERE vacancy_id = $1 AND profile_id = $2 RETURNING ${SUGGESTION_COLUMNS})
       SELECT * FROM dismissed`,
      [vacancyId, profileId, userId, reason],
    );
    return row;
  }

  /** Dutch labels of skills and titles of occupations (taxonomy tables), for the explanations of a run. */
  async fitLabels(skillCodes: readonly string[], occupationCodes: readonly string[]): Promise<FitLabels> {
    const [row]: { skills: Record<string, string> | null; occupations: Record<string, string> | null }[] =
      await this.dataSource.query(
        `SELECT (SELECT json_object_agg(code, label_nl) FROM skill WHERE code = ANY($1)) AS skills,
                (SELECT json_object_agg(code, title_nl) FROM occupation WHERE code = ANY($2)) AS occupations`,
        [skillCodes, occupationCodes],
      );
    return {
      skills: new Map(Object.entries(row.skills ?? {})),
      occupations: new Map(Object.entries(row.occupations ?? {})),
    };
  }

  /**
   * Per open vacancy an account manager manages (in the given regions): candidates first suggested in the last
   * `days` days that nobody dismissed or showed interest in yet, newest first.
   */
  newForAccountManager(userId: string, regionCodes: readonly string[], days: number): Promise<NewSuggestions[]> {
    return this.dataSource.query(
      `SELECT v.id AS "vacancyId", v.title AS "vacancyTitle", count(*)::int AS count, max(s.score)::int AS "bestScore",
              max(s.first_suggested_at) AS "newestAt"
         FROM vacancy v
         JOIN suggestion s ON s.vacancy_id = v.id
        WHERE v.account_manager_id = $1 AND v.status = 'OPEN' AND v.region_code = ANY($2)
          AND s.dismissed_at IS NULL AND s.first_suggested_at >= now() - $3 * interval '1 day'
          AND NOT EXISTS (SELECT 1 FROM interest i WHERE i.vacancy_id = s.vacancy_id AND i.profile_id = s.profile_id)
        GROUP BY v.id, v.title
        ORDER BY max(s.first_suggested_at) DESC, v.title
        LIMIT 20`,
      [userId, regionCodes, days],
    );
  }
}
