import { Injectable } from '@nestjs/common';
import { Actor, DomainError } from '@wsp/platform';
import { SkillEntity } from './entities/skill.entity';
import { SkillRow, TaxonomyRepository } from './taxonomy.repository';

export const DEFAULT_SKILL_RESULTS = 50;

@Injectable()
export class SkillService {
  constructor(private readonly repository: TaxonomyRepository) {}

  async search(
    _actor: Actor,
    filter: { search?: string; occupationCode?: string },
    first = DEFAULT_SKILL_RESULTS,
  ): Promise<SkillEntity[]> {
    if (filter.occupationCode) {
      if (!(await this.repository.occupationExists(filter.occupationCode))) throw DomainError.notFound('Occupation');
    }
    const rows = await this.repository.skillsMatching(
      filter.search?.trim() ?? '',
      filter.occupationCode ?? null,
      first,
    );
    return rows.map(toEntity);
  }

  /** For loaders: the skills typical of each unit group. */
  async forOccupations(codes: readonly string[]): Promise<Map<string, SkillEntity[]>> {
    const rows = await this.repository.skillsOfOccupations(codes);
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
