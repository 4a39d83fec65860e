import { Transactions } from '@wsp/platform';
import { Injectable } from '@nestjs/common';
import { FollowUp, Visit, VisitClash } from './dto/visit.models';
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
/** A page of visits by start (the keyset after $9, $10), with the count of all that match beside it. */
const VISIT_PAGE = `WITH matching AS (
     SELECT v.* FROM visit v
      WHERE v.region_code = ANY($1) AND v.starts_at >= $2 AND v.starts_at < $3
        AND ($4::uuid IS NULL OR v.employer_id = $4)
        AND ($5::text IS NULL OR v.status = $5)
        AND ($6::uuid IS NULL OR EXISTS (SELECT 1 FROM visit_participant p WHERE p.visit_id = v.id AND p.user_id = $6))
        AND ($7::uuid IS NULL OR EXISTS (SELECT 1 FROM visit_participant p WHERE p.visit_id = v.id AND p.organisation_id = $7))
        AND ($8::boolean IS NULL OR $8 = ((SELECT count(DISTINCT organisation_id) FROM visit_participant p WHERE p.visit_id = v.id) >= 2)))
   SELECT ${VISIT_COLUMNS}, v.starts_at::text AS "sortKey", (SELECT count(*) FROM matching) AS total
     FROM matching v
    WHERE $9::timestamptz IS NULL OR (v.starts_at, v.id) > ($9::timestamptz, $10::uuid)
    ORDER BY v.starts_at, v.id LIMIT $11`;

@Injectable()
export class VisitRepository {
  constructor(private readonly transactions: Transactions) {}

  /** An account's visits move to the account it was merged into (in the merge's transaction). */
  async moveToAccount(keepId: string, mergeId: string): Promise<void> {
    await this.transactions.tx.query('UPDATE visit SET employer_id = $1 WHERE employer_id = $2', [keepId, mergeId]);
  }

  /** The visit with its employer's name, read in the caller's transaction (so it sees the change being made). */
  async calendarVisit(id: string): Promise<CalendarVisit | undefined> {
    const [row]: (VisitRow & { employerName: string })[] = await this.transactions.tx.query(
      `SELECT ${VISIT_COLUMNS}, coalesce(e.trade_name, e.legal_name) AS "employerName"
         FROM visit v JOIN employer e ON e.id = v.employer_id WHERE v.id = $1`,
      [id],
    );
    return row ? withDetails(row) : undefined;
  }

  async insertVisit(row: {
    employerId: string;
    regionCode: string;
    startsAt: Date;
    endsAt: Date;
    locationKind: string;
    location: string | null;
    purpose: string;
    agenda: string | null;
    createdBy: string;
  }): Promise<string> {
    const [visit]: { id: string }[] = await this.transactions.tx.query(
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

  async insertFollowUp(row: {
    visitId: string;
    title: string;
    ownerId: string;
    dueOn: string | null;
  }): Promise<FollowUp> {
    const [followUp]: FollowUp[] = await this.transactions.tx.query(
      `INSERT INTO follow_up (visit_id, title, owner_id, due_on) VALUES ($1, $2, $3, $4) RETURNING ${FOLLOW_UP_COLUMNS}`,
      [row.visitId, row.title, row.ownerId, row.dueOn],
    );
    return followUp;
  }

  async followUp(id: string): Promise<FollowUp | undefined> {
    const [followUp]: FollowUp[] = await this.transactions.tx.query(
      `SELECT ${FOLLOW_UP_COLUMNS} FROM follow_up WHERE id = $1`,
      [id],
    );
    return followUp;
  }

  /** Names and work addresses of users (read from the directory's table). */
  async people(userIds: readonly string[]): Promise<Map<string, Person>> {
    const rows: { id: string; display_name: string; email: string }[] = await this.transactions.tx.query(
      'SELECT id, display_name, email FROM app_user WHERE id = ANY($1)',
      [userIds],
    );
    return new Map(rows.map((row) => [row.id, { name: row.display_name, email: row.email }]));
  }

  /** Open follow-ups due on `day` (a Dutch date, YYYY-MM-DD) of visits that were not cancelled. */
  followUpsDueOn(day: string): Promise<DueFollowUp[]> {
    return this.transactions.tx.query(
      `SELECT f.id, f.visit_id AS "visitId", f.owner_id AS "ownerId", f.title, f.due_on::text AS "dueOn",
              coalesce(e.trade_name, e.legal_name) AS "employerName"
         FROM follow_up f JOIN visit v ON v.id = f.visit_id JOIN employer e ON e.id = v.employer_id
        WHERE f.due_on = $1::date AND f.done_at IS NULL AND v.status <> 'CANCELLED'
        ORDER BY f.owner_id, f.id`,
      [day],
    );
  }

  /**
   * A page of the visits in `regionCodes` starting in [from, to) that match the filter, in start order, with the
   * total: `first + 1` rows (the last says there is a next page) after the cursor's start and id.
   */
  async visitPage(
    filter: VisitPageFilter,
    first: number,
    after?: readonly string[],
  ): Promise<{ rows: (VisitRow & { sortKey: string })[]; total: number }> {
    const rows: (VisitRow & { sortKey: string; total: string })[] = await this.transactions.tx.query(VISIT_PAGE, [
      filter.regionCodes,
      filter.from,
      filter.to,
      filter.employerId ?? null,
      filter.status ?? null,
      filter.participantId ?? null,
      filter.organisationId ?? null,
      filter.joint ?? null,
      after?.[0] ?? null,
      after?.[1] ?? null,
      first + 1,
    ]);
    // An empty page past the end carries no total: count on its own then (a cursor given, nothing after it).
    const total = rows.length > 0 ? Number(rows[0].total) : after ? await this.visitCount(filter) : 0;
    return { rows: rows.map(({ total: _total, ...row }) => row), total };
  }

  private async visitCount(filter: VisitPageFilter): Promise<number> {
    return (await this.visitPage(filter, 0)).total;
  }

  /**
   * A page of an owner's follow-ups on visits in `regionCodes` (open ones only when `open`), the soonest due first
   * and those without a due date last, in the order they were made: `first + 1` rows after the cursor, and the total.
   */
  async followUpPage(
    ownerId: string,
    regionCodes: readonly string[],
    open: boolean,
    first: number,
    after?: readonly string[],
  ): Promise<{ rows: (FollowUp & { dueKey: string; createdKey: string })[]; total: number }> {
    const rows: (FollowUp & { dueKey: string; createdKey: string; total: string })[] = await this.transactions.tx.query(
      `WITH matching AS (
         SELECT f.* FROM follow_up f JOIN visit v ON v.id = f.visit_id
          WHERE f.owner_id = $1 AND v.region_code = ANY($2) AND (NOT $3 OR f.done_at IS NULL))
       SELECT f.id, f.visit_id AS "visitId", f.title, f.owner_id AS "ownerId", f.due_on::text AS "dueOn",
              f.done_at AS "doneAt", f.version, coalesce(f.due_on, 'infinity')::text AS "dueKey",
              f.created_at::text AS "createdKey", (SELECT count(*) FROM matching) AS total
         FROM matching f
        WHERE $4::date IS NULL
           OR (coalesce(f.due_on, 'infinity'), f.created_at, f.id) > ($4::date, $5::timestamptz, $6::uuid)
        ORDER BY coalesce(f.due_on, 'infinity'), f.created_at, f.id LIMIT $7`,
      [ownerId, regionCodes, open, after?.[0] ?? null, after?.[1] ?? null, after?.[2] ?? null, first + 1],
    );
    const total =
      rows.length > 0
        ? Number(rows[0].total)
        : after
          ? (await this.followUpPage(ownerId, regionCodes, open, 0)).total
          : 0;
    return { rows: rows.map(({ total: _total, ...row }) => row), total };
  }

  async insertParticipants(
    visitId: string,
    rows: readonly { userId: string; organisationId: string; isLead: boolean }[],
  ): Promise<void> {
    await this.transactions.tx.query(
      `INSERT INTO visit_participant (visit_id, user_id, organisation_id, is_lead)
       SELECT $1, * FROM unnest($2::uuid[], $3::uuid[], $4::boolean[])`,
      [visitId, rows.map((r) => r.userId), rows.map((r) => r.organisationId), rows.map((r) => r.isLead)],
    );
  }

  async replaceParticipants(
    visitId: string,
    rows: readonly { userId: string; organisationId: string; isLead: boolean }[],
  ): Promise<void> {
    await this.transactions.tx.query('DELETE FROM visit_participant WHERE visit_id = $1', [visitId]);
    await this.insertParticipants(visitId, rows);
  }

  /** Whether any of these vacancies is not one of the employer's (or does not exist). */
  async anyVacancyNotOf(vacancyIds: readonly string[], employerId: string): Promise<boolean> {
    const [{ foreign }]: { foreign: number }[] = await this.transactions.tx.query(
      `SELECT count(*)::int AS foreign FROM unnest($1::uuid[]) id
        WHERE NOT EXISTS (SELECT 1 FROM vacancy WHERE vacancy.id = id AND employer_id = $2)`,
      [vacancyIds, employerId],
    );
    return foreign > 0;
  }

  /** The vacancies spotted at a visit (its report names them). */
  async linkVacancies(visitId: string, vacancyIds: readonly string[]): Promise<void> {
    await this.transactions.tx.query(
      'INSERT INTO visit_vacancy (visit_id, vacancy_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING',
      [visitId, vacancyIds],
    );
  }

  /** Whose a follow-up is, on which visit, at which version. */
  async followUpOwner(id: string): Promise<{ visit_id: string; owner_id: string; version: number } | undefined> {
    const [row]: { visit_id: string; owner_id: string; version: number }[] = await this.transactions.tx.query(
      'SELECT visit_id, owner_id, version FROM follow_up WHERE id = $1',
      [id],
    );
    return row;
  }

  /** Marks a follow-up done at `version` (the first completion's moment stays); undefined when the version moved on. */
  async completeFollowUp(id: string, version: number, userId: string): Promise<FollowUp | undefined> {
    const [done]: FollowUp[] = await this.transactions.tx.query(
      `WITH done AS (
         UPDATE follow_up SET done_at = coalesce(done_at, now()), done_by = $3, version = version + 1
          WHERE id = $1 AND version = $2 RETURNING *)
       SELECT ${FOLLOW_UP_COLUMNS} FROM done`,
      [id, version, userId],
    );
    return done;
  }

  async visit(id: string): Promise<VisitRow | undefined> {
    const [row]: VisitRow[] = await this.transactions.tx.query(`SELECT ${VISIT_COLUMNS} FROM visit v WHERE v.id = $1`, [
      id,
    ]);
    return row;
  }

  /** A user's visits from 90 days back, for their calendar feed. */
  forCalendar(userId: string): Promise<(VisitRow & { employerName: string })[]> {
    return this.transactions.tx.query(
      `SELECT ${VISIT_COLUMNS}, coalesce(e.trade_name, e.legal_name) AS "employerName"
         FROM visit v JOIN employer e ON e.id = v.employer_id
        WHERE EXISTS (SELECT 1 FROM visit_participant p WHERE p.visit_id = v.id AND p.user_id = $1)
          AND v.starts_at >= now() - interval '90 days'
        -- At most 1,000: the coming visits first (soonest first), then the past ones (latest first).
        ORDER BY v.ends_at < now(), CASE WHEN v.ends_at >= now() THEN v.starts_at END,
                 v.starts_at DESC
        LIMIT 1000`,
      [userId],
    );
  }

  /** Whether the user is on the employer's account team. */
  async onAccountTeam(employerId: string, userId: string): Promise<boolean> {
    const rows: unknown[] = await this.transactions.tx.query(
      'SELECT 1 FROM employer_team_member WHERE employer_id = $1 AND user_id = $2',
      [employerId, userId],
    );
    return rows.length > 0;
  }

  /**
   * Applies `changes` (columns to values; undefined ones are left) at `expectedVersion`, moving the version and the
   * iCalendar SEQUENCE on in the same statement; false when the version had moved on.
   */
  async bumpVersion(id: string, expectedVersion: number, changes: Record<string, unknown>): Promise<boolean> {
    const defined = Object.entries(changes).filter(([, value]) => value !== undefined);
    const updated: unknown[] = await this.transactions.tx.query(
      `WITH updated AS (
         UPDATE visit SET ${defined.map(([column], i) => `${column} = $${i + 3}`).join(', ')}${defined.length ? ',' : ''}
                version = version + 1, sequence = sequence + 1, updated_at = now()
          WHERE id = $1 AND version = $2 RETURNING id)
       SELECT * FROM updated`,
      [id, expectedVersion, ...defined.map(([, value]) => value)],
    );
    return updated.length > 0;
  }

  /**
   * Planned visits that book one of the participants at an overlapping time; the other visit's employer is named
   * only when it lies in one of `plannerRegions`.
   */
  clashes(
    slot: { startsAt: Date; endsAt: Date; participantIds: string[]; visitId?: string },
    plannerRegions: readonly string[],
  ): Promise<VisitClash[]> {
    return this.transactions.tx.query(
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

  /** The employer's other visits, not cancelled, within `days` of `startsAt`, with who takes part. */
  nearbyVisits(
    employerId: string,
    startsAt: Date,
    days: number,
    visitId: string | undefined,
  ): Promise<{ starts_at: Date; names: string }[]> {
    return this.transactions.tx.query(
      `SELECT o.starts_at, string_agg(u.display_name, ', ' ORDER BY u.display_name) AS names
         FROM visit o
         JOIN visit_participant p ON p.visit_id = o.id
         JOIN app_user u ON u.id = p.user_id
        WHERE o.employer_id = $1 AND o.id IS DISTINCT FROM $4 AND o.status <> 'CANCELLED'
          AND o.starts_at BETWEEN $2::timestamptz - $3 * interval '1 day' AND $2::timestamptz + $3 * interval '1 day'
        GROUP BY o.id, o.starts_at ORDER BY o.starts_at`,
      [employerId, startsAt, days, visitId ?? null],
    );
  }

  /** The employer's lead account manager when not among `participantIds`. */
  async uninvitedLead(
    employerId: string,
    participantIds: readonly string[],
  ): Promise<{ display_name: string } | undefined> {
    const [lead]: { display_name: string }[] = await this.transactions.tx.query(
      `SELECT u.display_name
         FROM employer_team_member t JOIN app_user u ON u.id = t.user_id
        WHERE t.employer_id = $1 AND t.is_lead AND NOT t.user_id = ANY($2)`,
      [employerId, participantIds],
    );
    return lead;
  }
}

/** What a page of visits is filtered on (the actor's regions, a time range, and the client's filter). */
export interface VisitPageFilter {
  regionCodes: readonly string[];
  from: Date;
  to: Date;
  employerId?: string;
  status?: string;
  participantId?: string;
  organisationId?: string;
  joint?: boolean;
}
