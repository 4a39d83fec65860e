import { Controller, Get, Query, Res } from '@nestjs/common';
import { Public } from '@wsp/platform';
import type { FastifyReply } from 'fastify';
import { CALENDAR_PATH, CalendarFeedService } from './calendar-feed.service';

/** Serves personal calendar feeds; the token is the credential, so the route is public. */
@Controller()
export class CalendarController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Get(CALENDAR_PATH)
  @Public()
  async feed(@Query('token') token: string | undefined, @Res() reply: FastifyReply): Promise<void> {
    const calendar = token && /^[A-Za-z0-9_-]{20,100}$/.test(token) ? await this.feeds.render(token) : undefined;
    // An unknown or revoked feed is a plain 404: nothing to cache, and nothing the log needs to warn about.
    if (!calendar) {
      await reply.code(404).header('cache-control', 'no-store').type('text/plain; charset=utf-8').send('Not found');
      return;
    }
    await reply.header('cache-control', 'private, max-age=300').type('text/calendar; charset=utf-8').send(calendar);
  }
}
