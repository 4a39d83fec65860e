/** Groups of digits that the normalised text writes with one space between them ("06 1234 5678"). */
export interface NumberRun {
  groups: string[];
  /** Index of the first digit in the normalised text. */
  start: number;
  end: number;
}

const RUN = /\d+(?: \d+)*/g;

export function numberRuns(normalised: string): NumberRun[] {
  return [...normalised.matchAll(RUN)].map((match) => ({
    groups: match[0].split(' '),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** Every run of consecutive groups (whole groups only) whose digits add up to `length`. */
export function* groupWindows(groups: string[], length: number): Generator<{ from: number; digits: string[] }> {
  for (let from = 0; from < groups.length; from++) {
    let total = 0;
    for (let to = from; to < groups.length && total < length; to++) {
      total += groups[to].length;
      if (total === length) yield { from, digits: groups.slice(from, to + 1) };
    }
  }
}

/** Whether day, month and year make a real calendar date. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** "12 03 2027" or "2027 03 12" among the groups: a date, not part of a phone number or a BSN. */
export function containsNumericDate(groups: string[]): boolean {
  for (let i = 0; i + 2 < groups.length; i++) {
    const [a, b, c] = groups.slice(i, i + 3);
    if (a.length <= 2 && b.length <= 2 && c.length === 4 && isCalendarDate(+c, +b, +a)) return true;
    if (a.length === 4 && b.length <= 2 && c.length <= 2 && isCalendarDate(+a, +b, +c)) return true;
  }
  return false;
}
