import { DomainError, ErrorCode } from '../errors/domain-error';

/** What the guard recognises in free text. Errors name the kind and the field, never the matched text. */
export enum PiiKind {
  BSN = 'BSN',
  EMAIL = 'EMAIL',
  PHONE = 'PHONE',
  IBAN = 'IBAN',
  ADDRESS = 'ADDRESS',
  BIRTH_DATE = 'BIRTH_DATE',
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;
/** Nine digits, optionally grouped by spaces, dots or dashes (123.456.782, 1234 56 782). */
const NINE_DIGITS = /(?<![\d.,-])\d(?:[ .-]?\d){8}(?![\d]|[.,]\d)/g;
/** Phone-like runs: an optional + or 00 prefix, then digits with spaces, dashes, dots or brackets. */
const PHONE_LIKE = /(?<![\d\w])(?:\+|00)?\(?\d[\d ()./-]{7,}\d(?![\d])/g;
const IBAN_LIKE = /\b[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,4})?\b/g;
/** A house number right before or after a postcode: "Kerkstraat 12, 9401 AB" or "9401 AB 12". */
const POSTCODE = String.raw`[1-9]\d{3}(?: ?[A-Z]{2}|[a-z]{2})(?![A-Za-z])`;
const HOUSE_NUMBER = String.raw`\d{1,5}(?: ?[a-zA-Z](?![a-zA-Z]))?(?: ?- ?\d{1,4})?`;
const ADDRESS = new RegExp(
  String.raw`(?:(?<![\d])${HOUSE_NUMBER}\s*,?\s*${POSTCODE})|(?:(?<![\d])${POSTCODE}\s*,?\s*${HOUSE_NUMBER}(?![\d]))`,
);
const MONTHS =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec';
const NUMERIC_DATE =
  /(?<![\d])(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?![\d])|(?<![\d])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/g;
const WRITTEN_DATE = new RegExp(String.raw`(?<![\d])(\d{1,2})\s+(${MONTHS})\.?\s+(\d{4})(?![\d])`, 'gi');
const MONTH_NUMBER: Record<string, number> = {
  jan: 1,
  januari: 1,
  feb: 2,
  februari: 2,
  mrt: 3,
  maart: 3,
  apr: 4,
  april: 4,
  mei: 5,
  jun: 6,
  juni: 6,
  jul: 7,
  juli: 7,
  aug: 8,
  augustus: 8,
  sep: 9,
  sept: 9,
  september: 9,
  okt: 10,
  oktober: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

/** People of working age: a date this many years back or more reads as a birth date. */
const BIRTH_DATE_MIN_AGE = 14;
const BIRTH_DATE_EARLIEST_YEAR = 1900;

/** The kinds of personal data found in `text` (empty when none). */
export function findPii(text: string, today = new Date()): PiiKind[] {
  const found = new Set<PiiKind>();
  if (EMAIL.test(text)) found.add(PiiKind.EMAIL);
  if (hasIban(text)) found.add(PiiKind.IBAN);
  if (hasBsn(text)) found.add(PiiKind.BSN);
  if (hasPhone(text)) found.add(PiiKind.PHONE);
  if (ADDRESS.test(text)) found.add(PiiKind.ADDRESS);
  if (hasBirthDate(text, today)) found.add(PiiKind.BIRTH_DATE);
  return [...found];
}

/**
 * The one guard for free text: refuses with PII_DETECTED naming each offending field and the kinds found.
 * `fields` maps field paths (`input.description`) to their text.
 */
export function assertNoPii(fields: Record<string, string | null | undefined>): void {
  const problems = Object.entries(fields).flatMap(([field, text]) =>
    text ? findPii(text).map((kind) => ({ field, kind, message: `contains personal data (${kind})` })) : [],
  );
  if (problems.length > 0) {
    throw new DomainError(
      ErrorCode.PII_DETECTED,
      `Personal data is not allowed here: ${problems.map((p) => `${p.field} (${p.kind})`).join(', ')}`,
      { fields: problems },
    );
  }
}

/** The Dutch "elfproef" for BSNs: 9*d1 + 8*d2 + ... + 2*d8 - d9 is a multiple of 11. */
export function passesElevenTest(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

function hasBsn(text: string): boolean {
  for (const match of text.matchAll(NINE_DIGITS)) {
    if (passesElevenTest(match[0].replace(/\D/g, ''))) return true;
  }
  return false;
}

function hasPhone(text: string): boolean {
  for (const match of text.matchAll(PHONE_LIKE)) {
    const raw = match[0];
    const digits = raw.replace(/\D/g, '');
    if (/^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}$/.test(raw.trim()) || /^\d{4}-\d{1,2}-\d{1,2}$/.test(raw.trim())) continue;
    if (raw.startsWith('+') || /^00[1-9]/.test(raw)) {
      if (digits.length >= 10 && digits.length <= 15) return true;
    } else if (digits.startsWith('0') && digits.length === 10) {
      return true;
    }
  }
  return false;
}

function hasIban(text: string): boolean {
  for (const match of text.matchAll(IBAN_LIKE)) {
    const iban = match[0].replace(/ /g, '').toUpperCase();
    if (iban.length < 15 || iban.length > 34) continue;
    const rearranged = iban.slice(4) + iban.slice(0, 4);
    const numeric = rearranged.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
    let remainder = 0;
    for (const digit of numeric) remainder = (remainder * 10 + Number(digit)) % 97;
    if (remainder === 1) return true;
  }
  return false;
}

function hasBirthDate(text: string, today: Date): boolean {
  const latest = today.getFullYear() - BIRTH_DATE_MIN_AGE;
  const plausible = (year: number, month: number, day: number) => {
    if (year < BIRTH_DATE_EARLIEST_YEAR || year > latest || month < 1 || month > 12) return false;
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  };
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const [year, month, day] = m[3]
      ? [Number(m[3]), Number(m[2]), Number(m[1])]
      : [Number(m[4]), Number(m[5]), Number(m[6])];
    if (plausible(year, month, day)) return true;
  }
  for (const m of text.matchAll(WRITTEN_DATE)) {
    if (plausible(Number(m[3]), MONTH_NUMBER[m[2].toLowerCase()], Number(m[1]))) return true;
  }
  return false;
}
