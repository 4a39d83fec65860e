import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, DateTimeScalar } from '@wsp/platform';

export enum NotificationKind {
  /** An account manager is interested in your candidate for a vacancy. */
  CANDIDATE_INTEREST = 'CANDIDATE_INTEREST',
  /** A job coach proposed a candidate for your vacancy. */
  CANDIDATE_PROPOSED = 'CANDIDATE_PROPOSED',
  /** A proposal you are involved in moved a step. */
  PROPOSAL_CHANGED = 'PROPOSAL_CHANGED',
  /** The owning job coach declined your interest, with a reason. */
  INTEREST_DECLINED = 'INTEREST_DECLINED',
  /** A candidate profile expires within 14 days: renew it or let it go. */
  PROFILE_EXPIRING = 'PROFILE_EXPIRING',
  /** The WW of a Max-WW candidate of yours ends within two months, and they have no work yet. */
  MAX_WW_ENDING = 'MAX_WW_ENDING',
  /** A candidate profile of yours reached its retention date and was removed. */
  PROFILE_REMOVED = 'PROFILE_REMOVED',
  /** You take part in a (joint) employer visit someone planned. */
  VISIT_INVITED = 'VISIT_INVITED',
  /** A visit you take part in was changed (time, place, agenda or participants). */
  VISIT_CHANGED = 'VISIT_CHANGED',
  /** A visit you took part in was cancelled, or you no longer take part. */
  VISIT_CANCELLED = 'VISIT_CANCELLED',
  /** Someone gave you a follow-up of a visit. */
  FOLLOW_UP_ASSIGNED = 'FOLLOW_UP_ASSIGNED',
  /** A follow-up of yours is due tomorrow. */
  FOLLOW_UP_DUE = 'FOLLOW_UP_DUE',
  /** An import you uploaded finished (with the rows it refused, if any). */
  IMPORT_FINISHED = 'IMPORT_FINISHED',
}
registerEnumType(NotificationKind, { name: 'NotificationKind' });

export enum NotificationDelivery {
  /** An e-mail right away (a visit's with a calendar invitation), and in the app. */
  IMMEDIATE = 'IMMEDIATE',
  /** In the daily e-mail at 07:30 (Dutch time), and in the app. */
  DAILY_DIGEST = 'DAILY_DIGEST',
  /** In the app only. */
  IN_APP_ONLY = 'IN_APP_ONLY',
}
registerEnumType(NotificationDelivery, { name: 'NotificationDelivery' });

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

  @Field(() => String, { nullable: true, description: 'Where in the web app to act on it, e.g. /bezoeken/<id>.' })
  path!: string | null;

  @Field(() => NotificationDelivery, { description: 'How it reached (or will reach) its user besides the app.' })
  delivery!: NotificationDelivery;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  readAt!: Date | null;
}

export const NotificationConnection = Connection(Notification);

@ObjectType({ description: 'How one kind of notification reaches the signed-in user.' })
export class NotificationPreference {
  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field(() => NotificationDelivery)
  delivery!: NotificationDelivery;

  @Field({ description: 'True while the user has not chosen: the delivery is the default for this kind.' })
  isDefault!: boolean;
}

@ObjectType({ description: 'An address the mail server refused for a user: their administrator corrects it.' })
export class MailProblem {
  @Field()
  address!: string;

  @Field({ description: "The mail server's answer." })
  reason!: string;

  @Field(() => DateTimeScalar)
  detectedAt!: Date;
}

@ObjectType({ description: 'A message the development mail sink received (only outside production).' })
export class DevMailboxMessage {
  @Field(() => ID)
  id!: string;

  @Field(() => DateTimeScalar)
  receivedAt!: Date;

  @Field()
  from!: string;

  @Field(() => [String])
  to!: string[];

  @Field()
  subject!: string;

  @Field({ description: 'The plain-text part.' })
  text!: string;

  @Field(() => String, {
    nullable: true,
    description: 'REQUEST or CANCEL when the message carries a calendar invitation.',
  })
  calendarMethod!: string | null;
}
