import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
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
  selectedFieldNames,
} from '@wsp/platform';
import { ChangeVacancyStatusInput, CreateVacancyInput, UpdateVacancyInput, VacancyFilter } from './dto/vacancy.inputs';
import { Vacancy, VacancyConnection, VacancySkill } from './dto/vacancy.models';
import { VacancyService } from './vacancy.service';

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
  vacancy(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<Vacancy> {
    return this.vacancyService.get(actor, id) as Promise<Vacancy>;
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
    return this.vacancyService.skillsOf(req, vacancy.id);
  }
}

@Resolver(() => Employer)
export class EmployerVacanciesResolver {
  constructor(private readonly vacancyService: VacancyService) {}

  @ResolveField(() => [Vacancy], { description: "The employer's vacancies, newest first." })
  vacancies(employer: Employer, _args: unknown, { req }: GraphQLContext, info: GraphQLResolveInfo): Promise<Vacancy[]> {
    return this.vacancyService.ofEmployer(req, employer.id, selectedFieldNames(info)) as Promise<Vacancy[]>;
  }
}
