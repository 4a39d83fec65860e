import { NotificationDelivery, NotificationKind } from './notification.models';

const { IMMEDIATE, DAILY_DIGEST } = NotificationDelivery;

/**
 * How a kind reaches a user who has not chosen. What another person waits on goes out at once (the warm handover
 * lives on answers the same day, and a visit's invitation must reach the calendar); reminders that can wait for
 * the morning go in the daily digest.
 */
export const DEFAULT_DELIVERY: Readonly<Record<NotificationKind, NotificationDelivery>> = {
  [NotificationKind.CANDIDATE_INTEREST]: IMMEDIATE,
  [NotificationKind.CANDIDATE_PROPOSED]: IMMEDIATE,
  [NotificationKind.PROPOSAL_CHANGED]: IMMEDIATE,
  [NotificationKind.INTEREST_DECLINED]: IMMEDIATE,
  [NotificationKind.PROFILE_EXPIRING]: DAILY_DIGEST,
  [NotificationKind.MAX_WW_ENDING]: DAILY_DIGEST,
  [NotificationKind.PROFILE_REMOVED]: DAILY_DIGEST,
  [NotificationKind.VISIT_INVITED]: IMMEDIATE,
  [NotificationKind.VISIT_CHANGED]: IMMEDIATE,
  [NotificationKind.VISIT_CANCELLED]: IMMEDIATE,
  [NotificationKind.FOLLOW_UP_ASSIGNED]: IMMEDIATE,
  [NotificationKind.FOLLOW_UP_DUE]: IMMEDIATE,
  [NotificationKind.IMPORT_FINISHED]: IMMEDIATE,
};

/** The kinds in the order the settings screen lists them. */
export const NOTIFICATION_KINDS = Object.keys(DEFAULT_DELIVERY) as NotificationKind[];
