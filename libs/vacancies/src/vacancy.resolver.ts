import { Args, Context, Info, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import { Employer } from '@wsp/employers';
import {
  Actor,
  Allow,
  ConnectionShape,
  CurrentActor,
  GraphQLContext,
  IDEMPOTENCY_KEY_ARG,
  IdArg,
  PageArgs,
  REGION_WRITERS,
  prefetchFields,
  requestLoader,
  selectedFieldNames,
  selectionKey,
} from '@wsp/platform';
import { ChangeVacancyStatusInput, CreateVacancyInput, UpdateVacancyInput, VacancyFilter } from './dto/vacancy.inputs';
import { Vacancy, VacancyConnection, VacancySkill } from './dto/vacancy.models';
import { VacancyService } from './vacancy.service';

/**
 * Fields of a vacancy, some resolved in other modules, that load by its id alone and read nothing when the vacancy
 * is not the caller's (their statements check it, or hold nothing sensitive): started with the vacancy's own read.
 */
const VACANCY_PREFETCHED = ['skills', 'suggestions'];

@Resolver(() => Vacancy)
export class VacancyResolver {
  constructor(private readonly vacancyService: VacancyService) {}

  @Query(() => VacancyConnection, { description: "Vacancies of the caller's regions, newest first." })
  @Allow()
  vacancies(
    @CurrentActor() actor: Actor,
    @Args() page: PageArgs,
    @Args('filter', { nullable: true, type: () => VacancyFilter }) filter?: VacancyFilter,
  ): Promise<ConnectionShape<Vacancy>> {
    return this.vacancyService.list(actor, filter ?? {}, page) as Promise<ConnectionShape<Vacancy>>;
  }

  @Query(() => Vacancy)
  @Allow()
  vacancy(
    @CurrentActor() actor: Actor,
    @IdArg('id') id: string,
    @Context() context: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Vacancy> {
    // Its top list starts now and joins the vacancy's statement (the list checks the region itself).
    prefetchFields(info, context, { id }, VACANCY_PREFETCHED);
    return this.vacancyService.get(actor, id, context.req) as Promise<Vacancy>;
  }

  @Mutation(() => Vacancy)
  @Allow(...REGION_WRITERS)
  createVacancy(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateVacancyInput,
    @Args('idempotencyKey', IDEMPOTENCY_KEY_ARG) idempotencyKey?: string,
  ): Promise<Vacancy> {
    return this.vacancyService.create(actor, input, idempotencyKey ?? undefined) as Promise<Vacancy>;
  }

  @Mutation(() => Vacancy)
  @Allow(...REGION_WRITERS)
  updateVacancy(@CurrentActor() actor: Actor, @Args('input') input: UpdateVacancyInput): Promise<Vacancy> {
    return this.vacancyService.update(actor, input) as Promise<Vacancy>;
  }

  @Mutation(() => Vacancy, { description: 'OPEN <-> ON_HOLD; OPEN -> FILLED or CLOSED; anything else is refused.' })
  @Allow(...REGION_WRITERS)
  changeVacancyStatus(@CurrentActor() actor: Actor, @Args('input') input: ChangeVacancyStatusInput): Promise<Vacancy> {
    return this.vacancyService.changeStatus(actor, input) as Promise<Vacancy>;
  }

  @ResolveField(() => [VacancySkill], { description: 'Required and nice-to-have skills with their weights.' })
  skills(vacancy: Vacancy, _args: unknown, { req }: GraphQLContext): Promise<VacancySkill[]> {
    return requestLoader(req, 'vacancy.skills', (ids: readonly string[]) =>
      this.vacancyService.skillsOf(ids, req),
    ).load(vacancy.id);
  }
}

@Resolver(() => Employer)
export class EmployerVacanciesResolver {
  constructor(private readonly vacancyService: VacancyService) {}

  @ResolveField(() => [Vacancy], { description: "The employer's vacancies, newest first." })
  vacancies(employer: Employer, _args: unknown, { req }: GraphQLContext, info: GraphQLResolveInfo): Promise<Vacancy[]> {
    const fields = selectedFieldNames(info);
    return requestLoader(req, `employer.vacancies:${selectionKey(fields)}`, (ids: readonly string[]) =>
      this.vacancyService.forEmployers(ids, req, fields),
    ).load(employer.id) as Promise<Vacancy[]>;
  }
}
