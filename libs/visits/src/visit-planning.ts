import { DomainError } from '@wsp/platform';
import { PlanningWarning, VisitClash } from './dto/visit.models';
import type { VisitRepository } from './visit.repository';

/** Another visit to the same employer this close is worth a warning ("one face to the employer"). */
export const NEARBY_VISIT_DAYS = 30;

const DUTCH_DATE_TIME = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  dateStyle: 'short',
  timeStyle: 'short',
});
export const dutchDateTime = (date: Date): string => DUTCH_DATE_TIME.format(date);

/** A visit as planned or about to be: whom it books when, at which employer. */
export interface PlannedSlot {
  employerId: string;
  startsAt: Date;
  endsAt: Date;
  participantIds: string[];
  /** The visit itself, when it exists already (it does not clash with itself). */
  visitId?: string;
}

/**
 * Planned visits that book one of the participants at an overlapping time. The other visit's employer is named
 * only when it lies in one of the planner's regions.
 */
export async function findClashes(
  rows: VisitRepository,
  slot: Omit<PlannedSlot, 'employerId'>,
  plannerRegions: readonly string[] = [],
): Promise<VisitClash[]> {
  return rows.clashes(slot, plannerRegions);
}

/**
 * A participant already booked in an overlapping planned visit is a CONFLICT naming the visits, unless the
 * planner says `allowOverlap`.
 */
export async function assertNoOverlap(rows: VisitRepository, slot: Omit<PlannedSlot, 'employerId'>): Promise<void> {
  const clashes = await findClashes(rows, slot);
  if (clashes.length > 0) {
    throw DomainError.conflict('A participant is already booked at that time (plan anyway with allowOverlap)', {
      overlapping: clashes.map((clash) => ({ visitId: clash.visitId, userId: clash.userId })),
    });
  }
}

/** Warnings that do not stop the planning: another visit to the employer within 30 days, an uninvited lead. */
export async function planningWarnings(rows: VisitRepository, slot: PlannedSlot): Promise<PlanningWarning[]> {
  const nearby = await rows.nearbyVisits(slot.employerId, slot.startsAt, NEARBY_VISIT_DAYS, slot.visitId);
  const warnings: PlanningWarning[] = nearby.map((other) => ({
    code: 'NEARBY_VISIT',
    message: `Deze werkgever heeft binnen ${NEARBY_VISIT_DAYS} dagen nog een bezoek: ${dutchDateTime(new Date(other.starts_at))} met ${other.names}`,
  }));
  const lead = await rows.uninvitedLead(slot.employerId, slot.participantIds);
  if (lead) {
    warnings.push({
      code: 'LEAD_NOT_INVITED',
      message: `De leidend accountmanager van deze werkgever (${lead.display_name}) is niet uitgenodigd`,
    });
  }
  return warnings;
}
