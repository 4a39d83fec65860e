import { DateTimeScalar } from '@wsp/platform';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CandidatePool } from '@wsp/candidates';
import { ProposalStatus } from '../proposal-lifecycle';

@ObjectType({ description: "An account manager's interest in a suggested candidate, for the owning job coach." })
export class Interest {
  @Field(() => ID) id!: string;
  @Field(() => ID) vacancyId!: string;
  @Field(() => ID) profileId!: string;
  @Field(() => ID) expressedBy!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field({ description: 'OPEN, PROPOSED or DECLINED.' }) status!: string;
  @Field(() => String, { nullable: true }) declineReason!: string | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
}

@ObjectType({ description: 'One step of a proposal: who moved it, when and why.' })
export class ProposalStep {
  @Field(() => ProposalStatus, { nullable: true }) fromStatus!: ProposalStatus | null;
  @Field(() => ProposalStatus) toStatus!: ProposalStatus;
  @Field(() => ID) actorId!: string;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => DateTimeScalar) occurredAt!: Date;
}

@ObjectType({ description: "A job coach's proposal (voordracht) of their candidate for a vacancy." })
export class Proposal {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => ID) vacancyId!: string;
  @Field(() => ID) profileId!: string;
  @Field(() => ID) ownerOrganisationId!: string;
  @Field(() => CandidatePool) pool!: CandidatePool;
  @Field(() => ID) proposedBy!: string;
  @Field() motivation!: string;
  @Field(() => ProposalStatus) status!: ProposalStatus;
  @Field(() => [ProposalStep]) steps!: ProposalStep[];
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
}

@ObjectType({ description: 'A placement: anonymous facts that feed the regional reports.' })
export class Placement {
  @Field(() => ID) id!: string;
  @Field(() => ID) vacancyId!: string;
  @Field(() => ID) employerId!: string;
  @Field() regionCode!: string;
  @Field(() => CandidatePool) pool!: CandidatePool;
  @Field(() => ID) ownerOrganisationId!: string;
  @Field() occupationCode!: string;
  @Field() contractType!: string;
  @Field({ description: 'ISO date.' }) startDate!: string;
  @Field(() => Int) hoursPerWeek!: number;
  @Field() viaJointVisit!: boolean;
  @Field(() => [String]) targetGroups!: string[];
  @Field() maxWw!: boolean;
  @Field(() => Boolean, { nullable: true, description: 'For Max-WW candidates: started before the WW end month.' })
  placedBeforeWwEnd!: boolean | null;
}
