import { randomInt } from 'node:crypto';
import { onlyError, TestApp } from '../support/test-app';
import { graphql } from '../gql';
import type { ImportKind } from '../gql/graphql';

const AM = 'accountmanager@wpda.demo';
const START = graphql(`
  mutation ImportsStartImport($input: StartImportInput!) {
    startImport(input: $input) {
      id
      status
    }
  }
`);
const STATUS = graphql(`
  query ImportsEmployerImport($id: ID!) {
    employerImport(id: $id) {
      status
      rowsTotal
      rowsDone
      rowsChanged
      rowsFailed
      failure
      errors {
        line
        column
        message
      }
      warnings {
        line
        column
        message
      }
    }
  }
`);

type ImportState = {
  status: string;
  rowsTotal: number;
  rowsDone: number;
  rowsChanged: number;
  rowsFailed: number;
  failure: string | null;
  errors: { line: number; column: string; message: string }[];
};

/** A file of `count` employers as an organisation's export would look; KvK numbers from `base`. */
function employersFile(base: number, count: number, delimiter: ',' | ';'): string {
  const header = ['kvk_nummer', 'naam', 'handelsnaam', 'sbi', 'postcode', 'gemeentecode', 'grote_opdrachtgever'];
  const lines = [header.join(delimiter)];
  for (let i = 0; i < count; i++) {
    const name = i % 7 === 0 ? `Café Zoë ${i}` : `Bedrijf ${base + i}`;
    lines.push(
      [String(base + i), name, `Handelsnaam ${i}`, '4711|56101', '9401 AB', 'GM0106', i % 2 ? 'ja' : 'nee'].join(
        delimiter,
      ),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

function windows1252(text: string): Buffer {
  return Buffer.from(Array.from(text, (c) => (c === 'é' ? 0xe9 : c === 'ë' ? 0xeb : c.charCodeAt(0))));
}

describe('imports', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ RUN_WORKERS: 'true' });
  });
  afterAll(() => app.close());

  async function runImport(kind: ImportKind, content: Buffer, fileName = 'export.csv'): Promise<ImportState> {
    const started = await app.graphql(
      START,
      { input: { kind, fileName, content: content.toString('base64') } },
      { as: AM },
    );
    expect(started.errors).toBeUndefined();
    const id = started.data!.startImport.id;
    const seen: number[] = [];
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      const state = (await app.graphql(STATUS, { id }, { as: AM })).data!.employerImport;
      seen.push(state.rowsDone);
      if (state.status === 'COMPLETED' || state.status === 'FAILED') return { ...state, progress: seen } as ImportState;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('import did not finish');
  }

  it('imports a few thousand employers in UTF-8 with commas, showing progress, and again changes nothing', async () => {
    const base = randomInt(10_000_000, 90_000_000);
    const file = Buffer.from(employersFile(base, 2500, ','), 'utf8');
    const first = (await runImport('EMPLOYERS', file)) as ImportState & { progress: number[] };
    expect(first).toMatchObject({
      status: 'COMPLETED',
      rowsTotal: 2500,
      rowsDone: 2500,
      rowsChanged: 2500,
      rowsFailed: 0,
    });
    expect(first.progress.some((done) => done > 0 && done < 2500)).toBe(true);
    const [{ count }] = await app.dataSource.query(
      'SELECT count(*)::int AS count FROM employer WHERE kvk_number::bigint BETWEEN $1 AND $2',
      [base, base + 2499],
    );
    expect(count).toBe(2500);
    const [cafe] = await app.dataSource.query(
      'SELECT legal_name, sbi_codes, key_account FROM employer WHERE kvk_number = $1',
      [String(base)],
    );
    expect(cafe).toEqual({ legal_name: 'Café Zoë 0', sbi_codes: ['4711', '56101'], key_account: false });

    const [{ versions }] = await app.dataSource.query(
      'SELECT sum(version)::int AS versions FROM employer WHERE kvk_number::bigint BETWEEN $1 AND $2',
      [base, base + 2499],
    );
    const again = await runImport('EMPLOYERS', file);
    expect(again).toMatchObject({ status: 'COMPLETED', rowsDone: 2500, rowsChanged: 0, rowsFailed: 0 });
    const [{ versions: after }] = await app.dataSource.query(
      'SELECT sum(version)::int AS versions FROM employer WHERE kvk_number::bigint BETWEEN $1 AND $2',
      [base, base + 2499],
    );
    expect(after).toBe(versions);
  }, 180_000);

  it('reads Windows-1252 with semicolons and merges rows into accounts that already exist', async () => {
    const base = randomInt(10_000_000, 90_000_000);
    await runImport('EMPLOYERS', Buffer.from(employersFile(base, 20, ','), 'utf8'));
    const latin = windows1252(employersFile(base, 40, ';').replace(/Handelsnaam/g, 'Nieuwe handelsnaam'));
    const result = await runImport('EMPLOYERS', latin, 'export-ansi.csv');
    expect(result).toMatchObject({ status: 'COMPLETED', rowsDone: 40, rowsChanged: 40, rowsFailed: 0 });
    const rows = await app.dataSource.query(
      'SELECT legal_name, trade_name, version FROM employer WHERE kvk_number = $1 OR kvk_number = $2 ORDER BY kvk_number',
      [String(base), String(base + 30)],
    );
    expect(rows).toEqual([
      { legal_name: 'Café Zoë 0', trade_name: 'Nieuwe handelsnaam 0', version: 2 },
      { legal_name: `Bedrijf ${base + 30}`, trade_name: 'Nieuwe handelsnaam 30', version: 1 },
    ]);
  });

  it('reports row errors by line and column, stores nothing of those rows, and applies the others', async () => {
    const base = randomInt(10_000_000, 90_000_000);
    const file = [
      'kvk_nummer,naam,postcode,gemeentecode',
      `${base},Goed Bedrijf,9401 AB,GM0106`,
      `123,Te Kort KvK,9401 AB,GM0106`,
      `${base + 1},Onbekende Gemeente,9401 AB,GM9999`,
      `${base + 2},Foute Postcode,ABCDEF,GM0106`,
      `${base + 3},,9401 AB,GM0106`,
    ].join('\n');
    const result = await runImport('EMPLOYERS', Buffer.from(file));
    expect(result).toMatchObject({ status: 'COMPLETED', rowsTotal: 5, rowsChanged: 1, rowsFailed: 4 });
    expect(result.errors).toEqual([
      { line: 3, column: 'kvk_nummer', message: expect.any(String) },
      { line: 4, column: 'gemeentecode', message: 'does not exist' },
      { line: 5, column: 'postcode', message: expect.any(String) },
      { line: 6, column: 'naam', message: expect.any(String) },
    ]);
    const stored = await app.dataSource.query(
      'SELECT kvk_number FROM employer WHERE kvk_number::bigint BETWEEN $1 AND $2',
      [base, base + 3],
    );
    expect(stored).toEqual([{ kvk_number: String(base) }]);
  });

  it('imports contacts and vacancies for employers in the book, idempotently', async () => {
    const base = randomInt(10_000_000, 90_000_000);
    await runImport('EMPLOYERS', Buffer.from(employersFile(base, 2, ',')));
    const contacts = `kvk_nummer;naam;functie;email\n${base};Petra de Boer;HR;p.deboer@example.nl\n${base + 5};Niemand;;\n`;
    const contactResult = await runImport('CONTACTS', Buffer.from(contacts));
    expect(contactResult).toMatchObject({
      rowsChanged: 1,
      rowsFailed: 1,
      errors: [expect.objectContaining({ line: 3, column: 'kvk_nummer' })],
    });
    const vacancies = [
      'kvk_nummer,referentie,titel,isco,uren_min,uren_max,gemeentecode,contract,startdatum,opleidingsniveau',
      `${base},V-${base}-1,Heftruckchauffeur,8344,32,40,GM0106,tijdelijk,04-01-2027,MBO_2`,
      `${base + 1},V-${base}-2,Schoonmaker,9112,12,20,GM1730,vast,,`,
    ].join('\n');
    const first = await runImport('VACANCIES', Buffer.from(vacancies));
    expect(first).toMatchObject({ rowsChanged: 2, rowsFailed: 0 });
    const second = await runImport('VACANCIES', Buffer.from(vacancies));
    expect(second).toMatchObject({ rowsChanged: 0, rowsFailed: 0 });
    const [vacancy] = await app.dataSource.query(
      "SELECT title, contract_type, to_char(start_date, 'YYYY-MM-DD') AS start, status FROM vacancy WHERE external_reference = $1",
      [`V-${base}-1`],
    );
    expect(vacancy).toEqual({
      title: 'Heftruckchauffeur',
      contract_type: 'TEMPORARY',
      start: '2027-01-04',
      status: 'OPEN',
    });
  });

  it('gives a 7-digit KvK number (Excel dropped its 0) its leading 0 back, and says so on the row', async () => {
    const seven = randomInt(1_000_000, 9_999_999);
    const file = `kvk_nummer;naam;gemeentecode\n${seven};Zeven Cijfers BV;GM0106\n`;
    const result = await runImport('EMPLOYERS', Buffer.from(file));
    expect(result).toMatchObject({ status: 'COMPLETED', rowsChanged: 1, rowsFailed: 0 });
    expect((result as unknown as { warnings: unknown[] }).warnings).toEqual([
      { line: 2, column: 'kvk_nummer', message: '7 digits: a leading 0 was added (Excel drops it)' },
    ]);
    expect(await app.dataSource.query('SELECT kvk_number FROM employer WHERE kvk_number = $1', [`0${seven}`])).toEqual([
      { kvk_number: `0${seven}` },
    ]);
  });

  it('refuses an Excel workbook at once with what to do, and keeps nothing', async () => {
    const [{ count: before }] = await app.dataSource.query('SELECT count(*)::int AS count FROM employer_import');
    // The first bytes of an .xlsx (a ZIP archive) and of an old .xls (a compound file).
    for (const magic of [
      [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00],
      [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00],
    ]) {
      const refused = onlyError(
        await app.graphql(
          START,
          { input: { kind: 'EMPLOYERS', fileName: 'boek.xlsx', content: Buffer.from(magic).toString('base64') } },
          { as: AM },
        ),
      );
      expect(refused.extensions?.fields).toEqual([
        { field: 'input.content', message: 'this is an Excel workbook: save it as CSV (UTF-8) and upload that file' },
      ]);
    }
    const [{ count: after }] = await app.dataSource.query('SELECT count(*)::int AS count FROM employer_import');
    expect(after).toBe(before);
  });

  it('refuses a vacancy row that closes before it starts, naming the column', async () => {
    const base = randomInt(10_000_000, 90_000_000);
    await runImport('EMPLOYERS', Buffer.from(employersFile(base, 1, ',')));
    const file = [
      'kvk_nummer,referentie,titel,isco,uren_min,uren_max,gemeentecode,contract,startdatum,sluitingsdatum',
      `${base},D-${base},Schoonmaker,9112,12,20,GM0106,vast,01-03-2027,28-02-2027`,
    ].join('\n');
    const result = await runImport('VACANCIES', Buffer.from(file));
    expect(result).toMatchObject({ rowsChanged: 0, rowsFailed: 1 });
    expect(result.errors).toEqual([
      { line: 2, column: 'sluitingsdatum', message: 'must not be before the start date' },
    ]);
  });

  it('refuses a vacancy row whose description holds personal data, naming the column and kind only', async () => {
    const base = randomInt(10_000_000, 90_000_000);
    await runImport('EMPLOYERS', Buffer.from(employersFile(base, 1, ',')));
    const file = [
      'kvk_nummer,referentie,titel,isco,uren_min,uren_max,gemeentecode,contract,omschrijving',
      `${base},P-${base},Schoonmaker,9112,12,20,GM0106,vast,Vraag naar piet@example.nl`,
    ].join('\n');
    const result = await runImport('VACANCIES', Buffer.from(file));
    expect(result).toMatchObject({ rowsChanged: 0, rowsFailed: 1 });
    expect(result.errors).toEqual([{ line: 2, column: 'omschrijving', message: 'contains personal data (EMAIL)' }]);
    const [{ count }] = await app.dataSource.query(
      'SELECT count(*)::int AS count FROM vacancy WHERE external_reference = $1',
      [`P-${base}`],
    );
    expect(count).toBe(0);
  });

  it('fails a file without the required columns, and keeps imports to their organisation', async () => {
    const result = await runImport('VACANCIES', Buffer.from('kvk_nummer,titel\n12345678,Iets\n'));
    expect(result).toMatchObject({ status: 'FAILED', failure: expect.stringContaining('missing column') });
    const started = await app.graphql(
      START,
      { input: { kind: 'EMPLOYERS', fileName: 'x.csv', content: Buffer.from('kvk_nummer,naam\n').toString('base64') } },
      { as: AM },
    );
    const other = await app.graphql(STATUS, { id: started.data!.startImport.id }, { as: 'accountmanager@uwv.demo' });
    expect(onlyError(other).extensions?.code).toBe('NOT_FOUND');
    const coach = await app.graphql(
      START,
      { input: { kind: 'EMPLOYERS', fileName: 'x.csv', content: 'eA==' } },
      { as: 'jobcoach@wpda.demo' },
    );
    expect(onlyError(coach).extensions?.code).toBe('FORBIDDEN');
  });
});
