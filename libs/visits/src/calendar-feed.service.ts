import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, DomainError } from '@wsp/platform';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CalendarFeed } from './dto/visit.models';
import { calendarEventOf } from './visit-calendar';
import { renderCalendar } from './icalendar';
import { VisitService } from './visit.service';

export const CALENDAR_PATH = '/calendar/visits.ics';

const hashOf = (token: string): Buffer => createHash('sha256').update(token).digest();

/**
 * Personal iCalendar feeds: a secret URL per feed (only its hash is stored), revocable. The feed holds the
 * user's visits, with employers and professionals only: never candidate data.
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly visits: VisitService,
  ) {}

  async create(actor: Actor, baseUrl: string): Promise<CalendarFeed> {
    const token = randomBytes(32).toString('base64url');
    const [feed]: { id: string; created_at: Date }[] = await this.dataSource.query(
      'INSERT INTO calendar_feed (user_id, token_hash) VALUES ($1, $2) RETURNING id, created_at',
      [actor.userId, hashOf(token)],
    );
    // The secret rides in the query string, which request logs leave out.
    return { id: feed.id, url: `${baseUrl}${CALENDAR_PATH}?token=${token}`, createdAt: feed.created_at };
  }

  async list(actor: Actor): Promise<CalendarFeed[]> {
    const rows: { id: string; created_at: Date }[] = await this.dataSource.query(
      'SELECT id, created_at FROM calendar_feed WHERE user_id = $1 AND revoked_at IS NULL ORDER BY created_at',
      [actor.userId],
    );
    return rows.map((row) => ({ id: row.id, url: null, createdAt: row.created_at }));
  }

  async revoke(actor: Actor, id: string): Promise<boolean> {
    const [revoked] = await this.dataSource.query(
      `WITH revoked AS (
         UPDATE calendar_feed SET revoked_at = now() WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL RETURNING id)
       SELECT * FROM revoked`,
      [id, actor.userId],
    );
    if (!revoked) throw DomainError.notFound('Calendar feed');
    return true;
  }

  /** The feed's iCalendar text, or undefined for an unknown or revoked token. */
  async render(token: string): Promise<string | undefined> {
    const [feed]: { user_id: string; display_name: string }[] = await this.dataSource.query(
      `SELECT f.user_id, u.display_name FROM calendar_feed f JOIN app_user u ON u.id = f.user_id
        WHERE f.token_hash = $1 AND f.revoked_at IS NULL AND u.active`,
      [hashOf(token)],
    );
    if (!feed) return undefined;
    const visits = await this.visits.forCalendar(feed.user_id);
    const userIds = [...new Set(visits.flatMap((v) => v.participants.map((p) => p.userId)))];
    const users: { id: string; display_name: string; email: string }[] = await this.dataSource.query(
      'SELECT id, display_name, email FROM app_user WHERE id = ANY($1)',
      [userIds],
    );
    const person = new Map(users.map((u) => [u.id, { name: u.display_name, email: u.email }]));
    return renderCalendar(
      `Werkgeversbezoeken ${feed.display_name}`,
      visits.map((visit) => calendarEventOf(visit, person)),
    );
  }
}
