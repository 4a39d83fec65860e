import { randomInt, randomUUID } from 'node:crypto';
import { TestApp } from '../support/test-app';
import { graphql } from '../gql';

const AM = 'accountmanager@wpda.demo';
const MB = 1024 * 1024;
const STATUS = graphql(`
  query ImportUploadEmployerImport($id: ID!) {
    employerImport(id: $id) {
      status
      rowsTotal
      rowsChanged
      rowsFailed
      failure
    }
  }
`);

type UploadAnswer = {
  import?: { id: string; status: string; fileName: string };
  errors?: { message: string; extensions: { code: string; fields?: { field: string; message: string }[] } }[];
};

/** `count` employers as an organisation's export would list them. */
function employersFile(base: number, count: number): Buffer {
  const lines = ['kvk_nummer;naam;postcode;gemeentecode'];
  for (let i = 0; i < count; i++)
    lines.push(`${base + i};Groothandel en Transportbedrijf ${base + i} B.V.;9401 AB;GM0106`);
  return Buffer.from(`${lines.join('\r\n')}\r\n`);
}

/**
 * A whole book in one upload: multipart/form-data streamed to POST /imports, up to 50 MB, instead of base64 inside
 * a GraphQL request (about 700 kB).
 */
describe('import uploads', () => {
  let app: TestApp;
  let token: string;
  beforeAll(async () => {
    app = await TestApp.start({ RUN_WORKERS: 'true' });
    token = await app.tokenFor(AM);
  });
  afterAll(() => app.close());

  const upload = async (
    parts: Record<string, string | { content: Buffer; name: string }>,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: UploadAnswer }> => {
    const form = new FormData();
    for (const [name, value] of Object.entries(parts)) {
      if (typeof value === 'string') form.append(name, value);
      else form.append(name, new Blob([new Uint8Array(value.content)], { type: 'text/csv' }), value.name);
    }
    const response = await fetch(`${app.url}/imports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, ...headers },
      body: form,
    });
    return { status: response.status, body: (await response.json()) as UploadAnswer };
  };
  const finished = async (id: string) => {
    const deadline = Date.now() + 240_000;
    while (Date.now() < deadline) {
      const state = (await app.graphql(STATUS, { id }, { as: AM })).data!.employerImport;
      if (state.status === 'COMPLETED' || state.status === 'FAILED') return state;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error('the import did not finish');
  };
  const importCount = async () =>
    (await app.dataSource.query('SELECT count(*)::int AS count FROM employer_import'))[0].count as number;

  it('imports a file larger than a GraphQL request takes, streamed as multipart', async () => {
    const base = randomInt(10_000_000, 80_000_000);
    const file = employersFile(base, 15_000);
    expect(file.length).toBeGreaterThan(MB);
    const answer = await upload({ kind: 'EMPLOYERS', file: { content: file, name: 'relaties 2026.csv' } });
    expect(answer.status).toBe(201);
    expect(answer.body.import).toMatchObject({ fileName: 'relaties 2026.csv', status: 'QUEUED' });
    expect(await finished(answer.body.import!.id)).toEqual({
      status: 'COMPLETED',
      rowsTotal: 15_000,
      rowsChanged: 15_000,
      rowsFailed: 0,
      failure: null,
    });
  }, 300_000);

  it('takes a file of almost 50 MB', async () => {
    // Its columns are not an export's: the import reads all of it and refuses the file as a whole, quickly.
    const line = `${'x'.repeat(99)}\n`;
    const file = Buffer.from(line.repeat(Math.floor((50 * MB - 1000) / line.length)));
    const answer = await upload({ kind: 'EMPLOYERS', file: { content: file, name: 'groot.csv' } });
    expect(answer.status).toBe(201);
    expect(await finished(answer.body.import!.id)).toMatchObject({ status: 'FAILED', failure: expect.any(String) });
  }, 120_000);

  it('refuses a file over 50 MB with status 413 and a clear error, storing nothing', async () => {
    const before = await importCount();
    const answer = await upload({
      kind: 'EMPLOYERS',
      file: { content: Buffer.alloc(50 * MB + 1, 0x41), name: 'a.csv' },
    });
    expect(answer).toEqual({
      status: 413,
      body: {
        errors: [
          {
            message: 'The file is larger than 50 MB: split it and upload the parts',
            extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'file', message: 'larger than 50 MB' }] },
          },
        ],
      },
    });
    expect(await importCount()).toBe(before);
  }, 60_000);

  it('names the field of every mistake, and changes nothing', async () => {
    const before = await importCount();
    const csv = { content: employersFile(12_345_678, 1), name: 'export.csv' };
    const problems = async (parts: Parameters<typeof upload>[0]) => {
      const answer = await upload(parts);
      return { status: answer.status, errors: answer.body.errors?.map((error) => error.extensions) };
    };
    expect(await problems({ file: csv })).toEqual({
      status: 400,
      errors: [
        {
          code: 'BAD_USER_INPUT',
          fields: [{ field: 'kind', message: 'must be one of EMPLOYERS, CONTACTS, VACANCIES' }],
        },
      ],
    });
    expect(await problems({ kind: 'EMPLOYERS' })).toEqual({
      status: 400,
      errors: [{ code: 'BAD_USER_INPUT', fields: [{ field: 'file', message: 'no file was sent' }] }],
    });
    expect(await problems({ kind: 'EMPLOYERS', colour: 'blue', file: csv })).toEqual({
      status: 400,
      errors: [{ code: 'BAD_USER_INPUT', fields: [{ field: 'colour', message: 'is not a field of an import' }] }],
    });
    const workbook = { content: Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), name: 'export.xlsx' };
    expect(await problems({ kind: 'EMPLOYERS', file: workbook })).toEqual({
      status: 400,
      errors: [
        {
          code: 'BAD_USER_INPUT',
          fields: [
            { field: 'file', message: 'this is an Excel workbook: save it as CSV (UTF-8) and upload that file' },
          ],
        },
      ],
    });
    const notMultipart = await fetch(`${app.url}/imports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(notMultipart.status).toBe(400);
    expect(await importCount()).toBe(before);
  });

  it('asks for a token and a role that writes employers', async () => {
    const csv = { content: employersFile(12_345_678, 1), name: 'export.csv' };
    const form = new FormData();
    form.append('kind', 'EMPLOYERS');
    form.append('file', new Blob([new Uint8Array(csv.content)]), csv.name);
    const anonymous = await fetch(`${app.url}/imports`, { method: 'POST', body: form });
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as UploadAnswer).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const coach = await fetch(`${app.url}/imports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await app.tokenFor('jobcoach@wpda.demo')}` },
      body: form,
    });
    expect(coach.status).toBe(403);
  });

  it('starts one import for a retried upload with the same Idempotency-Key', async () => {
    const key = randomUUID();
    const csv = { content: employersFile(randomInt(10_000_000, 80_000_000), 3), name: 'export.csv' };
    const first = await upload({ kind: 'EMPLOYERS', file: csv }, { 'idempotency-key': key });
    const again = await upload({ kind: 'EMPLOYERS', file: csv }, { 'idempotency-key': key });
    expect(first.status).toBe(201);
    expect(again.body.import?.id).toBe(first.body.import?.id);
    await finished(first.body.import!.id);
  });
});
