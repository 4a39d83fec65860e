import { Args, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Allow, CurrentActor, GraphQLContext } from '@wsp/platform';
import {
  EducationLevel,
  Occupation,
  OccupationSearchArgs,
  Skill,
  SkillKindEnum,
  SkillSearchArgs,
} from './dto/taxonomy.models';
import { EducationLevelService } from './education-level.service';
import { ancestorCodes, OccupationService } from './occupation.service';
import { SkillService } from './skill.service';
import { TaxonomyLoaders } from './taxonomy.loaders';

@Resolver(() => Occupation)
export class OccupationResolver {
  constructor(
    private readonly occupationService: OccupationService,
    private readonly loaders: TaxonomyLoaders,
  ) {}

  @Query(() => [Occupation], { description: 'Ranked occupation search (ISCO-08), e.g. "heftruck" or "2512".' })
  @Allow()
  occupations(@CurrentActor() actor: Actor, @Args() args: OccupationSearchArgs): Promise<Occupation[]> {
    return this.occupationService.search(actor, args.search, args.first);
  }

  @Query(() => Occupation, { description: 'One ISCO-08 group by its code.' })
  @Allow()
  occupation(@CurrentActor() actor: Actor, @Args('code') code: string): Promise<Occupation> {
    return this.occupationService.findByCode(actor, code);
  }

  @ResolveField(() => Occupation, { nullable: true, description: 'The group directly above; none for a major group.' })
  parent(occupation: Occupation, _args: unknown, { req }: GraphQLContext): Promise<Occupation | undefined> {
    return occupation.parentCode
      ? this.loaders.of(req).occupationByCode.load(occupation.parentCode)
      : Promise.resolve(undefined);
  }

  @ResolveField(() => [Occupation], { description: 'The groups above, major group first.' })
  async ancestors(occupation: Occupation, _args: unknown, { req }: GraphQLContext): Promise<Occupation[]> {
    const found = await this.loaders.of(req).occupationByCode.loadMany(ancestorCodes(occupation.code));
    return found.filter((o): o is Occupation => o !== undefined && !(o instanceof Error));
  }

  @ResolveField(() => [Occupation], { description: 'The groups directly below.' })
  children(occupation: Occupation, _args: unknown, { req }: GraphQLContext): Promise<Occupation[]> {
    return this.loaders.of(req).childrenOf.load(occupation.code);
  }

  @ResolveField(() => [Skill], { description: 'Skills typical of this unit group.' })
  async skills(occupation: Occupation, _args: unknown, { req }: GraphQLContext): Promise<Skill[]> {
    return (await this.loaders.of(req).skillsOf.load(occupation.code)).map(toSkill);
  }
}

@Resolver()
export class TaxonomyResolver {
  constructor(
    private readonly skillService: SkillService,
    private readonly educationLevelService: EducationLevelService,
  ) {}

  @Query(() => [Skill], { description: 'Skills by label, or typical of an occupation (most typical first).' })
  @Allow()
  async skills(@CurrentActor() actor: Actor, @Args() args: SkillSearchArgs): Promise<Skill[]> {
    return (await this.skillService.search(actor, args, args.first)).map(toSkill);
  }

  @Query(() => [EducationLevel], { description: 'Dutch education levels, lowest first.' })
  @Allow()
  educationLevels(@CurrentActor() actor: Actor): Promise<EducationLevel[]> {
    return this.educationLevelService.list(actor);
  }
}

function toSkill(skill: { code: string; kind: string; labelNl: string; labelEn: string }): Skill {
  return { ...skill, kind: skill.kind as SkillKindEnum };
}
