import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NewSuggestions } from './dto/suggestion.models';
import { FitLabels } from './fit-facts';

/** Reads of the stored suggestions for the screens. */
@Injectable()
export class SuggestionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
