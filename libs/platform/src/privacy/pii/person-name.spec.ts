import firstNamesFile from '../../../data/dutch-first-names.v1.json';
import { normaliseForPiiDetection } from './normalise-text';
import { hasPersonName } from './person-name';

const hasName = (text: string) => hasPersonName(normaliseForPiiDetection(text));

describe('person names', () => {
  it.each([
    'J.P. de Vries',
    'A. van der Berg',
    'dhr. Bakker',
    'Dhr Smit',
    'mevrouw Jansen',
    'mevr. De Jong',
    'de heer K. Visser',
    'Jan Bakker',
    'Sanne de Boer',
    'Mohamed Yilmaz',
    'Werkplein Jan Bakker',
  ])('finds %s', (text) => expect(hasName(`Gesprek met ${text} gehad.`)).toBe(true));

  it.each([
    ['a legal form', 'Bakkerij Jansen B.V. Assen'],
    ['a letter after rijbewijs', 'Rijbewijs B. Daarnaast ervaring'],
    ['a company named after its founder', 'Vakkenvuller bij Albert Heijn en Jan Linders'],
    ['a street named after a person', 'Werklocatie Jan van Galenstraat 4'],
    ['a hospital named after a person', 'Het Wilhelmina Ziekenhuis Assen'],
    ['a first name alone', 'Kandidaat Jan is gemotiveerd'],
    ['Max-WW', 'De Max WW Bijeenkomst en Max-WW aanpak'],
    ['a name in lower case', 'de jan bakker methode'],
  ])('leaves %s alone', (_, text) => expect(hasName(text)).toBe(false));
});

describe('the first-names file', () => {
  it('is versioned, documents its source and holds unique capitalised names', () => {
    expect(firstNamesFile.version).toBe(1);
    expect(firstNamesFile.source).toMatch(/Meertens|SVB|Sociale Verzekeringsbank/);
    expect(new Set(firstNamesFile.names).size).toBe(firstNamesFile.names.length);
    for (const name of firstNamesFile.names) expect(name).toMatch(/^\p{Lu}[\p{Ll}'-]*(?:-\p{Lu}\p{Ll}+)?$/u);
  });

  it('leaves out names that are common Dutch words or brands in job texts', () => {
    for (const word of ['Roos', 'Fleur', 'Storm', 'Noor', 'Lot', 'Mei', 'Job', 'Toon', 'Frans', 'Wil', 'Door']) {
      expect(firstNamesFile.names).not.toContain(word);
    }
  });
});
