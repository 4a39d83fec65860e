import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Allow, ConnectionShape, CurrentActor, IdArg, PageArgs, Role, IDEMPOTENCY_KEY_ARG } from '@wsp/platform';
import {
  CandidateProfileFilter,
  ChangeCandidateStatusInput,
  CreateCandidateProfileInput,
  UpdateCandidateProfileInput,
} from './dto/candidate-profile.inputs';
import { CandidateProfile, CandidateProfileConnection } from './dto/candidate-profile.models';
import { CandidateProfileService } from './candidate-profile.service';
import { WithdrawalReason } from './max-ww-outcome';

/** The owner's side of candidate profiles: only job coaches, only their own organisation's profiles. */
@Resolver(() => CandidateProfile)
export class CandidateProfileResolver {
  constructor(private readonly profiles: CandidateProfileService) {}

  @Query(() => CandidateProfileConnection, { description: "Your organisation's profiles, last changed first." })
  @Allow(Role.JOB_COACH)
  candidateProfiles(
    @CurrentActor() actor: Actor,
    @Args() page: PageArgs,
    @Args('filter', { nullable: true, type: () => CandidateProfileFilter }) filter?: CandidateProfileFilter,
  ): Promise<ConnectionShape<CandidateProfile>> {
    return this.profiles.list(actor, filter ?? {}, page);
  }

  @Query(() => CandidateProfile)
  @Allow(Role.JOB_COACH)
  candidateProfile(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<CandidateProfile> {
    return this.profiles.get(actor, id);
  }

  @Query(() => CandidateProfile, { description: "Your organisation's profile for one of your client numbers." })
  @Allow(Role.JOB_COACH)
  candidateProfileByClientNumber(
    @CurrentActor() actor: Actor,
    @Args('clientNumber') clientNumber: string,
  ): Promise<CandidateProfile> {
    return this.profiles.findByClientNumber(actor, clientNumber);
  }

  @Mutation(() => CandidateProfile, {
    description: 'A client number already used by your organisation is a CONFLICT naming that profile.',
  })
  @Allow(Role.JOB_COACH)
  createCandidateProfile(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateCandidateProfileInput,
    @Args('idempotencyKey', IDEMPOTENCY_KEY_ARG) idempotencyKey?: string,
  ): Promise<CandidateProfile> {
    return this.profiles.create(actor, input, idempotencyKey ?? undefined);
  }

  @Mutation(() => CandidateProfile)
  @Allow(Role.JOB_COACH)
  updateCandidateProfile(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateCandidateProfileInput,
  ): Promise<CandidateProfile> {
    return this.profiles.update(actor, input);
  }

  @Mutation(() => CandidateProfile, {
    description: 'ACTIVE shares the profile, PAUSED stops sharing, PLACED records a placement.',
  })
  @Allow(Role.JOB_COACH)
  changeCandidateProfileStatus(
    @CurrentActor() actor: Actor,
    @Args('input') input: ChangeCandidateStatusInput,
  ): Promise<CandidateProfile> {
    return this.profiles.changeStatus(actor, input);
  }

  @Mutation(() => CandidateProfile, { description: 'Extends the profile by six months from today.' })
  @Allow(Role.JOB_COACH)
  renewCandidateProfile(
    @CurrentActor() actor: Actor,
    @IdArg('id') id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<CandidateProfile> {
    return this.profiles.renew(actor, id, version);
  }

  @Mutation(() => Boolean, {
    description:
      'Deletes the profile and everything derived from it, at once. A Max-WW candidate stays in the cohort counts ' +
      'as an anonymous count of its outcome, with the reason.',
  })
  @Allow(Role.JOB_COACH)
  withdrawCandidateProfile(
    @CurrentActor() actor: Actor,
    @IdArg('id') id: string,
    @Args('reason', { type: () => WithdrawalReason }) reason: WithdrawalReason,
  ): Promise<boolean> {
    return this.profiles.withdraw(actor, id, reason);
  }
}
