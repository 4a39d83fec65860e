import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, DateTimeScalar } from '@wsp/platform';

export enum NotificationKind {
  /** A candidate profile expires within 14 days: renew it or let it go. */
  PROFILE_EXPIRING = 'PROFILE_EXPIRING',
  /** An account manager is interested in your candidate for a vacancy. */
  CANDIDATE_INTEREST = 'CANDIDATE_INTEREST',
  /** The owning job coach declined your interest, with a reason. */
  INTEREST_DECLINED = 'INTEREST_DECLINED',
  /** A job coach proposed a candidate for your vacancy. */
  CANDIDATE_PROPOSED = 'CANDIDATE_PROPOSED',
  /** A proposal you are involved in moved a step. */
  PROPOSAL_CHANGED = 'PROPOSAL_CHANGED',
}
registerEnumType(NotificationKind, { name: 'NotificationKind' });

@ObjectType({ description: 'An in-app message for one user.' })
export class Notification {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field({ description: "Dutch text for the user; never a job seeker's data." })
  message!: string;

  @Field(() => String, { nullable: true, description: 'What it is about, e.g. CANDIDATE_PROFILE.' })
  entityType!: string | null;

  @Field(() => ID, { nullable: true })
  entityId!: string | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  readAt!: Date | null;
}

export const NotificationConnection = Connection(Notification);
