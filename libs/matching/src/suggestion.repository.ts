import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
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

/** Reads of the stored suggestions for the screens. */
@Injectable()
export class SuggestionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
