import { DomainError } from '@wsp/platform';
import { EntityManager } from 'typeorm';
import { PlanningWarning, VisitClash } from './dto/visit.models';

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
  manager: EntityManager,
  slot: Omit<PlannedSlot, 'employerId'>,
  plannerRegions: readonly string[] = [],
): Promise<VisitClash[]> {
  return manager.query(
    `SELECT p.visit_id AS "visitId", p.user_id AS "userId", u.display_name AS "participantName",
            v.starts_at AS "startsAt", v.ends_at AS "endsAt",
            CASE WHEN v.region_code = ANY($5) THEN coalesce(e.trade_name, e.legal_name) END AS "employerName"
       FROM visit_participant p
       JOIN visit v ON v.id = p.visit_id
       JOIN app_user u ON u.id = p.user_id
       JOIN employer e ON e.id = v.employer_id
      WHERE p.user_id = ANY($1) AND v.status = 'PLANNED' AND v.id IS DISTINCT FROM $4
        AND tstzrange(v.starts_at, v.ends_at) && tstzrange($2, $3)
      ORDER BY v.starts_at, u.display_name`,
    [slot.participantIds, slot.startsAt, slot.endsAt, slot.visitId ?? null, plannerRegions],
  );
}

/**
 * A participant already booked in an overlapping planned visit is a CONFLICT naming the visits, unless the
 * planner says `allowOverlap`.
 */
export async function assertNoOverlap(manager: EntityManager, slot: Omit<PlannedSlot, 'employerId'>): Promise<void> {
  const clashes = await findClashes(manager, slot);
  if (clashes.length > 0) {
    throw DomainError.conflict('A participant is already booked at that time (plan anyway with allowOverlap)', {
      overlapping: clashes.map((clash) => ({ visitId: clash.visitId, userId: clash.userId })),
    });
  }
}

/** Warnings that do not stop the planning: another visit to the employer within 30 days, an uninvited lead. */
export async function planningWarnings(manager: EntityManager, slot: PlannedSlot): Promise<PlanningWarning[]> {
  const nearby: { starts_at: Date; names: string }[] = await manager.query(
    `SELECT o.starts_at, string_agg(u.display_name, ', ' ORDER BY u.display_name) AS names
       FROM visit o
       JOIN visit_participant p ON p.visit_id = o.id
       JOIN app_user u ON u.id = p.user_id
      WHERE o.employer_id = $1 AND o.id IS DISTINCT FROM $4 AND o.status <> 'CANCELLED'
        AND o.starts_at BETWEEN $2::timestamptz - $3 * interval '1 day' AND $2::timestamptz + $3 * interval '1 day'
      GROUP BY o.id, o.starts_at ORDER BY o.starts_at`,
    [slot.employerId, slot.startsAt, NEARBY_VISIT_DAYS, slot.visitId ?? null],
  );
  const warnings: PlanningWarning[] = nearby.map((other) => ({
    code: 'NEARBY_VISIT',
    message: `Deze werkgever heeft binnen ${NEARBY_VISIT_DAYS} dagen nog een bezoek: ${dutchDateTime(new Date(other.starts_at))} met ${other.names}`,
  }));
  const [lead]: { display_name: string }[] = await manager.query(
    `SELECT u.display_name
       FROM employer_team_member t JOIN app_user u ON u.id = t.user_id
      WHERE t.employer_id = $1 AND t.is_lead AND NOT t.user_id = ANY($2)`,
    [slot.employerId, slot.participantIds],
  );
  if (lead) {
    warnings.push({
      code: 'LEAD_NOT_INVITED',
      message: `De leidend accountmanager van deze werkgever (${lead.display_name}) is niet uitgenodigd`,
    });
  }
  return warnings;
}
