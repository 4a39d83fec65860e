import { readCsv } from './csv-reader';

describe('readCsv', () => {
  it('reads UTF-8 with a BOM and commas, keeping line numbers', () => {
    const file = readCsv(
      Buffer.from('\uFEFFKvK_Nummer,Naam\n12345678,"Bakkerij ""De Korenaar"", Assen"\n\n87654321,Café Zoë\n'),
    );
    expect(file).toMatchObject({ encoding: 'utf-8', delimiter: ',', columns: ['kvk_nummer', 'naam'] });
    expect(file.rows).toEqual([
      { line: 2, values: { kvk_nummer: '12345678', naam: 'Bakkerij "De Korenaar", Assen' } },
      { line: 4, values: { kvk_nummer: '87654321', naam: 'Café Zoë' } },
    ]);
  });

  it('reads Windows-1252 with semicolons', () => {
    const latin = Buffer.from([
      ...Buffer.from('kvk_nummer;naam\r\n12345678;Caf'),
      0xe9,
      ...Buffer.from(' Zo'),
      0xeb,
      ...Buffer.from('\r\n'),
    ]);
    const file = readCsv(latin);
    expect(file).toMatchObject({ encoding: 'windows-1252', delimiter: ';' });
    expect(file.rows[0].values.naam).toBe('Café Zoë');
  });

  it('refuses an empty file', () => {
    expect(() => readCsv(Buffer.from(''))).toThrow('the file is empty');
  });
});
