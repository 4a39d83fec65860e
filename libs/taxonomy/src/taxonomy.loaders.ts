import { Injectable } from '@nestjs/common';
import { batchLoader, byKeys, groupByKeys, RequestLoaders } from '@wsp/platform';
import DataLoader from 'dataloader';
import { OccupationEntity } from './entities/occupation.entity';
import { SkillEntity } from './entities/skill.entity';
import { OccupationService } from './occupation.service';
import { SkillService } from './skill.service';

/** The taxonomy's loaders of one request: a tree of occupations resolves level by level, a level at a time. */
export interface TaxonomyRequestLoaders {
  occupationByCode: DataLoader<string, OccupationEntity | undefined>;
  childrenOf: DataLoader<string, OccupationEntity[]>;
  skillsOf: DataLoader<string, SkillEntity[]>;
}

@Injectable()
export class TaxonomyLoaders extends RequestLoaders<TaxonomyRequestLoaders> {
  constructor(
    private readonly occupations: OccupationService,
    private readonly skills: SkillService,
  ) {
    super();
  }

  protected create(): TaxonomyRequestLoaders {
    return {
      occupationByCode: batchLoader(async (codes: readonly string[]) =>
        byKeys(codes, await this.occupations.findByCodes(codes), (occupation) => occupation.code),
      ),
      childrenOf: batchLoader(async (codes: readonly string[]) =>
        groupByKeys(codes, await this.occupations.findChildren(codes), (occupation) => occupation.parentCode ?? ''),
      ),
      skillsOf: batchLoader(async (codes: readonly string[]) => {
        const skills = await this.skills.forOccupations(codes);
        return codes.map((code) => skills.get(code) ?? []);
      }),
    };
  }
}
