import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AnonymisedCandidateProfile, CandidateLoaders, CandidateProfile } from '@wsp/candidates';
import { Actor, Allow, CurrentActor, GraphQLContext, IdArg, REGION_WRITERS } from '@wsp/platform';
import { Vacancy, VacancyService } from '@wsp/vacancies';
import { MatchingRun, NewSuggestions, Suggestion } from './dto/suggestion.models';
import { SUGGESTION_VIEW_PURPOSE, SuggestionService } from './suggestion.service';

@Resolver(() => Suggestion)
export class SuggestionResolver {
  constructor(
    private readonly suggestions: SuggestionService,
    private readonly candidates: CandidateLoaders,
    private readonly vacancies: VacancyService,
  ) {}

  @Query(() => [NewSuggestions], {
    description: 'Per open vacancy you manage: candidates first suggested in the last `days` days, not yet acted on.',
  })
  @Allow(...REGION_WRITERS)
  newSuggestions(
    @CurrentActor() actor: Actor,
    @Args('days', { type: () => Int, defaultValue: 7 }) days: number,
  ): Promise<NewSuggestions[]> {
    return this.suggestions.newForAccountManager(actor, days);
  }

  @Query(() => [MatchingRun], { description: 'The matching runs of a vacancy, newest first, with status and error.' })
  @Allow()
  matchingRuns(
    @CurrentActor() actor: Actor,
    @IdArg('vacancyId') vacancyId: string,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
  ): Promise<MatchingRun[]> {
    return this.suggestions.runs(actor, vacancyId, first);
  }

  @Mutation(() => String, { description: 'Re-runs the matching of a vacancy; returns the job id.' })
  @Allow(...REGION_WRITERS)
  requestMatching(@CurrentActor() actor: Actor, @IdArg('vacancyId') vacancyId: string): Promise<string> {
    return this.suggestions.requestMatching(actor, vacancyId);
  }

  @Mutation(() => Suggestion, { description: 'Takes a suggestion off the list for good; the reason stays with it.' })
  @Allow(...REGION_WRITERS)
  dismissSuggestion(
    @CurrentActor() actor: Actor,
    @IdArg('vacancyId') vacancyId: string,
    @IdArg('profileId') profileId: string,
    @Args('reason') reason: string,
  ): Promise<Suggestion> {
    return this.suggestions.dismiss(actor, vacancyId, profileId, reason);
  }

  @ResolveField(() => AnonymisedCandidateProfile, {
    nullable: true,
    description: 'The candidate, anonymised; every view by another organisation than the owner is audited.',
  })
  profile(
    suggestion: Suggestion,
    _args: unknown,
    { req }: GraphQLContext,
  ): Promise<AnonymisedCandidateProfile | undefined> {
    return this.candidates.of(req).anonymisedProfiles(SUGGESTION_VIEW_PURPOSE).load(suggestion.profileId);
  }

  @ResolveField(() => Vacancy, { nullable: true })
  vacancy(@Parent() suggestion: Suggestion, @CurrentActor() actor: Actor): Promise<Vacancy> {
    return this.vacancies.get(actor, suggestion.vacancyId) as Promise<Vacancy>;
  }
}

@Resolver(() => Vacancy)
export class VacancySuggestionsResolver {
  constructor(private readonly suggestionService: SuggestionService) {}

  @ResolveField(() => [Suggestion], { description: 'The best candidates from both pools, by rank.' })
  suggestions(
    @Parent() vacancy: Vacancy,
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('includeDismissed', { defaultValue: false }) includeDismissed: boolean,
  ): Promise<Suggestion[]> {
    // The profiles of the page load together through the `profile` field's loader.
    return this.suggestionService.forVacancy(actor, vacancy.id, first, includeDismissed);
  }
}

@Resolver(() => CandidateProfile)
export class ProfileSuggestionsResolver {
  constructor(private readonly suggestionService: SuggestionService) {}

  @ResolveField(() => [Suggestion], { description: 'Open vacancies this candidate is suggested for, best first.' })
  suggestions(
    @Parent() profile: CandidateProfile,
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
  ): Promise<Suggestion[]> {
    return this.suggestionService.forProfile(actor, profile.id, first);
  }
}
