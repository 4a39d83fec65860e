import { DATE_TIME_EXPECTED, parseDateTime } from './date-time.scalar';

describe('DateTime scalar', () => {
  it.each([
    ['2027-02-03T10:00:00Z', '2027-02-03T10:00:00.000Z'],
    ['2027-02-03T11:00:00+01:00', '2027-02-03T10:00:00.000Z'],
    ['2027-02-03t10:00:00.123456z', '2027-02-03T10:00:00.123Z'],
    ['2027-02-03 10:00:00-02:30', '2027-02-03T12:30:00.000Z'],
  ])('takes %s', (text, instant) => {
    expect(parseDateTime(text).toISOString()).toBe(instant);
  });

  it.each([
    ['a Dutch date', '03-02-2027 10:00'],
    ['no time zone', '2027-02-03 10:00'],
    ['no time zone with seconds', '2027-02-03T10:00:00'],
    ['a date only', '2027-02-03'],
    ['a year past 9999', '10000-02-03T10:00:00Z'],
    ['a far-future expanded year', '+275760-09-13T00:00:00Z'],
    ['30 February', '2027-02-30T10:00:00Z'],
    ['hour 24', '2027-02-03T24:00:00Z'],
    ['a number', 1801389600000],
    ['an empty string', ''],
  ])('refuses %s, showing the expected form', (_, value) => {
    expect(() => parseDateTime(value)).toThrow(DATE_TIME_EXPECTED);
  });
});
