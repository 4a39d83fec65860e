import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SkillKind } from './entities/skill.entity';

export interface OccupationRow {
  code: string;
  level: number;
  parent_code: string | null;
  title_en: string;
  title_nl: string;
}

/**
 * Ranked occupation search over codes, Dutch and English titles and Dutch job-title synonyms: an exact
 * term first, then a term starting with the input, then a word starting with it, then the input anywhere;
 * on equal rank unit groups first, then the closer term. $1 the input, $2 the input escaped for LIKE.
 */
const MATCH_SQL = (where: string, closeness = 'similarity(t.term_search, search_normalize($1))') => `
  SELECT o.code, o.level, o.parent_code, o.title_en, o.title_nl
    FROM (
      SELECT t.occupation_code,
             min(CASE WHEN t.term_search = search_normalize($1) THEN 0
                      WHEN t.term_search LIKE search_normalize($2) || '%' THEN 1
                      WHEN t.term_search LIKE '% ' || search_normalize($2) || '%' THEN 2
                      ELSE 3 END) AS rank,
             max(${closeness}) AS closeness
        FROM occupation_term t
       WHERE ${where}
       GROUP BY t.occupation_code
    ) m
    JOIN occupation o ON o.code = m.occupation_code
   ORDER BY m.rank, o.level DESC, m.closeness DESC, o.code
   LIMIT $3`;

const SUBSTRING_SQL = MATCH_SQL(`t.term_search LIKE '%' || search_normalize($2) || '%'`);

/** One or two letters: only terms or words starting with them (else every title matches), shortest first. */
const PREFIX_SQL = MATCH_SQL(
  `t.term_search LIKE search_normalize($2) || '%' OR t.term_search LIKE '% ' || search_normalize($2) || '%'`,
  '-length(t.term_search)',
);

/** When nothing contains the input (a typo): the nearest terms by trigram distance, from the GiST index. */
const FUZZY_SQL = `
  SELECT o.code, o.level, o.parent_code, o.title_en, o.title_nl
    FROM (
      SELECT nearest.occupation_code, max(similarity(nearest.term_search, search_normalize($1))) AS closeness
        FROM (SELECT occupation_code, term_search FROM occupation_term
               ORDER BY term_search <-> search_normalize($1) LIMIT 50) nearest
       WHERE similarity(nearest.term_search, search_normalize($1)) >= $3
       GROUP BY nearest.occupation_code
    ) m
    JOIN occupation o ON o.code = m.occupation_code
   ORDER BY m.closeness DESC, o.level DESC, o.code
   LIMIT $2`;

/** How alike a term must be to count as a typo of the input (pg_trgm's default threshold). */
export const FUZZY_THRESHOLD = 0.3;

export interface SkillRow {
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

/** The taxonomy's searches: occupations by code, title and synonym; skills by label and occupation. */
@Injectable()
export class TaxonomyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Occupations with a term containing `text` (from 3 characters) or starting with it (1-2), best first. */
  occupationsMatching(text: string, escapedText: string, first: number): Promise<OccupationRow[]> {
    return this.dataSource.query(text.length < 3 ? PREFIX_SQL : SUBSTRING_SQL, [text, escapedText, first]);
  }

  /** The occupations with a term nearest to `text` (a typo), at least `threshold` alike. */
  occupationsNearest(text: string, first: number, threshold: number): Promise<OccupationRow[]> {
    return this.dataSource.query(FUZZY_SQL, [text, first, threshold]);
  }

  async occupationExists(code: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query('SELECT 1 FROM occupation WHERE code = $1', [code]);
    return rows.length > 0;
  }

  skillsMatching(search: string, occupationCode: string | null, first: number): Promise<SkillRow[]> {
    return this.dataSource.query(SEARCH_SQL, [search, occupationCode, first]);
  }

  /** The skills typical of these unit groups, with the group's code. */
  skillsOfOccupations(codes: readonly string[]): Promise<SkillRow[]> {
    return this.dataSource.query(
      `SELECT so.occupation_code, s.code, s.kind, s.label_nl, s.label_en
         FROM skill_occupation so JOIN skill s ON s.code = so.skill_code
        WHERE so.occupation_code = ANY($1) ORDER BY s.code`,
      [codes],
    );
  }
}
