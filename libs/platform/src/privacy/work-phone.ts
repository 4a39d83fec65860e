import { registerDecorator, ValidationOptions } from 'class-validator';
import { isCalendarDate } from './pii/number-runs';
import { passesElevenTest } from './pii/identifier-numbers';

const PHONE_CHARACTERS = /^[+(]?[0-9][0-9 ()./-]{5,30}$/;
const DATE_SHAPED = /^(\d{1,2})[ ./-](\d{1,2})[ ./-](\d{2}|\d{4})$|^(\d{4})[ ./-](\d{1,2})[ ./-](\d{1,2})$/;

/**
 * A business phone number: digits with the usual separators, and never a value shaped like a BSN (nine digits
 * passing the eleven test) or a date, which is someone's identity typed into the wrong field.
 */
export function isWorkPhoneNumber(value: unknown): boolean {
  if (typeof value !== 'string' || !PHONE_CHARACTERS.test(value)) return false;
  const digits = value.replace(/\D/g, '');
  if (passesElevenTest(digits)) return false;
  const date = DATE_SHAPED.exec(value.trim());
  if (date) {
    const [year, month, day] = date[3] ? [+date[3], +date[2], +date[1]] : [+date[4], +date[5], +date[6]];
    if (isCalendarDate(year < 100 ? 1900 + year : year, month, day)) return false;
  }
  return true;
}

export function IsWorkPhoneNumber(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isWorkPhoneNumber',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: { validate: isWorkPhoneNumber },
    });
}
