import { Visit, VisitStatus } from './dto/visit.models';
import { CalendarEvent } from './icalendar';

/** A visit as the calendar (feed and invitations) needs it. */
export type CalendarVisit = Visit & { sequence: number; updatedAt: Date; employerName: string };

export interface Person {
  name: string;
  email: string;
}

/** The one UID of a visit in every calendar: the feed's and the invitations' events are the same event. */
export const visitUid = (visitId: string): string => `${visitId}@wsp-crm`;

/** A visit as an iCalendar event: employers and professionals only, never candidate data. */
export function calendarEventOf(visit: CalendarVisit, people: ReadonlyMap<string, Person>): CalendarEvent {
  const lead = visit.participants.find((p) => p.isLead);
  return {
    uid: visitUid(visit.id),
    sequence: visit.sequence,
    start: new Date(visit.startsAt),
    end: new Date(visit.endsAt),
    updatedAt: new Date(visit.updatedAt),
    summary: `${visit.joint ? 'Gezamenlijk werkgeversbezoek' : 'Werkgeversbezoek'}: ${visit.employerName}`,
    description: [visit.purpose, visit.agenda].filter(Boolean).join('\n\n'),
    location: visit.location,
    cancelled: visit.status === VisitStatus.CANCELLED,
    organizer: lead ? (people.get(lead.userId) ?? null) : null,
    attendees: visit.participants.map((p) => people.get(p.userId)).filter((person) => person !== undefined),
  };
}
