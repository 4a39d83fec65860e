import { Controller, Get, Header, NotFoundException, Query } from '@nestjs/common';
import { Public } from '@wsp/platform';
import { CALENDAR_PATH, CalendarFeedService } from './calendar-feed.service';

/** Serves personal calendar feeds; the token is the credential, so the route is public. */
@Controller()
export class CalendarController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Get(CALENDAR_PATH)
  @Public()
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('cache-control', 'private, max-age=300')
  async feed(@Query('token') token: string | undefined): Promise<string> {
    const calendar = token && /^[A-Za-z0-9_-]{20,100}$/.test(token) ? await this.feeds.render(token) : undefined;
    if (!calendar) throw new NotFoundException();
    return calendar;
  }
}
