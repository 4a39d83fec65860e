import { DomainError } from '@wsp/platform';
import { EntityManager } from 'typeorm';
import { PlanningWarning } from './dto/visit.models';

/** Another visit to the same employer this close is worth a warning ("one face to the employer"). */
export const NEARBY_VISIT_DAYS = 30;

const DUTCH_DATE_TIME = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  dateStyle: 'short',
  timeStyle: 'short',
});
export const dutchDateTime = (date: Date): string => DUTCH_DATE_TIME.format(date);

/**
 * A participant already booked in an overlapping planned visit is a CONFLICT naming the visits, unless the
 * planner says `allowOverlap`.
 */
export async function assertNoOverlap(
  manager: EntityManager,
  visit: { id?: string; startsAt: Date; endsAt: Date; participantIds: string[] },
): Promise<void> {
  const overlapping: { visit_id: string; user_id: string }[] = await manager.query(
    `SELECT p.visit_id, p.user_id
       FROM visit_participant p JOIN visit v ON v.id = p.visit_id
      WHERE p.user_id = ANY($1) AND v.status = 'PLANNED' AND v.id IS DISTINCT FROM $4
        AND tstzrange(v.starts_at, v.ends_at) && tstzrange($2, $3)`,
    [visit.participantIds, visit.startsAt, visit.endsAt, visit.id ?? null],
  );
  if (overlapping.length > 0) {
    throw DomainError.conflict('A participant is already booked at that time (plan anyway with allowOverlap)', {
      overlapping: overlapping.map((row) => ({ visitId: row.visit_id, userId: row.user_id })),
    });
  }
}

/** Warnings that do not stop the planning: another visit to the employer within 30 days, an uninvited lead. */
export async function planningWarnings(manager: EntityManager, visitId: string): Promise<PlanningWarning[]> {
  const nearby: { starts_at: Date; names: string }[] = await manager.query(
    `SELECT o.starts_at, string_agg(u.display_name, ', ' ORDER BY u.display_name) AS names
       FROM visit v
       JOIN visit o ON o.employer_id = v.employer_id AND o.id <> v.id AND o.status <> 'CANCELLED'
                   AND o.starts_at BETWEEN v.starts_at - $2 * interval '1 day' AND v.starts_at + $2 * interval '1 day'
       JOIN visit_participant p ON p.visit_id = o.id
       JOIN app_user u ON u.id = p.user_id
      WHERE v.id = $1
      GROUP BY o.id, o.starts_at ORDER BY o.starts_at`,
    [visitId, NEARBY_VISIT_DAYS],
  );
  const warnings: PlanningWarning[] = nearby.map((other) => ({
    code: 'NEARBY_VISIT',
    message: `Deze werkgever heeft binnen ${NEARBY_VISIT_DAYS} dagen nog een bezoek: ${dutchDateTime(new Date(other.starts_at))} met ${other.names}`,
  }));
  const [lead]: { display_name: string }[] = await manager.query(
    `SELECT u.display_name
       FROM visit v
       JOIN employer_team_member t ON t.employer_id = v.employer_id AND t.is_lead
       JOIN app_user u ON u.id = t.user_id
      WHERE v.id = $1 AND NOT EXISTS (SELECT 1 FROM visit_participant p WHERE p.visit_id = v.id AND p.user_id = t.user_id)`,
    [visitId],
  );
  if (lead) {
    warnings.push({
      code: 'LEAD_NOT_INVITED',
      message: `De leidend accountmanager van deze werkgever (${lead.display_name}) is niet uitgenodigd`,
    });
  }
  return warnings;
}
