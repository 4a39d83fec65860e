import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { Actor, DomainError } from '@wsp/platform';
import { DataSource, In, Repository } from 'typeorm';
import { ISCO_CODE } from './dto/taxonomy.models';
import { OccupationEntity } from './entities/occupation.entity';

export const DEFAULT_OCCUPATION_RESULTS = 20;

interface OccupationRow {
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
const FUZZY_THRESHOLD = 0.3;

@Injectable()
export class OccupationService {
  constructor(
    @InjectRepository(OccupationEntity) private readonly occupations: Repository<OccupationEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async search(_actor: Actor, search: string, first = DEFAULT_OCCUPATION_RESULTS): Promise<OccupationEntity[]> {
    const text = search.trim();
    if (text === '') return this.occupations.find({ where: { level: 1 }, order: { code: 'ASC' } });
    if (ISCO_CODE.test(text)) {
      return this.occupations
        .createQueryBuilder('o')
        .where("o.code LIKE :prefix || '%'", { prefix: text })
        .orderBy('o.level')
        .addOrderBy('o.code')
        .limit(first)
        .getMany();
    }
    const matches: OccupationRow[] = await this.dataSource.query(text.length < 3 ? PREFIX_SQL : SUBSTRING_SQL, [
      text,
      escapeLike(text),
      first,
    ]);
    if (matches.length > 0 || text.length < 3) return matches.map(toEntity);
    const nearest: OccupationRow[] = await this.dataSource.query(FUZZY_SQL, [text, first, FUZZY_THRESHOLD]);
    return nearest.map(toEntity);
  }

  async findByCode(_actor: Actor, code: string): Promise<OccupationEntity> {
    if (!ISCO_CODE.test(code)) {
      throw DomainError.badInput([{ field: 'code', message: 'must be an ISCO-08 code of 1 to 4 digits' }]);
    }
    const occupation = await this.occupations.findOneBy({ code });
    if (!occupation) throw DomainError.notFound('Occupation');
    return occupation;
  }

  /** For loaders: the occupations with these codes, in any order. */
  findByCodes(codes: readonly string[]): Promise<OccupationEntity[]> {
    return this.occupations.findBy({ code: In([...codes]) });
  }

  /** For loaders: the direct children of these groups. */
  findChildren(parentCodes: readonly string[]): Promise<OccupationEntity[]> {
    return this.occupations.find({ where: { parentCode: In([...parentCodes]) }, order: { code: 'ASC' } });
  }
}

/** Makes LIKE's wildcards plain characters; search_normalize leaves backslash, % and _ alone. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The codes of the groups above `code`, major group first: 2512 -> 2, 25, 251. */
export function ancestorCodes(code: string): string[] {
  return Array.from({ length: code.length - 1 }, (_, i) => code.slice(0, i + 1));
}

function toEntity(row: OccupationRow): OccupationEntity {
  return Object.assign(new OccupationEntity(), {
    code: row.code,
    level: row.level,
    parentCode: row.parent_code,
    titleEn: row.title_en,
    titleNl: row.title_nl,
  });
}
