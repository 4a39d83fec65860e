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
 * Ranked occupation search over codes, Dutch and English titles and Dutch job-title synonyms. Ranking: an
 * exact term, then a term starting with the input, then a word starting with it, then anywhere, then
 * trigram similarity (typos); on equal rank unit groups first, then the closer term.
 */
const SEARCH_SQL = `
  WITH input AS (
    SELECT q, replace(replace(replace(q, '\\', '\\\\'), '%', '\\%'), '_', '\\_') AS q_like
      FROM (SELECT search_normalize($1) AS q) normalized
  ), matches AS (
    SELECT t.occupation_code,
           min(CASE WHEN t.term_search = i.q THEN 0
                    WHEN t.term_search LIKE i.q_like || '%' THEN 1
                    WHEN t.term_search LIKE '% ' || i.q_like || '%' THEN 2
                    WHEN t.term_search LIKE '%' || i.q_like || '%' THEN 3
                    ELSE 4 END) AS rank,
           max(similarity(t.term_search, i.q)) AS closeness
      FROM occupation_term t, input i
     WHERE t.term_search LIKE '%' || i.q_like || '%' OR t.term_search % i.q
     GROUP BY t.occupation_code
  )
  SELECT o.code, o.level, o.parent_code, o.title_en, o.title_nl
    FROM matches m JOIN occupation o ON o.code = m.occupation_code
   ORDER BY m.rank, o.level DESC, m.closeness DESC, o.code
   LIMIT $2`;

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
    const rows: OccupationRow[] = await this.dataSource.query(SEARCH_SQL, [text, first]);
    return rows.map(toEntity);
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
