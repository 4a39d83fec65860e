/**
 * The instant (ISO, UTC) of a wall-clock date and time in Amsterdam, whatever zone the browser is in: people plan
 * visits in Dutch time, summer and winter.
 */
export function amsterdamInstant(date: string, time: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  // The offset at that moment (CET +1, CEST +2): read back what Amsterdam's clock shows for the UTC guess.
  const offset = (instant: number) => {
    const parts = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Amsterdam',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(instant);
    const value = (type: string) => Number(parts.find((part) => part.type === type)!.value);
    return Date.UTC(value('year'), value('month') - 1, value('day'), value('hour'), value('minute')) - instant;
  };
  const guess = asUtc - offset(asUtc);
  return new Date(asUtc - offset(guess)).toISOString();
}

const AMSTERDAM_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day (YYYY-MM-DD) an instant falls on in Amsterdam. */
export const amsterdamDate = (instant: string | number | Date): string => AMSTERDAM_DATE.format(new Date(instant));

/** A calendar day `days` after `date` (YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  const day = new Date(`${date}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** The Monday of the week `date` is in (Dutch weeks start on Monday). */
export function mondayOf(date: string): string {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}
