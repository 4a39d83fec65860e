import { createEmployer } from '../factories/employer.factory';
import { statementsDuring } from '../support/statements';
import { TestApp } from '../support/test-app';

const AM = 'accountmanager@groningen.demo';
const PAGE = `query($first: Int) {
  employers(first: $first) {
    totalCount
    edges { node { id legalName contacts { name role } team { userId isLead } vacancies { id status } timeline { kind text } } }
  }
}`;

/** The page's statements: the rate limiter's counters (PostgreSQL store) are bookkeeping of the request. */
async function statementsOf(work: () => Promise<unknown>): Promise<string[]> {
  const { statements } = await statementsDuring(work);
  return statements.map(({ text }) => text).filter((sql) => !sql.includes('rate_limit_window'));
}

describe('employer list page', () => {
  let app: TestApp;
  let token: string;
  const withVacancies: string[] = [];
  beforeAll(async () => {
    // Without the actor cache the count below is the worst case: every request reads its actor.
    app = await TestApp.start({ RUN_WORKERS: 'false', ACTOR_CACHE_TTL_MS: '0' });
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
      if (i % 10 === 0) {
        const created = await app.graphql(
          'mutation($input: CreateVacancyInput!) { createVacancy(input: $input) { id } }',
          {
            input: {
              employerId: employer.id,
              title: `Vacature ${i}`,
              occupationCode: '5321',
              hoursMin: 24,
              hoursMax: 32,
              municipalityCode: 'GM0014',
              contractType: 'PERMANENT',
              skills: [{ code: 'LOG-01', required: true, weight: 3 }],
            },
          },
          { token },
        );
        expect(created.errors).toBeUndefined();
        withVacancies.push(employer.id);
      }
    }
  });
  afterAll(() => app.close());

  it('runs the same small number of SQL statements for 10 or 50 employers with their relations', async () => {
    const counts: number[] = [];
    for (const first of [10, 50]) {
      const statements = await statementsOf(async () => {
        const response = await app.graphql<{ employers: { edges: unknown[] } }>(PAGE, { first }, { token });
        expect(response.errors).toBeUndefined();
        expect(response.data!.employers.edges).toHaveLength(first);
      });
      counts.push(statements.length);
    }
    // Actor lookup, the page with its total, and one shared statement for contacts, team, vacancies and timeline.
    expect(counts).toEqual([3, 3]);
  });

  it('reads a later page with its total in one statement too, and still counts past the last page', async () => {
    const query = `query($first: Int, $after: String) { employers(first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id contacts { name } } } } }`;
    type Page = {
      employers: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: unknown[] };
    };
    const read = async (first: number, after?: string) => {
      const response = await app.graphql<Page>(query, { first, after }, { token });
      expect(response.errors).toBeUndefined();
      return response.data!.employers;
    };
    const { totalCount, pageInfo } = await read(10);
    let second: Page['employers'] | undefined;
    const statements = await statementsOf(async () => {
      second = await read(10, pageInfo.endCursor);
    });
    // Actor lookup, the page with its total, and the shared statement of its contacts.
    expect(statements).toHaveLength(3);
    expect(second!.totalCount).toBe(totalCount);
    expect(second!.edges).toHaveLength(10);

    let last = await read(200);
    while (last.pageInfo.hasNextPage) last = await read(200, last.pageInfo.endCursor);
    expect(last.totalCount).toBe(totalCount);
    const past = await read(10, last.pageInfo.endCursor);
    expect(past).toMatchObject({ totalCount, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('reads only the employer columns a page shows, its relations needing none, on every page', async () => {
    const query = `query($after: String) { employers(first: 20, after: $after) {
      pageInfo { endCursor } edges { node { id kvkNumber contacts { name } vacancies { title } } } } }`;
    let first: { employers: { pageInfo: { endCursor: string }; edges: { node: { id: string } }[] } } | undefined;
    const firstPage = await statementsOf(async () => {
      first = (await app.graphql<typeof first>(query, {}, { token })).data!;
    });
    const second = await statementsOf(async () => {
      const response = await app.graphql<typeof first>(
        query,
        { after: first!.employers.pageInfo.endCursor },
        { token },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.employers.edges).toHaveLength(20);
      expect(response.data!.employers.edges.map((e) => e.node.id)).not.toContain(first!.employers.edges[19].node.id);
    });
    for (const statements of [firstPage, second]) {
      const [list] = statements.filter(
        (sql) => sql.includes('FROM "employer" "e"') && sql.includes('"e"."kvk_number"'),
      );
      expect(list).toContain('"e"."legal_name"'); // the sort key, for the cursor
      expect(list).not.toContain('"e"."website"');
      expect(list).not.toContain('"e"."sbi_codes"');
    }
  });

  it('reads only the columns the client selected on vacancies and contacts, and every column for anything else', async () => {
    const [narrow] = await statementsOf(() =>
      app.graphql(
        PAGE.replace('vacancies { id status }', 'vacancies { ...V }') + ' fragment V on Vacancy { id status }',
        { first: 5 },
        { token },
      ),
    ).then((statements) => statements.filter((sql) => sql.includes('json_agg(q)')));
    expect(narrow).toContain('"v"."status"');
    expect(narrow).not.toContain('"v"."description"');
    expect(narrow).toContain('"c"."role"');
    expect(narrow).not.toContain('"c"."email"');

    // skills is not a column: the vacancies are read whole, and the answer is the same either way.
    // Other test files share the database, so this test's employers are asked for by id.
    const query = `{ ${withVacancies
      .map((id, i) => `e${i}: employer(id: "${id}") { vacancies { id title status SKILLS } }`)
      .join(' ')} }`;
    let response: Awaited<ReturnType<typeof app.graphql>> | undefined;
    const [wide] = await statementsOf(async () => {
      response = await app.graphql(query.replaceAll('SKILLS', 'skills { skillCode }'), {}, { token });
    }).then((statements) => statements.filter((sql) => sql.includes('"v"."title"')));
    expect(response!.errors).toBeUndefined();
    expect(wide).toContain('"v"."description"');
    const strip = (data: unknown) => JSON.stringify(data).replace(/,"skills":\[[^\]]*\]/g, '');
    expect(JSON.stringify(response!.data).match(/"title"/g)).toHaveLength(6);
    expect(strip(response!.data)).toBe(strip((await app.graphql(query.replaceAll('SKILLS', ''), {}, { token })).data));
  });

  it('reads an employer page, the account with its relations, in one statement; another region reads nothing', async () => {
    const [id] = withVacancies;
    const query = `query($id: ID!) { employer(id: $id) {
      id legalName contacts { name } team { userId isLead } vacancies { id title } timeline { kind text } } }`;
    let page: { employer: { id: string; contacts: unknown[]; vacancies: unknown[]; timeline: unknown[] } } | undefined;
    const statements = await statementsOf(async () => {
      const response = await app.graphql<typeof page>(query, { id }, { token });
      expect(response.errors).toBeUndefined();
      page = response.data!;
    });
    // Actor lookup, then the account and its four relations together.
    expect(statements).toHaveLength(2);
    expect(page!.employer).toMatchObject({ id, contacts: [{ name: expect.any(String) }] });
    expect(page!.employer.vacancies).toHaveLength(1);
    expect(page!.employer.timeline.length).toBeGreaterThan(0);

    const outsider = await app.graphql<typeof page>(query, { id }, { as: 'accountmanager@emmen.demo' });
    expect(outsider.data).toBeNull();
    expect(outsider.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
  });
});
