import { randomInt } from 'node:crypto';

/** A profile is shared for at most this long before it must be renewed (or is deleted). */
export const PROFILE_VALIDITY_MONTHS = 6;
/** The owner is reminded this many days before a profile expires. */
export const EXPIRY_REMINDER_DAYS = 14;

/** Crockford-like: no 0/O, 1/I/L, so a code read over the phone or copied by hand stays right. */
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A random public code like `K-7F3Q-2M9X` (8 symbols of 31: ~40 bits, from the CSPRNG). */
export function newPublicCode(): string {
  const symbol = () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  const group = () => Array.from({ length: 4 }, symbol).join('');
  return `K-${group()}-${group()}`;
}

/** What matching needs before a profile may be shared (ACTIVE), as the input fields that are missing. */
export function missingForSharing(profile: {
  occupationCodes: readonly string[];
  educationLevel: string | null | undefined;
  hoursMin: number | null | undefined;
  hoursMax: number | null | undefined;
  availableFrom: string | null | undefined;
  municipalityCode: string | null | undefined;
}): string[] {
  const missing: string[] = [];
  if (profile.occupationCodes.length === 0) missing.push('occupationCodes');
  if (!profile.educationLevel) missing.push('educationLevel');
  if (profile.hoursMin == null || profile.hoursMax == null) missing.push('hours');
  if (!profile.availableFrom) missing.push('availableFrom');
  if (!profile.municipalityCode) missing.push('municipalityCode');
  return missing;
}

/** Made once: building a formatter costs some fifty times what formatting a date with it does. */
const DUTCH_CALENDAR_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' });

/** Today's date in the Netherlands as `YYYY-MM-DD`. */
export function dutchToday(now = new Date()): string {
  return DUTCH_CALENDAR_DATE.format(now);
}

/** `date` (`YYYY-MM-DD`) plus `months`, clamped to the end of a shorter month. */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** `2027-03` -> `2027-03-01` (stored) and back. */
export const monthToDate = (month: string): string => `${month}-01`;
export const dateToMonth = (date: string | null): string | null => (date ? date.slice(0, 7) : null);
