import { addMonths, dutchToday, missingForSharing, newPublicCode } from './profile-rules';

describe('profile rules', () => {
  it('makes public codes of the documented shape without ambiguous symbols', () => {
    const codes = new Set(Array.from({ length: 2000 }, newPublicCode));
    expect(codes.size).toBe(2000);
    for (const code of codes) expect(code).toMatch(/^K-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
  });

  it('lists what a shared profile lacks', () => {
    const complete = {
      occupationCodes: ['8344'],
      educationLevel: 'MBO_2',
      hoursMin: 24,
      hoursMax: 32,
      availableFrom: '2027-01-01',
      municipalityCode: 'GM0014',
    };
    expect(missingForSharing(complete)).toEqual([]);
    expect(
      missingForSharing({
        ...complete,
        occupationCodes: [],
        educationLevel: null,
        hoursMax: null,
        availableFrom: null,
      }),
    ).toEqual(['occupationCodes', 'educationLevel', 'hours', 'availableFrom']);
  });

  it('adds months and clamps to the end of a short month', () => {
    expect(addMonths('2026-11-23', 6)).toBe('2027-05-23');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-12-15', 1)).toBe('2028-01-15');
  });

  it('takes today in the Netherlands, not in UTC', () => {
    expect(dutchToday(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(dutchToday(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
  });
});
