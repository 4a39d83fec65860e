import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Actor, DomainError } from '@wsp/platform';
import { In, Like, Repository } from 'typeorm';
import { ISCO_CODE } from './dto/taxonomy.models';
import { OccupationEntity } from './entities/occupation.entity';
import { FUZZY_THRESHOLD, OccupationRow, TaxonomyRepository } from './taxonomy.repository';

export const DEFAULT_OCCUPATION_RESULTS = 20;

@Injectable()
export class OccupationService {
  constructor(
    @InjectRepository(OccupationEntity) private readonly occupations: Repository<OccupationEntity>,
    private readonly repository: TaxonomyRepository,
  ) {}

  async search(_actor: Actor, search: string, first = DEFAULT_OCCUPATION_RESULTS): Promise<OccupationEntity[]> {
    const text = search.trim();
    if (text === '') return this.occupations.find({ where: { level: 1 }, order: { code: 'ASC' } });
    if (ISCO_CODE.test(text)) {
      return this.occupations.find({
        where: { code: Like(`${text}%`) },
        order: { level: 'ASC', code: 'ASC' },
        take: first,
      });
    }
    const matches = await this.repository.occupationsMatching(text, escapeLike(text), first);
    if (matches.length > 0 || text.length < 3) return matches.map(toEntity);
    const nearest = await this.repository.occupationsNearest(text, first, FUZZY_THRESHOLD);
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
