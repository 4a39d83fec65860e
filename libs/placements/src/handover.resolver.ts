import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AnonymisedCandidateProfile, CandidateLoaders, CandidateProfile } from '@wsp/candidates';
import { DirectoryLoaders, User } from '@wsp/directory';
import { Actor, Allow, CurrentActor, GraphQLContext, IdArg, REGION_WRITERS, Role } from '@wsp/platform';
import { Vacancy, VacancyService } from '@wsp/vacancies';
import {
  AdvanceProposalInput,
  DeclineInterestInput,
  ExpressInterestInput,
  ProposeCandidateInput,
} from './dto/handover.inputs';
import { Interest, Proposal, ProposalStep } from './dto/handover.models';
import { HandoverService } from './handover.service';

@Resolver(() => Proposal)
export class HandoverResolver {
  constructor(private readonly handover: HandoverService) {}

  @Mutation(() => Interest, { description: 'Asks the owning job coach to consider proposing a suggested candidate.' })
  @Allow(...REGION_WRITERS)
  expressInterest(@CurrentActor() actor: Actor, @Args('input') input: ExpressInterestInput): Promise<Interest> {
    return this.handover.expressInterest(actor, input);
  }

  @Mutation(() => Interest)
  @Allow(Role.JOB_COACH)
  declineInterest(@CurrentActor() actor: Actor, @Args('input') input: DeclineInterestInput): Promise<Interest> {
    return this.handover.declineInterest(actor, input);
  }

  @Mutation(() => Proposal, { description: "Proposes your organisation's candidate, with their agreement." })
  @Allow(Role.JOB_COACH)
  proposeCandidate(@CurrentActor() actor: Actor, @Args('input') input: ProposeCandidateInput): Promise<Proposal> {
    return this.handover.propose(actor, input);
  }

  @Mutation(() => Proposal, { description: 'Moves a proposal one step; PLACED records the placement.' })
  @Allow(Role.JOB_COACH, ...REGION_WRITERS)
  advanceProposal(@CurrentActor() actor: Actor, @Args('input') input: AdvanceProposalInput): Promise<Proposal> {
    return this.handover.advance(actor, input);
  }

  @Query(() => [Interest], {
    description: "Your inbox: open interest in your organisation's candidates, oldest first.",
  })
  @Allow(Role.JOB_COACH)
  interestInbox(@CurrentActor() actor: Actor): Promise<Interest[]> {
    return this.handover.inbox(actor);
  }

  @Query(() => [Proposal], {
    description: "Your organisation's proposals: all open ones, and those ended in the last `endedWithinDays` days.",
  })
  @Allow(Role.JOB_COACH, Role.ADMIN)
  organisationProposals(
    @CurrentActor() actor: Actor,
    @Args('endedWithinDays', { type: () => Int, defaultValue: 90 }) endedWithinDays: number,
  ): Promise<Proposal[]> {
    return this.handover.forOrganisation(actor, endedWithinDays);
  }

  @Query(() => Proposal)
  @Allow(Role.JOB_COACH, ...REGION_WRITERS)
  proposal(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<Proposal> {
    return this.handover.getProposal(actor, id);
  }
}

@Resolver(() => Proposal)
export class ProposalProfileResolver {
  constructor(private readonly candidates: CandidateLoaders) {}

  @ResolveField(() => AnonymisedCandidateProfile, {
    nullable: true,
    description: 'The candidate, anonymised; a view by another organisation than the owner is audited.',
  })
  profile(
    @Parent() proposal: Proposal,
    @Context() { req }: GraphQLContext,
  ): Promise<AnonymisedCandidateProfile | undefined> {
    return this.candidates.of(req).anonymisedProfiles('voordracht').load(proposal.profileId);
  }
}

@Resolver(() => Interest)
export class InterestProfileResolver {
  constructor(private readonly candidates: CandidateLoaders) {}

  @ResolveField(() => AnonymisedCandidateProfile, {
    nullable: true,
    description: 'The candidate, anonymised; a view by another organisation than the owner is audited.',
  })
  profile(
    @Parent() interest: Interest,
    @Context() { req }: GraphQLContext,
  ): Promise<AnonymisedCandidateProfile | undefined> {
    return this.candidates.of(req).anonymisedProfiles('interesse').load(interest.profileId);
  }
}

@Resolver(() => Vacancy)
export class VacancyProposalsResolver {
  constructor(private readonly handover: HandoverService) {}

  @ResolveField(() => [Proposal], { description: 'Candidates proposed for this vacancy, with their steps.' })
  proposals(@Parent() vacancy: Vacancy, @CurrentActor() actor: Actor): Promise<Proposal[]> {
    return this.handover.forVacancy(actor, vacancy.id);
  }

  @ResolveField(() => [Interest], { description: 'Interest account managers showed in candidates for this vacancy.' })
  interests(@Parent() vacancy: Vacancy, @CurrentActor() actor: Actor): Promise<Interest[]> {
    return this.handover.interestsForVacancy(actor, vacancy.id);
  }
}

@Resolver(() => CandidateProfile)
export class ProfileHandoverResolver {
  constructor(private readonly handover: HandoverService) {}

  @ResolveField(() => [Proposal])
  proposals(@Parent() profile: CandidateProfile, @CurrentActor() actor: Actor): Promise<Proposal[]> {
    return this.handover.forProfile(actor, profile.id);
  }

  @ResolveField(() => [Interest], { description: "Account managers' interest in this candidate." })
  interests(@Parent() profile: CandidateProfile, @CurrentActor() actor: Actor): Promise<Interest[]> {
    return this.handover.interestsForProfile(actor, profile.id);
  }
}

/** Both sides of a warm handover see each other: the vacancy, and who is behind it (name, organisation, e-mail). */
@Resolver(() => Interest)
export class InterestPartiesResolver {
  constructor(
    private readonly vacancies: VacancyService,
    private readonly directory: DirectoryLoaders,
  ) {}

  @ResolveField(() => Vacancy)
  vacancy(@Parent() interest: Interest, @CurrentActor() actor: Actor): Promise<Vacancy> {
    return this.vacancies.get(actor, interest.vacancyId) as Promise<Vacancy>;
  }

  @ResolveField(() => User, { description: 'The account manager who showed interest: the one to call.' })
  expressedByUser(@Parent() interest: Interest, @Context() { req }: GraphQLContext): Promise<User> {
    return this.directory.of(req).userById.load(interest.expressedBy) as Promise<User>;
  }
}

@Resolver(() => Proposal)
export class ProposalPartiesResolver {
  constructor(
    private readonly vacancies: VacancyService,
    private readonly directory: DirectoryLoaders,
  ) {}

  @ResolveField(() => Vacancy)
  vacancy(@Parent() proposal: Proposal, @CurrentActor() actor: Actor): Promise<Vacancy> {
    return this.vacancies.get(actor, proposal.vacancyId) as Promise<Vacancy>;
  }

  @ResolveField(() => User, { description: 'The job coach who proposed: the one to call.' })
  proposedByUser(@Parent() proposal: Proposal, @Context() { req }: GraphQLContext): Promise<User> {
    return this.directory.of(req).userById.load(proposal.proposedBy) as Promise<User>;
  }
}

@Resolver(() => ProposalStep)
export class ProposalStepActorResolver {
  constructor(private readonly directory: DirectoryLoaders) {}

  @ResolveField(() => User, { description: 'Who took the step.' })
  actor(@Parent() step: ProposalStep, @Context() { req }: GraphQLContext): Promise<User> {
    return this.directory.of(req).userById.load(step.actorId) as Promise<User>;
  }
}

@Resolver(() => AnonymisedCandidateProfile)
export class ProfileCoachResolver {
  constructor(private readonly directory: DirectoryLoaders) {}

  @ResolveField(() => User, {
    description: "The owning job coach (name, organisation, work e-mail): the candidate's contact.",
  })
  coach(@Parent() profile: AnonymisedCandidateProfile, @Context() { req }: GraphQLContext): Promise<User> {
    return this.directory.of(req).userById.load(profile.coachId) as Promise<User>;
  }
}
