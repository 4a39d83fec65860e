import { createHash } from 'node:crypto';
import { WindowCount } from './rate-limit-storage';

/** The tracker of a signed-in user's limit: the token's subject, known before the directory is read. */
export const userTracker = (subject: string): string => `subject:${subject}`;

/** The tracker of a client address's limit. */
export const addressTracker = (ip: string | undefined): string => `ip:${ip}`;

/** The store's key of a tracker under a named limit: hashed, so no address or subject is stored as it is. */
export function rateLimitKey(limitName: string, tracker: string): string {
  return createHash('sha256').update(`${limitName}:${tracker}`).digest('hex');
}

/** The user's count, taken with the address's in one round trip, for the user guard to judge after sign-in. */
export const USER_COUNT = Symbol('userRateLimitCount');
/** Set on a request whose address was counted before its body was parsed. */
export const COUNTED_AT_EDGE = Symbol('rateLimitCountedAtEdge');

export type CountedRequest = {
  [USER_COUNT]?: { tracker: string; count: WindowCount };
  [COUNTED_AT_EDGE]?: boolean;
};
