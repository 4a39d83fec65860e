import { Connection, DateTimeScalar } from '@wsp/platform';
import { TargetGroup } from '@wsp/candidates';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum VisitStatus {
  PLANNED = 'PLANNED',
  HELD = 'HELD',
  CANCELLED = 'CANCELLED',
}
registerEnumType(VisitStatus, { name: 'VisitStatus', description: 'PLANNED -> HELD | CANCELLED.' });

export enum VisitLocationKind {
  /** At the employer's business address (the default). */
  AT_EMPLOYER = 'AT_EMPLOYER',
  ONLINE = 'ONLINE',
  ELSEWHERE = 'ELSEWHERE',
}
registerEnumType(VisitLocationKind, { name: 'VisitLocationKind' });

@ObjectType()
export class VisitParticipant {
  @Field(() => ID) userId!: string;
  @Field(() => ID) organisationId!: string;
  @Field() isLead!: boolean;
}

@ObjectType({ description: 'A follow-up action agreed at a visit.' })
export class FollowUp {
  @Field(() => ID) id!: string;
  @Field(() => ID) visitId!: string;
  @Field() title!: string;
  @Field(() => ID) ownerId!: string;
  @Field(() => String, { nullable: true, description: 'ISO date.' }) dueOn!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) doneAt!: Date | null;
  @Field(() => Int) version!: number;
}

@ObjectType({ description: 'A (joint) employer visit.' })
export class Visit {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => ID) employerId!: string;
  @Field() regionCode!: string;
  @Field(() => DateTimeScalar, { description: 'UTC; show in Europe/Amsterdam.' }) startsAt!: Date;
  @Field(() => DateTimeScalar) endsAt!: Date;
  @Field(() => VisitLocationKind) locationKind!: VisitLocationKind;
  @Field(() => String, { nullable: true, description: 'The address, or the meeting link for ONLINE.' })
  location!: string | null;
  @Field() purpose!: string;
  @Field(() => String, { nullable: true }) agenda!: string | null;
  @Field(() => VisitStatus) status!: VisitStatus;
  @Field(() => String, { nullable: true }) cancelReason!: string | null;
  @Field(() => String, { nullable: true }) report!: string | null;
  @Field(() => String, { nullable: true }) agreements!: string | null;
  @Field(() => [TargetGroup], { description: 'Target groups the employer is interested in.' })
  targetGroupInterest!: TargetGroup[];
  @Field(() => String, { nullable: true, description: 'ISO date.' }) nextContactOn!: string | null;
  @Field(() => [VisitParticipant]) participants!: VisitParticipant[];
  @Field({ description: 'Participants from at least two organisations (derived).' }) joint!: boolean;
  @Field(() => [ID], { description: 'Vacancies spotted at the visit.' }) vacancyIds!: string[];
  @Field(() => [FollowUp]) followUps!: FollowUp[];
}

@ObjectType({ description: 'Something to know before the visit, not an error ("one face to the employer").' })
export class PlanningWarning {
  @Field({ description: 'NEARBY_VISIT or LEAD_NOT_INVITED.' }) code!: string;
  @Field({ description: 'In Dutch, for the planner.' }) message!: string;
}

@ObjectType({ description: 'A participant already booked in another planned visit at an overlapping time.' })
export class VisitClash {
  @Field(() => ID) visitId!: string;
  @Field(() => ID) userId!: string;
  @Field() participantName!: string;
  @Field(() => DateTimeScalar) startsAt!: Date;
  @Field(() => DateTimeScalar) endsAt!: Date;
  @Field(() => String, {
    nullable: true,
    description: "The other visit's employer, when it is in one of your regions.",
  })
  employerName!: string | null;
}

@ObjectType({ description: 'What planning this visit would run into, before anything is saved.' })
export class PlanningCheck {
  @Field(() => [VisitClash], { description: 'Empty, or plan only with allowOverlap.' }) clashes!: VisitClash[];
  @Field(() => [PlanningWarning]) warnings!: PlanningWarning[];
}

@ObjectType()
export class VisitResult {
  @Field(() => Visit) visit!: Visit;
  @Field(() => [PlanningWarning]) warnings!: PlanningWarning[];
}

@ObjectType({ description: 'A personal iCalendar feed of your visits; the URL is shown once.' })
export class CalendarFeed {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true, description: 'Only when created: keep it, it cannot be shown again.' })
  url!: string | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
}

export const VisitConnection = Connection(Visit);
export const FollowUpConnection = Connection(FollowUp);
