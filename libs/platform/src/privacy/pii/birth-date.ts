import { isCalendarDate } from './number-runs';

/** People of working age: a date this many years back or more can be a birth date. */
const BIRTH_DATE_MIN_AGE = 14;
const EARLIEST_BIRTH_YEAR = 1900;

// prettier-ignore
const MONTH_NUMBERS: Record<string, number> = {
  jan: 1, januari: 1, january: 1, feb: 2, febr: 2, februari: 2, february: 2, mrt: 3, maart: 3, mar: 3, march: 3,
  apr: 4, april: 4, mei: 5, may: 5, jun: 6, juni: 6, june: 6, jul: 7, juli: 7, july: 7, aug: 8, augustus: 8,
  august: 8, sep: 9, sept: 9, september: 9, okt: 10, oct: 10, oktober: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};
const MONTH = Object.keys(MONTH_NUMBERS).join('|');
const YEAR = String.raw`['’]?(?:\d{4}|\d{2})`;
const ORDINAL = String.raw`(?:e|ste|de|th|st|nd|rd)?`;
/** Day, month and year: "12 03 1968", "12 mrt '68", "12-maart-1968", "1968 03 12", "maart 12, 1968". */
const DATE_FORMS: { pattern: RegExp; read: (m: RegExpMatchArray) => WrittenDate }[] = [
  {
    pattern: new RegExp(String.raw`(?<!\d)(\d{1,2}) (\d{1,2}) (${YEAR})(?!\d)`, 'g'),
    read: (m) => ({ day: +m[1], month: +m[2], year: m[3] }),
  },
  {
    pattern: /(?<!\d)(\d{4}) (\d{1,2}) (\d{1,2})(?!\d)/g,
    read: (m) => ({ year: m[1], month: +m[2], day: +m[3] }),
  },
  {
    pattern: new RegExp(
      String.raw`(?<!\d)(\d{1,2})${ORDINAL}[\s.,/-]*(${MONTH})\.?[\s.,/-]*(${YEAR})(?![\d\p{L}])`,
      'giu',
    ),
    read: (m) => ({ day: +m[1], month: MONTH_NUMBERS[m[2].toLowerCase()], year: m[3] }),
  },
  {
    pattern: new RegExp(
      String.raw`(?<!\p{L})(${MONTH})\.?\s*(\d{1,2})${ORDINAL}[\s.,/-]+(${YEAR})(?![\d\p{L}])`,
      'giu',
    ),
    read: (m) => ({ month: MONTH_NUMBERS[m[1].toLowerCase()], day: +m[2], year: m[3] }),
  },
];
const BIRTH_CUE = String.raw`(?<!\p{L})(?:geb(?:oren|oortedatum|oortejaar|oortedag|\.?\s?datum|dat)?|dob|d\.o\.b|date of birth|born)(?!\p{L})`;
/** What follows a cue within a few words, up to the end of the sentence ("geb. 12 03 1968", "geboren in '68"). */
const AFTER_CUE = new RegExp(String.raw`${BIRTH_CUE}\.?:?([^!?\n]{0,40})`, 'giu');
const YEAR_OF_BIRTH = /^[^\d]{0,12}?(?<!\d)['’]?(\d{4}|\d{2})(?!\d)(?! ?\d)/;

interface WrittenDate {
  day: number;
  month: number;
  /** As written: four digits, or two (with or without an apostrophe). */
  year: string;
}

export interface BirthDateOptions {
  /** Candidate texts: any full date with a four-digit year a person of working age was born in counts. */
  anyFullDate: boolean;
  today: Date;
}

/**
 * Dates of birth: after a cue (`geb`, `geboren`, `geboortedatum`, `dob`) any date form, two-digit years included,
 * and a year of birth alone; in candidate texts also any full date with a plausible birth year.
 */
export function hasBirthDate(normalised: string, { anyFullDate, today }: BirthDateOptions): boolean {
  const latestYear = today.getUTCFullYear() - BIRTH_DATE_MIN_AGE;
  for (const cued of normalised.matchAll(AFTER_CUE)) {
    const after = cued[1];
    if (writtenDates(after).some((date) => isCalendarDate(fullYear(date.year, latestYear), date.month, date.day))) {
      return true;
    }
    const year = YEAR_OF_BIRTH.exec(after);
    if (year && plausibleBirthYear(fullYear(year[1], latestYear), latestYear)) return true;
  }
  if (!anyFullDate) return false;
  return writtenDates(normalised).some((date) => {
    if (!/^\d{4}$/.test(date.year)) return false;
    return plausibleBirthYear(+date.year, latestYear) && isCalendarDate(+date.year, date.month, date.day);
  });
}

function writtenDates(text: string): WrittenDate[] {
  return DATE_FORMS.flatMap(({ pattern, read }) => [...text.matchAll(pattern)].map(read));
}

/** A two-digit year is the latest year ending in those digits that a person of working age was born in. */
function fullYear(written: string, latestYear: number): number {
  const digits = written.replace(/['’]/g, '');
  if (digits.length === 4) return +digits;
  const century = Math.floor(latestYear / 100) * 100;
  return century + +digits <= latestYear ? century + +digits : century - 100 + +digits;
}

function plausibleBirthYear(year: number, latestYear: number): boolean {
  return year >= EARLIEST_BIRTH_YEAR && year <= latestYear;
}
