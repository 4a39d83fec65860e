import { isWorkPhoneNumber } from './work-phone';

describe('isWorkPhoneNumber', () => {
  it.each([
    '050 312 3456',
    '0592-123456',
    '+31 50 312 3456',
    '(050) 3123456',
    '14 0592',
    '0800-1234',
    '+49 30 1234567',
  ])('accepts %s', (phone) => expect(isWorkPhoneNumber(phone)).toBe(true));

  it.each([
    ['a BSN', '111222333'],
    ['a BSN in groups', '111 222 333'],
    ['a BSN with dashes', '123-45-6782'],
    ['a birth date', '12-03-1968'],
    ['an ISO date', '1968-03-12'],
    ['a date with a two-digit year', '12.03.68'],
    ['letters', 'bel mij'],
  ])('refuses %s', (_, value) => expect(isWorkPhoneNumber(value)).toBe(false));
});
