import { containsNumericDate, groupWindows, NumberRun, numberRuns } from './number-runs';

/** The Dutch "elfproef" for BSNs: 9*d1 + 8*d2 + ... + 2*d8 - d9 is a multiple of 11. */
export function passesElevenTest(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

const BSN_CUE = /\b(?:bsn|burger\s?service\s?nummer|sofi(?:nummer)?|sofinr|citizen service number)\b/i;
/** What may stand between the groups of a BSN written with words in between: a few short words, no sentence end. */
const WORDS_BETWEEN_GROUPS = /^ ?(?:[\p{L}'’,:;()+-]{1,15} ?){1,3}$/u;

/**
 * Nine digits passing the eleven test, written whole or in groups. Groups with words between them count only
 * when the text speaks of a BSN or the groups are written as three times three digits: otherwise any three
 * numbers in a sentence would pass the eleven test one time in eleven.
 */
export function hasBsn(normalised: string): boolean {
  const runs = numberRuns(normalised);
  for (const run of runs) {
    if (containsNumericDate(run.groups)) continue;
    for (const window of groupWindows(run.groups, 9)) {
      if (isBsnGrouping(window.digits) && passesElevenTest(window.digits.join(''))) return true;
    }
  }
  const cued = BSN_CUE.test(normalised);
  for (let first = 0; first < runs.length; first++) {
    const spread: NumberRun[] = [runs[first]];
    for (let next = first + 1; next < runs.length && spread.length < 4; next++) {
      if (!WORDS_BETWEEN_GROUPS.test(normalised.slice(runs[next - 1].end, runs[next].start))) break;
      spread.push(runs[next]);
      const groups = spread.flatMap((run) => run.groups);
      const digits = groups.join('');
      if (digits.length > 9) break;
      const threeByThree = groups.length === 3 && groups.every((group) => group.length === 3);
      if (digits.length === 9 && (cued || threeByThree) && passesElevenTest(digits)) return true;
    }
  }
  return false;
}

/**
 * How people group the nine digits of a BSN: whole, in groups of two or more (111 222 333, 1234.56.782), or digit by
 * digit. A lone digit at a group's end ("V-12345678-1", a reference with a KvK number) is a suffix, not a BSN.
 */
function isBsnGrouping(groups: string[]): boolean {
  return groups.every((group) => group.length >= 2) || groups.every((group) => group.length === 1);
}

/**
 * Phone numbers: ten digits starting with a single 0 (06 1234 5678, 050 312 3456), or an international number
 * after + or 00 (+31 (0)6 ..., 0031 6 ..., +49 30 ...). A window that holds a date (01-02-2027 10) is a date.
 */
export function hasPhone(normalised: string): boolean {
  for (const run of numberRuns(normalised)) {
    if (isInsideCode(normalised, run)) continue;
    const international = normalised[run.start - 1] === '+' || normalised.slice(run.start - 2, run.start) === '+ ';
    if (international || run.groups[0].startsWith('00')) {
      const digits = run.groups.join('').replace(/^00/, '');
      if (isInternationalNumber(digits)) return true;
      continue;
    }
    for (const window of groupWindows(run.groups, 10)) {
      const digits = window.digits.join('');
      if (!/^0[1-9]/.test(digits) || containsNumericDate(window.digits)) continue;
      if (window.digits[0].length >= 2) return true;
    }
  }
  return false;
}

/** Digits glued to letters that follow other digits ("NL91ABNA0417164300") are a code such as an IBAN. */
function isInsideCode(normalised: string, run: NumberRun): boolean {
  const before = /[\p{L}\d]*$/u.exec(normalised.slice(0, run.start))![0];
  const after = /^[\p{L}\d]*/u.exec(normalised.slice(run.end))![0];
  return /\d/.test(before + after);
}

function isInternationalNumber(digits: string): boolean {
  if (digits.startsWith('31')) return /^0?\d{9}$/.test(digits.slice(2));
  return digits.length >= 10 && digits.length <= 15 && !digits.startsWith('0');
}

/** IBAN lengths per country (the SWIFT IBAN registry), so one length is checked and no shorter prefix passes. */
// prettier-ignore
const IBAN_LENGTHS: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, BY: 28, CH: 21, CR: 22, CY: 28,
  CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18,
  GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32,
  LI: 21, LT: 20, LU: 20, LV: 21, MA: 28, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15,
  PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, SA: 24, SC: 31, SE: 24, SI: 19, SK: 24, SM: 27, ST: 25,
  SV: 28, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
};
const IBAN_LIKE = /(?<![\p{L}\d])([a-z]{2})[\s._/-]*(\d{2})((?:[\s._/-]*[a-z0-9]){10,32})/giu;

/** IBANs in any grouping and case, checked with the mod-97 test over the country's length. */
export function hasIban(normalised: string): boolean {
  for (const match of normalised.matchAll(IBAN_LIKE)) {
    const country = match[1].toUpperCase();
    const length = IBAN_LENGTHS[country];
    if (!length) continue;
    const iban = (country + match[2] + match[3].replace(/[\s._/-]/g, '')).toUpperCase().slice(0, length);
    if (iban.length === length && passesMod97(iban)) return true;
  }
  return false;
}

function passesMod97(iban: string): boolean {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const character of rearranged) {
    const value = /\d/.test(character) ? character : String(character.charCodeAt(0) - 55);
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}
