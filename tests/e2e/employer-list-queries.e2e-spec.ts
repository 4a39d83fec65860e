import { Client } from 'pg';
import { createEmployer } from '../factories/employer.factory';
import { TestApp } from '../support/test-app';

const AM = 'accountmanager@groningen.demo';
const PAGE = `query($first: Int) {
  employers(first: $first) {
    totalCount
    edges { node { id legalName contacts { name role } team { userId isLead } vacancies { id status } timeline { kind text } } }
  }
}`;

/** Every SQL statement the app sends runs through pg's Client#query. */
async function statementsDuring(work: () => Promise<unknown>): Promise<string[]> {
  const spy = jest.spyOn(Client.prototype, 'query');
  try {
    await work();
    // The rate limiter's counters (PostgreSQL store) are bookkeeping of the request, not of the page.
    return spy.mock.calls
      .map((call) => String(typeof call[0] === 'string' ? call[0] : (call[0] as { text?: string }).text))
      .filter((sql) => !sql.includes('rate_limit_window'));
  } finally {
    spy.mockRestore();
  }
}

describe('employer list page', () => {
  let app: TestApp;
  let token: string;
  beforeAll(async () => {
    app = await TestApp.start({ RUN_WORKERS: 'false' });
    token = await app.tokenFor(AM);
    for (let i = 0; i < 60; i++) {
      const employer = await createEmployer(app, AM);
      await app.graphql(
        'mutation($input: AddContactInput!) { addEmployerContact(input: $input) { id } }',
        {
          input: { employerId: employer.id, name: `Contact ${i}` },
        },
        { token },
      );
    }
  });
  afterAll(() => app.close());

  it('runs the same small number of SQL statements for 10 or 50 employers with their relations', async () => {
    const counts: number[] = [];
    for (const first of [10, 50]) {
      const statements = await statementsDuring(async () => {
        const response = await app.graphql<{ employers: { edges: unknown[] } }>(PAGE, { first }, { token });
        expect(response.errors).toBeUndefined();
        expect(response.data!.employers.edges).toHaveLength(first);
      });
      counts.push(statements.length);
    }
    // Actor lookup, the page with its total, and one shared statement for contacts, team, vacancies and timeline.
    expect(counts).toEqual([3, 3]);
  });
});
