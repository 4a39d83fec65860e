import { createEmployer } from '../factories/employer.factory';
import { onlyError, TestApp } from '../support/test-app';
import { graphql } from '../gql';
import type { CreateVacancyInput } from '../gql/graphql';

const AM = 'accountmanager@uwv.demo';

describe('PII guard on free text', () => {
  let app: TestApp;
  let employerId: string;
  beforeAll(async () => {
    app = await TestApp.start({ RUN_WORKERS: 'false' });
    employerId = (await createEmployer(app, AM)).id;
  });
  afterAll(() => app.close());

  it('refuses an employer note with a phone number: PII_DETECTED on input.text, nothing stored, text not echoed', async () => {
    const text = 'Kandidaat Jan bereikbaar op 06-12345678';
    const response = await app.graphql(
      graphql(`
        mutation PiiGuardAddEmployerNote($input: AddEmployerNoteInput!) {
          addEmployerNote(input: $input) {
            id
          }
        }
      `),
      { input: { employerId, text } },
      { as: AM },
    );
    const error = onlyError(response);
    expect(error.extensions).toMatchObject({ code: 'PII_DETECTED', fields: [{ field: 'input.text', kind: 'PHONE' }] });
    expect(JSON.stringify(response)).not.toContain('06-12345678');
    const [{ count }] = await app.dataSource.query(
      "SELECT count(*)::int AS count FROM employer_timeline_entry WHERE employer_id = $1 AND kind = 'NOTE'",
      [employerId],
    );
    expect(count).toBe(0);
  });

  it('refuses a vacancy description with a BSN and accepts an ordinary one', async () => {
    const input: CreateVacancyInput = {
      employerId,
      title: 'Orderpicker',
      occupationCode: '9333',
      hoursMin: 24,
      hoursMax: 38,
      municipalityCode: 'GM0106',
      contractType: 'TEMPORARY',
    };
    const refused = await app.graphql(
      graphql(`
        mutation PiiGuardCreateVacancy($input: CreateVacancyInput!) {
          createVacancy(input: $input) {
            id
          }
        }
      `),
      { input: { ...input, description: 'Voor klant met BSN 111222333, start 2027' } },
      { as: AM },
    );
    expect(onlyError(refused).extensions).toMatchObject({
      code: 'PII_DETECTED',
      fields: [{ field: 'input.description', kind: 'BSN' }],
    });
    const accepted = await app.graphql(
      graphql(`
        mutation PiiGuardCreateVacancy2($input: CreateVacancyInput!) {
          createVacancy(input: $input) {
            id
          }
        }
      `),
      { input: { ...input, description: 'Start 04-01-2027, 32-40 uur, salaris € 2.450,00, KvK 12345678' } },
      { as: AM },
    );
    expect(accepted.errors).toBeUndefined();
  });
});
