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

const utcDateTime = (date: Date): string =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

function text(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
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
      `DTSTART;TZID=${TIME_ZONE}:${localDateTime(event.start)}`,
      `DTEND;TZID=${TIME_ZONE}:${localDateTime(event.end)}`,
      `SUMMARY:${text(event.summary)}`,
      `STATUS:${event.cancelled || method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED'}`,
    );
    if (event.description) lines.push(`DESCRIPTION:${text(event.description)}`);
    if (event.location) lines.push(`LOCATION:${text(event.location)}`);
    if (event.organizer) lines.push(`ORGANIZER;CN=${text(event.organizer.name)}:mailto:${event.organizer.email}`);
    for (const attendee of event.attendees) {
      // In an invitation each attendee is asked nothing back: the visit is agreed in the CRM, not by RSVP.
      const itip = method === 'PUBLISH' ? '' : ';PARTSTAT=NEEDS-ACTION;RSVP=FALSE';
      lines.push(`ATTENDEE;CN=${text(attendee.name)};ROLE=REQ-PARTICIPANT${itip}:mailto:${attendee.email}`);
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
