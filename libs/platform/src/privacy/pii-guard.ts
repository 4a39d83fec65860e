import { DomainError, ErrorCode } from '../errors/domain-error';
import { hasAddress } from './pii/address';
import { hasBirthDate } from './pii/birth-date';
import { hasEmail } from './pii/email';
import { hasBsn, hasIban, hasPhone } from './pii/identifier-numbers';
import { normaliseForPiiDetection } from './pii/normalise-text';
import { hasPersonName } from './pii/person-name';

export { passesElevenTest } from './pii/identifier-numbers';

/** What the guard recognises in free text. Errors name the kind and the field, never the matched text. */
export enum PiiKind {
  BSN = 'BSN',
  EMAIL = 'EMAIL',
  PHONE = 'PHONE',
  IBAN = 'IBAN',
  ADDRESS = 'ADDRESS',
  BIRTH_DATE = 'BIRTH_DATE',
  PERSON_NAME = 'PERSON_NAME',
}

/** What a text is for decides how strict the guard reads it. */
export enum GuardedText {
  /** Vacancies, employer notes, visit texts, follow-ups: every kind; a date is a birth date only after a cue. */
  BUSINESS = 'BUSINESS',
  /** About a candidate (pitch, notes, proposals): also any full date with a plausible birth year. */
  CANDIDATE = 'CANDIDATE',
  /**
   * An employer's or a visit's address: a business address, so an address, a name or a phone number is expected;
   * a BSN, a birth date or an IBAN is still refused.
   */
  BUSINESS_ADDRESS = 'BUSINESS_ADDRESS',
}

const DETECTORS: Record<PiiKind, (normalised: string, text: GuardedText, today: Date) => boolean> = {
  [PiiKind.BSN]: (normalised) => hasBsn(normalised),
  [PiiKind.EMAIL]: (normalised, text) => text !== GuardedText.BUSINESS_ADDRESS && hasEmail(normalised),
  [PiiKind.PHONE]: (normalised, text) => text !== GuardedText.BUSINESS_ADDRESS && hasPhone(normalised),
  [PiiKind.IBAN]: (normalised) => hasIban(normalised),
  [PiiKind.ADDRESS]: (normalised, text) => text !== GuardedText.BUSINESS_ADDRESS && hasAddress(normalised),
  [PiiKind.BIRTH_DATE]: (normalised, text, today) =>
    hasBirthDate(normalised, { anyFullDate: text === GuardedText.CANDIDATE, today }),
  [PiiKind.PERSON_NAME]: (normalised, text) => text !== GuardedText.BUSINESS_ADDRESS && hasPersonName(normalised),
};

/** The kinds of personal data found in `text` (empty when none). */
export function findPii(text: string, kind: GuardedText = GuardedText.BUSINESS, today = new Date()): PiiKind[] {
  const normalised = normaliseForPiiDetection(text);
  return Object.values(PiiKind).filter((pii) => DETECTORS[pii](normalised, kind, today));
}

/** A field's text with what it is for, where that is not the call's default. */
export interface GuardedValue {
  text: string | null | undefined;
  kind: GuardedText;
}

export function businessAddress(text: string | null | undefined): GuardedValue {
  return { text, kind: GuardedText.BUSINESS_ADDRESS };
}

export interface PiiProblem {
  field: string;
  kind: PiiKind;
  message: string;
}

/** Every field path (`input.description`) with each kind of personal data found in it. */
export function findPiiProblems(
  fields: Record<string, string | null | undefined | GuardedValue>,
  kind: GuardedText = GuardedText.BUSINESS,
): PiiProblem[] {
  return Object.entries(fields).flatMap(([field, value]) => {
    const guarded = typeof value === 'object' && value !== null ? value : { text: value, kind };
    return guarded.text
      ? findPii(guarded.text, guarded.kind).map((pii) => ({
          field,
          kind: pii,
          message: `contains personal data (${pii})`,
        }))
      : [];
  });
}

/**
 * The one guard for free text: refuses with PII_DETECTED naming each offending field and the kinds found.
 * `fields` maps field paths (`input.description`) to their text; `kind` says what the texts are for.
 */
export function assertNoPii(
  fields: Record<string, string | null | undefined | GuardedValue>,
  kind: GuardedText = GuardedText.BUSINESS,
): void {
  const problems = findPiiProblems(fields, kind);
  if (problems.length > 0) {
    throw new DomainError(
      ErrorCode.PII_DETECTED,
      `Personal data is not allowed here: ${problems.map((p) => `${p.field} (${p.kind})`).join(', ')}`,
      { fields: problems },
    );
  }
}
