import { parseRow } from './import-columns';

describe('parseRow', () => {
  it('refuses a cell holding a NUL character as a problem of that row and column', () => {
    const parsed = parseRow('EMPLOYERS', 7, {
      kvk_nummer: '12345678',
      naam: 'Bakkerij\u0000 B.V.',
      gemeente: 'GM0014',
    });
    expect(parsed).toEqual(
      expect.arrayContaining([{ line: 7, column: 'naam', message: 'may not contain NUL characters' }]),
    );
  });

  it('accepts the same row without it', () => {
    const parsed = parseRow('EMPLOYERS', 7, { kvk_nummer: '12345678', naam: 'Bakkerij B.V.', gemeente: 'GM0014' });
    expect(Array.isArray(parsed)).toBe(false);
  });
});
