import { Args, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Allow, byKeys, CurrentActor, GraphQLContext, groupByKeys, requestLoader } from '@wsp/platform';
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

@Resolver(() => Occupation)
export class OccupationResolver {
  constructor(
    private readonly occupationService: OccupationService,
    private readonly skillService: SkillService,
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
    return occupation.parentCode ? this.byCode(req).load(occupation.parentCode) : Promise.resolve(undefined);
  }

  @ResolveField(() => [Occupation], { description: 'The groups above, major group first.' })
  async ancestors(occupation: Occupation, _args: unknown, { req }: GraphQLContext): Promise<Occupation[]> {
    const found = await this.byCode(req).loadMany(ancestorCodes(occupation.code));
    return found.filter((o): o is Occupation => o !== undefined && !(o instanceof Error));
  }

  @ResolveField(() => [Occupation], { description: 'The groups directly below.' })
  children(occupation: Occupation, _args: unknown, { req }: GraphQLContext): Promise<Occupation[]> {
    return requestLoader(req, 'occupation.children', async (codes: readonly string[]) =>
      groupByKeys(codes, await this.occupationService.findChildren(codes), (o) => o.parentCode ?? ''),
    ).load(occupation.code);
  }

  @ResolveField(() => [Skill], { description: 'Skills typical of this unit group.' })
  skills(occupation: Occupation, _args: unknown, { req }: GraphQLContext): Promise<Skill[]> {
    return requestLoader(req, 'occupation.skills', async (codes: readonly string[]) => {
      const skills = await this.skillService.forOccupations(codes);
      return codes.map((code) => (skills.get(code) ?? []).map(toSkill));
    }).load(occupation.code);
  }

  private byCode(req: object) {
    return requestLoader(req, 'occupation.byCode', async (codes: readonly string[]) =>
      byKeys(codes, await this.occupationService.findByCodes(codes), (o) => o.code),
    );
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
