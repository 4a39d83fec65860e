import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { FollowUp, Visit } from './dto/visit.models';
import { CalendarVisit, Person } from './visit-calendar';

export type VisitRow = Omit<Visit, 'joint' | 'followUps'> & {
  sequence: number;
  updatedAt: Date;
  /** As JSON: `doneAt` is still the timestamp's text. */
  followUps: (Omit<FollowUp, 'doneAt'> & { doneAt: string | null })[];
};

/** A visit's row with its participants, spotted vacancies and follow-ups: one statement for any number of visits. */
export const VISIT_COLUMNS = `v.id, v.version, v.employer_id AS "employerId", v.region_code AS "regionCode",
  v.starts_at AS "startsAt", v.ends_at AS "endsAt", v.location_kind AS "locationKind", v.location, v.purpose, v.agenda,
  v.status, v.cancel_reason AS "cancelReason", v.report, v.agreements, v.target_group_interest AS "targetGroupInterest",
  v.next_contact_on::text AS "nextContactOn", v.sequence, v.updated_at AS "updatedAt",
  (SELECT coalesce(json_agg(json_build_object('userId', p.user_id, 'organisationId', p.organisation_id, 'isLead', p.is_lead)
                            ORDER BY p.is_lead DESC, p.user_id), '[]')
     FROM visit_participant p WHERE p.visit_id = v.id) AS participants,
  ARRAY(SELECT x.vacancy_id FROM visit_vacancy x WHERE x.visit_id = v.id ORDER BY x.vacancy_id) AS "vacancyIds",
  (SELECT coalesce(json_agg(json_build_object('id', f.id, 'visitId', f.visit_id, 'title', f.title, 'ownerId', f.owner_id,
                                              'dueOn', f.due_on, 'doneAt', f.done_at, 'version', f.version)
                            ORDER BY f.created_at, f.id), '[]')
     FROM follow_up f WHERE f.visit_id = v.id) AS "followUps"`;
export const FOLLOW_UP_COLUMNS = `id, visit_id AS "visitId", title, owner_id AS "ownerId", due_on::text AS "dueOn",
  done_at AS "doneAt", version`;

/** A visit as the API shows it, from its row with participants, vacancies and follow-ups (one statement). */
export function withDetails<R extends VisitRow>(row: R): Visit & Omit<R, 'followUps'> {
  return {
    ...row,
    joint: new Set(row.participants.map((p) => p.organisationId)).size >= 2,
    followUps: row.followUps.map((f) => ({ ...f, doneAt: f.doneAt === null ? null : new Date(f.doneAt) })),
  };
}

/** An open follow-up that is due, with what its reminder says. */
export interface DueFollowUp {
  id: string;
  visitId: string;
  ownerId: string;
  title: string;
  dueOn: string;
  employerName: string;
}

/** The visits' reads for their notifications and invitations (the rest still lives in VisitService). */
@Injectable()
export class VisitRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The visit with its employer's name, read in the caller's transaction (so it sees the change being made). */
  async calendarVisit(manager: EntityManager, id: string): Promise<CalendarVisit | undefined> {
    const [row]: (VisitRow & { employerName: string })[] = await manager.query(
      `SELECT ${VISIT_COLUMNS}, coalesce(e.trade_name, e.legal_name) AS "employerName"
         FROM visit v JOIN employer e ON e.id = v.employer_id WHERE v.id = $1`,
      [id],
    );
    return row ? withDetails(row) : undefined;
  }

  async insertVisit(
    manager: EntityManager,
    row: {
      employerId: string;
      regionCode: string;
      startsAt: Date;
      endsAt: Date;
      locationKind: string;
      location: string | null;
      purpose: string;
      agenda: string | null;
      createdBy: string;
    },
  ): Promise<string> {
    const [visit]: { id: string }[] = await manager.query(
      `INSERT INTO visit (employer_id, region_code, starts_at, ends_at, location_kind, location, purpose, agenda, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        row.employerId,
        row.regionCode,
        row.startsAt,
        row.endsAt,
        row.locationKind,
        row.location,
        row.purpose,
        row.agenda,
        row.createdBy,
      ],
    );
    return visit.id;
  }

  async insertFollowUp(
    manager: EntityManager,
    row: { visitId: string; title: string; ownerId: string; dueOn: string | null },
  ): Promise<FollowUp> {
    const [followUp]: FollowUp[] = await manager.query(
      `INSERT INTO follow_up (visit_id, title, owner_id, due_on) VALUES ($1, $2, $3, $4) RETURNING ${FOLLOW_UP_COLUMNS}`,
      [row.visitId, row.title, row.ownerId, row.dueOn],
    );
    return followUp;
  }

  async followUp(id: string): Promise<FollowUp | undefined> {
    const [followUp]: FollowUp[] = await this.dataSource.query(
      `SELECT ${FOLLOW_UP_COLUMNS} FROM follow_up WHERE id = $1`,
      [id],
    );
    return followUp;
  }

  /** Names and work addresses of users (read from the directory's table). */
  async people(manager: EntityManager, userIds: readonly string[]): Promise<Map<string, Person>> {
    const rows: { id: string; display_name: string; email: string }[] = await manager.query(
      'SELECT id, display_name, email FROM app_user WHERE id = ANY($1)',
      [userIds],
    );
    return new Map(rows.map((row) => [row.id, { name: row.display_name, email: row.email }]));
  }

  /** Open follow-ups due on `day` (a Dutch date, YYYY-MM-DD) of visits that were not cancelled. */
  followUpsDueOn(day: string): Promise<DueFollowUp[]> {
    return this.dataSource.query(
      `SELECT f.id, f.visit_id AS "visitId", f.owner_id AS "ownerId", f.title, f.due_on::text AS "dueOn",
              coalesce(e.trade_name, e.legal_name) AS "employerName"
         FROM follow_up f JOIN visit v ON v.id = f.visit_id JOIN employer e ON e.id = v.employer_id
        WHERE f.due_on = $1::date AND f.done_at IS NULL AND v.status <> 'CANCELLED'
        ORDER BY f.owner_id, f.id`,
      [day],
    );
  }
}
