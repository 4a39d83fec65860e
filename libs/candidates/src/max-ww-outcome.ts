import { registerEnumType } from '@nestjs/graphql';
import { addMonths } from './profile-rules';

/** Where a Max-WW candidate stands: every candidate of a cohort has exactly one (docs/REPORTS.md). */
export enum MaxWwOutcome {
  /** Started work before the first day of the month the WW ends. */
  PLACED_BEFORE_WW_END = 'PLACED_BEFORE_WW_END',
  /** Started work in or after the month the WW ends. */
  PLACED_AFTER_WW_END = 'PLACED_AFTER_WW_END',
  /** Shared in the pool, no work yet, WW not ended. */
  SEARCHING = 'SEARCHING',
  /** The WW ended without work through us: the municipality's early warning of possible inflow into bijstand. */
  WW_ENDED_UNPLACED = 'WW_ENDED_UNPLACED',
  /** The profile was withdrawn (with a reason) or expired without work. */
  LEFT_POOL = 'LEFT_POOL',
  /** Paused by the job coach, WW not ended. */
  PAUSED = 'PAUSED',
}
registerEnumType(MaxWwOutcome, { name: 'MaxWwOutcome' });

/** Why a job coach withdraws a profile: a code, never free text. */
export enum WithdrawalReason {
  WORK_FOUND_ELSEWHERE = 'WORK_FOUND_ELSEWHERE',
  MOVED_AWAY = 'MOVED_AWAY',
  NO_LONGER_WANTS_SUPPORT = 'NO_LONGER_WANTS_SUPPORT',
  OTHER = 'OTHER',
}
registerEnumType(WithdrawalReason, { name: 'WithdrawalReason' });

/** Why a candidate left the pool: a withdrawal's reason, or the retention date passing. */
export enum LeftPoolReason {
  WORK_FOUND_ELSEWHERE = 'WORK_FOUND_ELSEWHERE',
  MOVED_AWAY = 'MOVED_AWAY',
  NO_LONGER_WANTS_SUPPORT = 'NO_LONGER_WANTS_SUPPORT',
  OTHER = 'OTHER',
  PROFILE_EXPIRED = 'PROFILE_EXPIRED',
}
registerEnumType(LeftPoolReason, { name: 'LeftPoolReason' });

/** The reason a withdrawal leaves in the cohort counts. */
export const LEFT_ON_WITHDRAWAL: Record<WithdrawalReason, LeftPoolReason> = {
  [WithdrawalReason.WORK_FOUND_ELSEWHERE]: LeftPoolReason.WORK_FOUND_ELSEWHERE,
  [WithdrawalReason.MOVED_AWAY]: LeftPoolReason.MOVED_AWAY,
  [WithdrawalReason.NO_LONGER_WANTS_SUPPORT]: LeftPoolReason.NO_LONGER_WANTS_SUPPORT,
  [WithdrawalReason.OTHER]: LeftPoolReason.OTHER,
};

/** What a profile tells about its Max-WW cohort: nothing that identifies the person. */
export interface MaxWwFacts {
  status: 'ACTIVE' | 'PAUSED' | 'PLACED';
  /** The day the profile entered the Max-WW pool. */
  maxWwSince: string;
  /** First day of the month the WW ends (null only for records older than the rule that requires it). */
  wwEndMonth: string | null;
  /** First working day, while PLACED. */
  workStartedOn: string | null;
}

/** A candidate's outcome with what the cohort report counts beside it. */
export interface CohortPosition {
  outcome: MaxWwOutcome;
  leftReason: LeftPoolReason | null;
  /** Whole weeks from entering the pool to the first working day, for a placed candidate. */
  weeksToWork: number | null;
}

const DAY_MS = 86_400_000;

/** The first day of the month of `date` (`YYYY-MM-DD`). */
export const monthOf = (date: string): string => `${date.slice(0, 7)}-01`;

/**
 * A profile's outcome today. Work beats everything; then a WW that has ended (from the first day of its end
 * month) beats a pause, because from then on the warning matters more than the pause.
 */
export function currentOutcome(facts: MaxWwFacts, today: string): CohortPosition {
  if (facts.status === 'PLACED') {
    // The database keeps the first working day of every placed profile; the day itself stands in for it otherwise.
    const started = facts.workStartedOn ?? today;
    const before = facts.wwEndMonth === null || started < facts.wwEndMonth;
    return {
      outcome: before ? MaxWwOutcome.PLACED_BEFORE_WW_END : MaxWwOutcome.PLACED_AFTER_WW_END,
      leftReason: null,
      weeksToWork: weeksBetween(facts.maxWwSince, started),
    };
  }
  if (wwEnded(facts.wwEndMonth, today)) return position(MaxWwOutcome.WW_ENDED_UNPLACED);
  return position(facts.status === 'PAUSED' ? MaxWwOutcome.PAUSED : MaxWwOutcome.SEARCHING);
}

/**
 * The outcome a deleted profile leaves behind as a count. A placement stays a placement. A withdrawal says why
 * the person left. A profile that expired leaves the pool, unless its WW had ended: that warning stays.
 */
export function outcomeOnLeaving(facts: MaxWwFacts, today: string, reason: LeftPoolReason): CohortPosition {
  const now = currentOutcome(facts, today);
  if (now.outcome === MaxWwOutcome.PLACED_BEFORE_WW_END || now.outcome === MaxWwOutcome.PLACED_AFTER_WW_END) {
    return now;
  }
  if (reason === LeftPoolReason.PROFILE_EXPIRED && now.outcome === MaxWwOutcome.WW_ENDED_UNPLACED) return now;
  return { outcome: MaxWwOutcome.LEFT_POOL, leftReason: reason, weeksToWork: null };
}

/** Whether the WW has ended on `today`: it ends on the first day of its end month. */
export function wwEnded(wwEndMonth: string | null, today: string): boolean {
  return wwEndMonth !== null && wwEndMonth <= today;
}

/** In how many calendar months the WW ends: 1 when it ends next month; 0 or less when it has ended. */
export function monthsUntilWwEnd(wwEndMonth: string, today: string): number {
  const [year, month] = wwEndMonth.split('-').map(Number);
  const [thisYear, thisMonth] = today.split('-').map(Number);
  return (year - thisYear) * 12 + (month - thisMonth);
}

/** The last WW end month (first day) that is at most `months` months away from `today`. */
export function wwEndWithin(today: string, months: number): string {
  return addMonths(monthOf(today), months);
}

function weeksBetween(from: string, to: string): number {
  return Math.max(0, Math.floor((Date.parse(to) - Date.parse(from)) / (7 * DAY_MS)));
}

function position(outcome: MaxWwOutcome): CohortPosition {
  return { outcome, leftReason: null, weeksToWork: null };
}
