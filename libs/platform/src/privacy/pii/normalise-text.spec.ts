import { normaliseForPiiDetection } from './normalise-text';

describe('normaliseForPiiDetection', () => {
  it.each([
    ['zero-width and format characters', 'bsn 111\u200b222\u2060333\u00ad', 'bsn 111222333'],
    ['full-width digits and signs', '０６－１２３４５６７８ ＠', '06 12345678 @'],
    ['Arabic-Indic digits', '٠٦١٢٣٤٥٦٧٨', '0612345678'],
    ['Devanagari digits', '१११२२२३३३', '111222333'],
    ['mathematical digits', '𝟏𝟐𝟑', '123'],
    ['separator runs between digits', '12 - 03 -- 1968 / 12_3', '12 03 1968 12 3'],
    ['area code brackets', '+31 (0)6 1234', '+31 0 6 1234'],
    ['spelled-out digits', 'bel nul zes een twee drie vier vijf zes zeven acht', 'bel 0612345678'],
    ['a few number words stay words', 'een twee drie kandidaten', 'een twee drie kandidaten'],
    ['whitespace runs', 'a \t\n b', 'a b'],
  ])('%s', (_, text, expected) => {
    expect(normaliseForPiiDetection(text)).toBe(expected);
  });
});
