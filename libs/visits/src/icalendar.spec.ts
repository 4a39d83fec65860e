import ICAL from 'ical.js';
import { CalendarEvent, renderCalendar } from './icalendar';

const event = (changes: Partial<CalendarEvent>): CalendarEvent => ({
  uid: 'visit@wsp-crm',
  sequence: 0,
  start: new Date('2027-01-12T09:00:00Z'),
  end: new Date('2027-01-12T10:00:00Z'),
  updatedAt: new Date('2027-01-01T00:00:00Z'),
  summary: 'Werkgeversbezoek: Bakkerij de Korenschoof',
  description: null,
  location: null,
  cancelled: false,
  organizer: null,
  attendees: [],
  ...changes,
});

function parsed(calendar: string): ICAL.Event[] {
  const component = new ICAL.Component(ICAL.parse(calendar));
  component.getAllSubcomponents('vtimezone').forEach((zone) => ICAL.TimezoneService.register(zone));
  return component.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

describe('iCalendar output', () => {
  it('writes the repeated October hour in UTC, so 00:30Z and 01:30Z (both 02:30 local) stay apart', () => {
    const calendar = renderCalendar('Bezoeken', [
      event({ uid: 'a', start: new Date('2026-10-25T00:30:00Z'), end: new Date('2026-10-25T01:00:00Z') }),
      event({ uid: 'b', start: new Date('2026-10-25T01:30:00Z'), end: new Date('2026-10-25T02:30:00Z') }),
    ]);
    expect(calendar).toContain('DTSTART:20261025T003000Z');
    expect(calendar).toContain('DTSTART:20261025T013000Z');
    // The end of the second (03:30 local, once only) keeps the time zone.
    expect(calendar).toContain('DTEND;TZID=Europe/Amsterdam:20261025T033000');
    const [first, second] = parsed(calendar);
    expect(first.startDate.toJSDate().toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(second.startDate.toJSDate().toISOString()).toBe('2026-10-25T01:30:00.000Z');
  });

  it('keeps local time with its zone everywhere else, also in the hour March skips', () => {
    const calendar = renderCalendar('Bezoeken', [
      event({ start: new Date('2027-03-28T01:30:00Z'), end: new Date('2027-03-28T02:00:00Z') }),
    ]);
    expect(calendar).toContain('DTSTART;TZID=Europe/Amsterdam:20270328T033000');
    expect(parsed(calendar)[0].startDate.toJSDate().toISOString()).toBe('2027-03-28T01:30:00.000Z');
  });

  it('quotes names in parameters, escapes a lone carriage return and drops other control characters', () => {
    const calendar = renderCalendar('Bezoeken', [
      event({
        description: 'Eerste regel\rtweede\u0007 regel; met, tekens',
        organizer: { name: 'de Vries, Team Noord: "UWV"', email: 'sanne.devries@uwv.example' },
        attendees: [{ name: 'Fatma Yilmaz; Werkplein', email: 'fatma@wpda.example' }],
      }),
    ]);
    const unfolded = calendar.replace(/\r\n /g, '');
    expect(unfolded).toContain('ORGANIZER;CN="de Vries, Team Noord: \'UWV\'":mailto:sanne.devries@uwv.example');
    expect(unfolded).toContain('ATTENDEE;CN="Fatma Yilmaz; Werkplein";ROLE=REQ-PARTICIPANT:mailto:fatma@wpda.example');
    expect(calendar).not.toContain('\u0007');
    expect(calendar).not.toMatch(/\r(?!\n)/);
    const [parsedEvent] = parsed(calendar);
    expect(parsedEvent.description).toBe('Eerste regel\ntweede regel; met, tekens');
    expect(parsedEvent.organizer).toBe('mailto:sanne.devries@uwv.example');
    expect(parsedEvent.component.getFirstProperty('organizer')!.getParameter('cn')).toBe("de Vries, Team Noord: 'UWV'");
    expect(parsedEvent.attendees[0].getParameter('cn')).toBe('Fatma Yilmaz; Werkplein');
  });
});
