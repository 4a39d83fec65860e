/**
 * RFC 5545 output for the calendar feed (METHOD:PUBLISH) and for invitations by mail (RFC 5546 iTIP, METHOD:REQUEST
 * or CANCEL, with the same UID and SEQUENCE): one VCALENDAR with the Europe/Amsterdam time zone and one VEVENT per
 * visit. Small enough to write by hand; the e2e tests parse it with ical.js.
 */
export interface CalendarEvent {
  uid: string;
  sequence: number;
  start: Date;
  end: Date;
  updatedAt: Date;
  summary: string;
  description: string | null;
  location: string | null;
  cancelled: boolean;
  organizer: { name: string; email: string } | null;
  attendees: { name: string; email: string }[];
}

const TIME_ZONE = 'Europe/Amsterdam';

// The EU rule since 1996: summer time from the last Sunday of March 02:00 to the last Sunday of October 03:00.
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const LOCAL_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** `20270112T100000` in Amsterdam time. */
function localDateTime(date: Date): string {
  const part = Object.fromEntries(LOCAL_PARTS.formatToParts(date).map((p) => [p.type, p.value]));
  return `${part.year}${part.month}${part.day}T${part.hour}${part.minute}${part.second}`;
}

const HOUR_MS = 3_600_000;

/**
 * `DTSTART;TZID=Europe/Amsterdam:…` where the wall-clock time names one instant; in UTC form (`…Z`) in the hour
 * that October repeats, where 02:30 local is two instants and a calendar would have to guess.
 */
function dateTimeProperty(name: string, date: Date): string {
  const local = localDateTime(date);
  const ambiguous =
    localDateTime(new Date(date.getTime() - HOUR_MS)) === local ||
    localDateTime(new Date(date.getTime() + HOUR_MS)) === local;
  return ambiguous ? `${name}:${utcDateTime(date)}` : `${name};TZID=${TIME_ZONE}:${local}`;
}

const utcDateTime = (date: Date): string =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** Control characters other than line breaks have no place in a calendar: dropped. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and every line break (also a lone CR) escaped. */
function text(value: string): string {
  return value
    .replace(CONTROL, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** A parameter value (RFC 5545 3.2): always quoted, as a name may hold ',' ';' or ':'; no DQUOTE or line break in it. */
function param(value: string): string {
  return `"${value
    .replace(CONTROL, '')
    .replace(/[\r\n]+/g, ' ')
    .replace(/"/g, "'")}"`;
}

/** Lines longer than 75 octets continue on the next line after a space (RFC 5545 3.1). */
function fold(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  for (const char of line) {
    if (Buffer.byteLength(current + char, 'utf8') > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
    }
    current += char;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export type CalendarMethod = 'PUBLISH' | 'REQUEST' | 'CANCEL';

export function renderCalendar(
  name: string | null,
  events: CalendarEvent[],
  now = new Date(),
  method: CalendarMethod = 'PUBLISH',
): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Werkgeversservicepunt//wsp-crm//NL',
    'CALSCALE:GREGORIAN',
    `METHOD:${method}`,
    ...(name ? [`X-WR-CALNAME:${text(name)}`] : []),
    `X-WR-TIMEZONE:${TIME_ZONE}`,
    ...VTIMEZONE,
  ];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `SEQUENCE:${event.sequence}`,
      `DTSTAMP:${utcDateTime(now)}`,
      `LAST-MODIFIED:${utcDateTime(event.updatedAt)}`,
      dateTimeProperty('DTSTART', event.start),
      dateTimeProperty('DTEND', event.end),
      `SUMMARY:${text(event.summary)}`,
      `STATUS:${event.cancelled || method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED'}`,
    );
    if (event.description) lines.push(`DESCRIPTION:${text(event.description)}`);
    if (event.location) lines.push(`LOCATION:${text(event.location)}`);
    if (event.organizer) lines.push(`ORGANIZER;CN=${param(event.organizer.name)}:mailto:${event.organizer.email}`);
    for (const attendee of event.attendees) {
      // In an invitation each attendee is asked nothing back: the visit is agreed in the CRM, not by RSVP.
      const itip = method === 'PUBLISH' ? '' : ';PARTSTAT=NEEDS-ACTION;RSVP=FALSE';
      lines.push(`ATTENDEE;CN=${param(attendee.name)};ROLE=REQ-PARTICIPANT${itip}:mailto:${attendee.email}`);
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
