import { dutchToday } from '@wsp/candidates';

const AMSTERDAM_HOUR = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  hour: '2-digit',
  hourCycle: 'h23',
});

/** The ISO date `days` from today in the Netherlands (negative: in the past). */
export function isoDay(days: number): string {
  const date = new Date(`${dutchToday()}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** `hour`:00 in Amsterdam on the day `days` from today; weekends move to the Monday after. */
export function amsterdamInstant(days: number, hour: number): Date {
  let day = isoDay(days);
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  if (weekday === 6) day = isoDay(days + 2);
  if (weekday === 0) day = isoDay(days + 1);
  // Amsterdam is UTC+1 or UTC+2: try both and keep the one that reads as `hour` there.
  for (const offset of [1, 2]) {
    const candidate = new Date(`${day}T${String(hour - offset).padStart(2, '0')}:00:00Z`);
    if (Number(AMSTERDAM_HOUR.format(candidate)) === hour) return candidate;
  }
  throw new Error(`no instant for ${hour}:00 on ${day} in Amsterdam`);
}
