import { Injectable } from '@nestjs/common';
import { Actor, DomainError } from '@wsp/platform';
import { createHash, randomBytes } from 'node:crypto';
import { CalendarFeedRepository } from './calendar-feed.repository';
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
    private readonly feeds: CalendarFeedRepository,
    private readonly visits: VisitService,
  ) {}

  async create(actor: Actor, baseUrl: string): Promise<CalendarFeed> {
    const token = randomBytes(32).toString('base64url');
    const feed = await this.feeds.create(actor.userId, hashOf(token));
    // The secret rides in the query string, which request logs leave out.
    return { id: feed.id, url: `${baseUrl}${CALENDAR_PATH}?token=${token}`, createdAt: feed.created_at };
  }

  async list(actor: Actor): Promise<CalendarFeed[]> {
    const rows = await this.feeds.active(actor.userId);
    return rows.map((row) => ({ id: row.id, url: null, createdAt: row.created_at }));
  }

  async revoke(actor: Actor, id: string): Promise<boolean> {
    if (!(await this.feeds.revoke(id, actor.userId))) throw DomainError.notFound('Calendar feed');
    return true;
  }

  /** The feed's iCalendar text, or undefined for an unknown or revoked token. */
  async render(token: string): Promise<string | undefined> {
    const feed = await this.feeds.ownerOf(hashOf(token));
    if (!feed) return undefined;
    const visits = await this.visits.forCalendar(feed.user_id);
    const userIds = [...new Set(visits.flatMap((v) => v.participants.map((p) => p.userId)))];
    const users = await this.feeds.people(userIds);
    const person = new Map(users.map((u) => [u.id, { name: u.display_name, email: u.email }]));
    return renderCalendar(
      `Werkgeversbezoeken ${feed.display_name}`,
      visits.map((visit) => calendarEventOf(visit, person)),
    );
  }
}
