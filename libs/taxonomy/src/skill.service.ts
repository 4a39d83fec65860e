import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, DomainError } from '@wsp/platform';
import { DataSource } from 'typeorm';
import { SkillEntity, SkillKind } from './entities/skill.entity';

export const DEFAULT_SKILL_RESULTS = 50;

interface SkillRow {
  code: string;
  kind: SkillKind;
  label_nl: string;
  label_en: string;
  occupation_code?: string;
}

/**
 * Skills by label and by occupation: for a group, the skills typical of its unit groups, most widely
 * typical first (what a vacancy form suggests).
 */
const SEARCH_SQL = `
  WITH input AS (
    SELECT q, replace(replace(replace(q, '\\', '\\\\'), '%', '\\%'), '_', '\\_') AS q_like
      FROM (SELECT search_normalize(coalesce($1, '')) AS q) normalized
  )
  SELECT s.code, s.kind, s.label_nl, s.label_en
    FROM skill s, input i
   WHERE (i.q = '' OR s.label_search LIKE '%' || i.q_like || '%' OR s.label_search % i.q)
     AND ($2::text IS NULL OR EXISTS (
           SELECT 1 FROM skill_occupation so WHERE so.skill_code = s.code AND so.occupation_code LIKE $2 || '%'))
   ORDER BY (SELECT count(*) FROM skill_occupation so
              WHERE so.skill_code = s.code AND $2::text IS NOT NULL AND so.occupation_code LIKE $2 || '%') DESC,
            CASE WHEN i.q = '' THEN 0 ELSE similarity(s.label_search, i.q) END DESC,
            s.kind DESC, s.code
   LIMIT $3`;

@Injectable()
export class SkillService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async search(
    _actor: Actor,
    filter: { search?: string; occupationCode?: string },
    first = DEFAULT_SKILL_RESULTS,
  ): Promise<SkillEntity[]> {
    if (filter.occupationCode) {
      const [known] = await this.dataSource.query('SELECT 1 FROM occupation WHERE code = $1', [filter.occupationCode]);
      if (!known) throw DomainError.notFound('Occupation');
    }
    const rows: SkillRow[] = await this.dataSource.query(SEARCH_SQL, [
      filter.search?.trim() ?? '',
      filter.occupationCode ?? null,
      first,
    ]);
    return rows.map(toEntity);
  }

  /** For loaders: the skills typical of each unit group. */
  async forOccupations(codes: readonly string[]): Promise<Map<string, SkillEntity[]>> {
    const rows: SkillRow[] = await this.dataSource.query(
      `SELECT so.occupation_code, s.code, s.kind, s.label_nl, s.label_en
         FROM skill_occupation so JOIN skill s ON s.code = so.skill_code
        WHERE so.occupation_code = ANY($1) ORDER BY s.code`,
      [codes],
    );
    const result = new Map<string, SkillEntity[]>(codes.map((code) => [code, []]));
    for (const row of rows) result.get(row.occupation_code!)?.push(toEntity(row));
    return result;
  }
}

function toEntity(row: SkillRow): SkillEntity {
  return Object.assign(new SkillEntity(), {
    code: row.code,
    kind: row.kind,
    labelNl: row.label_nl,
    labelEn: row.label_en,
  });
}
