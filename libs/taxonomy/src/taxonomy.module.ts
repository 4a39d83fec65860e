import { TaxonomyLoaders } from './taxonomy.loaders';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EducationLevelService } from './education-level.service';
import { EducationLevelEntity } from './entities/education-level.entity';
import { OccupationEntity } from './entities/occupation.entity';
import { SkillEntity } from './entities/skill.entity';
import { OccupationService } from './occupation.service';
import { TaxonomyRepository } from './taxonomy.repository';
import { SkillService } from './skill.service';
import { OccupationResolver, TaxonomyResolver } from './taxonomy.resolver';

/** Every resolver of the taxonomy; the schema printer builds from the same list. */
export const TAXONOMY_RESOLVERS = [OccupationResolver, TaxonomyResolver];

export const TAXONOMY_ENTITIES = [OccupationEntity, SkillEntity, EducationLevelEntity];

/** ISCO-08 occupations, skills and education levels: reference data shipped in the repository. */
@Module({
  imports: [TypeOrmModule.forFeature(TAXONOMY_ENTITIES)],
  providers: [
    OccupationService,
    SkillService,
    EducationLevelService,
    TaxonomyRepository,
    TaxonomyLoaders,
    ...TAXONOMY_RESOLVERS,
  ],
  exports: [OccupationService, SkillService, EducationLevelService],
})
export class TaxonomyModule {}
