import { randomUUID } from 'node:crypto';
import { profileInput } from '../factories/candidate-profile.factory';
import { createEmployer } from '../factories/employer.factory';
import { TestApp } from '../support/test-app';
import { graphql } from '../gql';
import type { CreateVacancyInput } from '../gql/graphql';

const AM = 'accountmanager@groningen.demo';
const UWV_AM = 'accountmanager@uwv.demo';
const CREATE = graphql(`
  mutation IdempotencyCreateVacancy($input: CreateVacancyInput!, $key: String) {
    createVacancy(input: $input, idempotencyKey: $key) {
      id
      title
    }
  }
`);
const NOTE = graphql(`
  mutation IdempotencyAddEmployerNote($input: AddEmployerNoteInput!, $key: String) {
    addEmployerNote(input: $input, idempotencyKey: $key) {
      id
      text
    }
  }
`);

/** Letters only: a random hex suffix can look like a Dutch postcode ("1234ab"), which the PII guard refuses. */
function uniqueWord(): string {
  return Array.from(randomUUID().replace(/-/g, '').slice(0, 10), (c) =>
    String.fromCharCode(97 + (parseInt(c, 16) % 26)),
  ).join('');
}

/** Create mutations with an idempotency key: a retry returns the first result and writes nothing. */
describe('idempotency keys', () => {
  let app: TestApp;
  let employerId: string;
  beforeAll(async () => {
    app = await TestApp.start({ RUN_WORKERS: 'false' });
    employerId = (await createEmployer(app, AM, { municipalityCode: 'GM0014' })).id;
  });
  afterAll(() => app.close());

  const input = (title: string): CreateVacancyInput => ({
    employerId,
    title,
    occupationCode: '5120',
    hoursMin: 24,
    hoursMax: 36,
    municipalityCode: 'GM0014',
    contractType: 'PERMANENT',
  });
  const createWithKey = (title: string, key: string) => app.graphql(CREATE, { input: input(title), key }, { as: AM });
  const vacanciesTitled = async (title: string): Promise<number> =>
    (await app.dataSource.query('SELECT count(*)::int AS n FROM vacancy WHERE title = $1', [title]))[0].n;

  it('returns the first vacancy for a retry with the same key, and writes nothing more; without a key each call creates', async () => {
    const title = `Kok idempotent ${uniqueWord()}`;
    const key = randomUUID();
    const first = await createWithKey(title, key);
    const again = await createWithKey(title, key);
    expect(first.errors).toBeUndefined();
    expect(again.data!.createVacancy.id).toBe(first.data!.createVacancy.id);
    expect(await vacanciesTitled(title)).toBe(1);
    const outbox = await app.dataSource.query(
      "SELECT count(*)::int AS n FROM outbox WHERE payload->>'vacancyId' = $1",
      [first.data!.createVacancy.id],
    );
    expect(outbox[0].n).toBe(1);
    await app.graphql(CREATE, { input: input(title) }, { as: AM });
    expect(await vacanciesTitled(title)).toBe(2);
  });

  it('makes one vacancy of five concurrent requests with one key', async () => {
    const title = `Kok gelijktijdig ${uniqueWord()}`;
    const key = randomUUID();
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => app.graphql(CREATE, { input: input(title), key }, { as: AM })),
    );
    expect(answers.flatMap((a) => a.errors ?? [])).toEqual([]);
    expect(new Set(answers.map((a) => a.data!.createVacancy.id)).size).toBe(1);
    expect(await vacanciesTitled(title)).toBe(1);
  });

  it('writes exactly once when a client that gave up retries with its key', async () => {
    const title = `Kok na time-out ${uniqueWord()}`;
    const key = randomUUID();
    const token = await app.tokenFor(AM);
    // The client gives up at once; the server may or may not have taken the request by then.
    const gaveUp = new AbortController();
    const firstTry = fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: CREATE, variables: { input: input(title), key } }),
      signal: gaveUp.signal,
    }).catch((error: Error) => error.name);
    setTimeout(() => gaveUp.abort(), 5);
    await firstTry;
    await new Promise((resolve) => setTimeout(resolve, 300)); // whatever the server took, it has done
    const retry = await createWithKey(title, key);
    const again = await createWithKey(title, key);
    expect(retry.errors).toBeUndefined();
    expect(again.data!.createVacancy.id).toBe(retry.data!.createVacancy.id);
    expect(await vacanciesTitled(title)).toBe(1);
    const [row] = await app.dataSource.query('SELECT id FROM vacancy WHERE title = $1', [title]);
    expect(retry.data!.createVacancy.id).toBe(row.id);
  });

  it('keeps keys per user, refuses a key used for another operation and a malformed key, with the field', async () => {
    const key = randomUUID();
    const title = `Kok per gebruiker ${uniqueWord()}`;
    const mine = await app.graphql(CREATE, { input: input(title), key }, { as: AM });
    const colleague = await app.graphql(CREATE, { input: input(title), key }, { as: UWV_AM });
    expect(colleague.errors).toBeUndefined();
    expect(colleague.data!.createVacancy.id).not.toBe(mine.data!.createVacancy.id);

    const reused = await app.graphql(NOTE, { input: { employerId, text: 'Gebeld over vacature' }, key }, { as: AM });
    expect(reused.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'idempotencyKey', message: 'was used for createVacancy; send a new key' }],
    });
    const malformed = await app.graphql(CREATE, { input: input(title), key: 'kort' }, { as: AM });
    expect(malformed.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'idempotencyKey' }],
    });
    expect(await vacanciesTitled(title)).toBe(2);
  });

  it('plans a visit once per key', async () => {
    const [{ id: me }] = await app.dataSource.query('SELECT id FROM app_user WHERE email = $1', [AM]);
    const key = randomUUID();
    const purpose = `Kennismaking ${uniqueWord()}`;
    const plan = () =>
      app.graphql(
        graphql(`
          mutation IdempotencyPlanVisit($input: PlanVisitInput!, $key: String) {
            planVisit(input: $input, idempotencyKey: $key) {
              visit {
                id
              }
            }
          }
        `),
        {
          input: {
            employerId,
            startsAt: '2032-03-01T09:00:00Z',
            endsAt: '2032-03-01T10:00:00Z',
            purpose,
            participants: [{ userId: me, isLead: true }],
            allowOverlap: true,
          },
          key,
        },
        { as: AM },
      );
    const [first, again] = [await plan(), await plan()];
    expect(first.errors).toBeUndefined();
    expect(again.data!.planVisit.visit.id).toBe(first.data!.planVisit.visit.id);
    const [{ n }] = await app.dataSource.query('SELECT count(*)::int AS n FROM visit WHERE purpose = $1', [purpose]);
    expect(n).toBe(1);
  });

  it('adds a note once per key', async () => {
    const key = randomUUID();
    const text = `Terugbelverzoek ${uniqueWord()}`;
    const first = await app.graphql(NOTE, { input: { employerId, text }, key }, { as: AM });
    const again = await app.graphql(NOTE, { input: { employerId, text }, key }, { as: AM });
    expect(first.errors).toBeUndefined();
    expect(again.data!.addEmployerNote.id).toBe(first.data!.addEmployerNote.id);
    const [{ n }] = await app.dataSource.query(
      "SELECT count(*)::int AS n FROM employer_timeline_entry WHERE kind = 'NOTE' AND text = $1",
      [text],
    );
    expect(n).toBe(1);
  });

  /** Every other create: the same key twice makes one record, and the retry answers with it. */
  describe.each([
    {
      operation: 'createCandidateProfile',
      as: 'jobcoach@uwv.demo',
      // With a client number: the retry must find its profile, not the "client already has a profile" conflict.
      mutation: `mutation($input: CreateCandidateProfileInput!, $key: String) { createCandidateProfile(input: $input, idempotencyKey: $key) { id } }`,
      input: (word: string) => profileInput({ pitch: `Magazijnwerk ${word}`, clientNumber: `IDEM-${word}` }),
      count: `SELECT count(*)::int AS n FROM candidate_profile WHERE pitch = $1`,
      marker: (word: string) => `Magazijnwerk ${word}`,
    },
    {
      operation: 'addEmployerContact',
      as: AM,
      mutation: `mutation($input: AddContactInput!, $key: String) { addEmployerContact(input: $input, idempotencyKey: $key) { id } }`,
      input: (word: string) => ({ employerId, name: `Contact ${word}`, role: 'HR-adviseur' }),
      count: `SELECT count(*)::int AS n FROM employer_contact WHERE name = $1`,
      marker: (word: string) => `Contact ${word}`,
    },
    {
      operation: 'startImport',
      as: AM,
      mutation: `mutation($input: StartImportInput!, $key: String) { startImport(input: $input, idempotencyKey: $key) { id } }`,
      input: (word: string) => ({
        kind: 'EMPLOYERS',
        fileName: `${word}.csv`,
        content: Buffer.from('kvk_nummer,naam\r\n').toString('base64'),
      }),
      count: `SELECT count(*)::int AS n FROM employer_import WHERE file_name = $1`,
      marker: (word: string) => `${word}.csv`,
    },
    {
      operation: 'addUser',
      as: 'admin@uwv.demo',
      mutation: `mutation($input: AddUserInput!, $key: String) { addUser(input: $input, idempotencyKey: $key) { id } }`,
      input: (word: string) => ({
        subject: `oidc|${word}`,
        displayName: `Nieuwe Collega`,
        email: `${word}@uwv.example`,
        roles: ['ACCOUNT_MANAGER'],
      }),
      count: `SELECT count(*)::int AS n FROM app_user WHERE email = $1`,
      marker: (word: string) => `${word}@uwv.example`,
    },
  ])('$operation', ({ operation, as, mutation, input, count, marker }) => {
    it('makes one record of a retry with the same key, and answers the retry with it', async () => {
      const word = uniqueWord();
      const key = randomUUID();
      const send = () => app.graphql<Record<string, { id: string }>>(mutation, { input: input(word), key }, { as });
      const first = await send();
      const again = await send();
      expect(first.errors).toBeUndefined();
      expect(again.errors).toBeUndefined();
      expect(again.data![operation].id).toBe(first.data![operation].id);
      const [{ n }] = await app.dataSource.query(count, [marker(word)]);
      expect(n).toBe(1);
    });
  });

  it('adds a follow-up once per key', async () => {
    const [{ id: me }] = await app.dataSource.query('SELECT id FROM app_user WHERE email = $1', [AM]);
    const planned = await app.graphql(
      graphql(`
        mutation IdempotencyPlanVisit2($input: PlanVisitInput!) {
          planVisit(input: $input) {
            visit {
              id
            }
          }
        }
      `),
      {
        input: {
          employerId,
          startsAt: '2032-04-01T09:00:00Z',
          endsAt: '2032-04-01T10:00:00Z',
          purpose: `Opvolging ${uniqueWord()}`,
          participants: [{ userId: me, isLead: true }],
          allowOverlap: true,
        },
      },
      { as: AM },
    );
    const visitId = planned.data!.planVisit.visit.id;
    const key = randomUUID();
    const title = `Offerte sturen ${uniqueWord()}`;
    const add = () =>
      app.graphql(
        graphql(`
          mutation IdempotencyAddFollowUp($input: AddFollowUpInput!, $key: String) {
            addFollowUp(input: $input, idempotencyKey: $key) {
              id
            }
          }
        `),
        { input: { visitId, title, ownerId: me }, key },
        { as: AM },
      );
    const [first, again] = [await add(), await add()];
    expect(first.errors).toBeUndefined();
    expect(again.data!.addFollowUp.id).toBe(first.data!.addFollowUp.id);
    const [{ n }] = await app.dataSource.query('SELECT count(*)::int AS n FROM follow_up WHERE title = $1', [title]);
    expect(n).toBe(1);
  });
});
