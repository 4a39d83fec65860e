import { createEmployer } from '../factories/employer.factory';
import { statementsDuring } from '../support/statements';
import { TestApp } from '../support/test-app';
import { graphql } from '../gql';

const AM = 'accountmanager@groningen.demo';
const PAGE = graphql(`
  query EmployerListEmployers($first: Int) {
    employers(first: $first) {
      totalCount
      edges {
        node {
          id
          legalName
          contacts {
            name
            role
          }
          team {
            userId
            isLead
          }
          vacancies {
            id
            status
          }
          timeline {
            kind
            text
          }
        }
      }
    }
  }
`);

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
        graphql(`
          mutation EmployerListAddEmployerContact($input: AddContactInput!) {
            addEmployerContact(input: $input) {
              id
            }
          }
        `),
        {
          input: { employerId: employer.id, name: `Contact ${i}` },
        },
        { token },
      );
      if (i % 10 === 0) {
        const created = await app.graphql(
          graphql(`
            mutation EmployerListCreateVacancy($input: CreateVacancyInput!) {
              createVacancy(input: $input) {
                id
              }
            }
          `),
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

  it('runs as many SQL statements for 50 employers with their relations as for 10', async () => {
    const counts: number[] = [];
    for (const first of [10, 50]) {
      const statements = await statementsOf(async () => {
        const response = await app.graphql(PAGE, { first }, { token });
        expect(response.errors).toBeUndefined();
        expect(response.data!.employers.edges).toHaveLength(first);
      });
      counts.push(statements.length);
    }
    // The actor, the page with its total, and one batch per relation: none per employer.
    expect(counts[1]).toBe(counts[0]);
    expect(counts[0]).toBeLessThanOrEqual(6);
  });

  it('reads a later page with its total beside its rows, and still counts past the last page', async () => {
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
    let firstPage: Page['employers'] | undefined;
    const firstStatements = await statementsOf(async () => {
      firstPage = await read(10);
    });
    let second: Page['employers'] | undefined;
    const statements = await statementsOf(async () => {
      second = await read(10, firstPage!.pageInfo.endCursor);
    });
    // No statement of its own for the total: as many as the first page.
    expect(statements).toHaveLength(firstStatements.length);
    expect(second!.totalCount).toBe(firstPage!.totalCount);
    expect(second!.edges).toHaveLength(10);

    let last = await read(200);
    while (last.pageInfo.hasNextPage) last = await read(200, last.pageInfo.endCursor);
    expect(last.totalCount).toBe(firstPage!.totalCount);
    const past = await read(10, last.pageInfo.endCursor);
    expect(past).toMatchObject({
      totalCount: firstPage!.totalCount,
      edges: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
  });

  it("reads a page's relations together, in one statement, whatever their libraries", async () => {
    const statements = await statementsOf(async () => {
      const response = await app.graphql(PAGE, { first: 20 }, { token });
      expect(response.errors).toBeUndefined();
    });
    const relations = statements.filter((sql) => /employer_contact|employer_team_member|FROM vacancy/.test(sql));
    expect(relations).toHaveLength(1);
    for (const table of ['employer_contact', 'employer_team_member', 'employer_timeline_entry', 'FROM vacancy']) {
      expect(relations[0]).toContain(table);
    }
  });

  it("reads only the list's columns when the selection needs no others, and every column for anything else", async () => {
    const listed = async (fields: string) => {
      const statements = await statementsOf(async () => {
        const response = await app.graphql(
          `{ employers(first: 5) { edges { node { ${fields} vacancies { id title status } } } } }`,
          {},
          { token },
        );
        expect(response.errors).toBeUndefined();
      });
      return {
        page: statements.find((sql) => sql.includes('FROM "employer" "e"'))!,
        vacancies: statements.find((sql) => sql.includes('FROM vacancy'))!,
      };
    };
    const narrow = await listed('id legalName kvkNumber');
    expect(narrow.page).toContain('"e"."legal_name"');
    expect(narrow.page).not.toContain('"e"."website"');
    expect(narrow.vacancies).not.toContain('"v"."description"');

    const wide = await listed('id legalName website');
    expect(wide.page).toContain('"e"."website"');

    // A field the summary does not list (here one another library resolves) reads the vacancies whole; the answer
    // is the same either way.
    const [id] = withVacancies;
    const query = (extra: string) => `{ employer(id: "${id}") { vacancies { id title status ${extra} } } }`;
    let withProposals: Awaited<ReturnType<typeof app.graphql>> | undefined;
    const [whole] = await statementsOf(async () => {
      withProposals = await app.graphql(query('proposals { id }'), {}, { token });
    }).then((statements) => statements.filter((sql) => sql.includes('FROM vacancy')));
    expect(withProposals!.errors).toBeUndefined();
    expect(whole).toContain('"v"."description"');
    const strip = (data: unknown) => JSON.stringify(data).replace(/,"proposals":\[[^\]]*\]/g, '');
    expect(strip(withProposals!.data)).toBe(strip((await app.graphql(query(''), {}, { token })).data));
  });

  it('reads an employer page with its relations in one batch each; another region reads none of them', async () => {
    const [id] = withVacancies;
    const query = `query($id: ID!) { employer(id: $id) {
      id legalName contacts { name } team { userId isLead } vacancies { id title } timeline { kind text } } }`;
    let page: { employer: { id: string; contacts: unknown[]; vacancies: unknown[]; timeline: unknown[] } } | undefined;
    const statements = await statementsOf(async () => {
      const response = await app.graphql<typeof page>(query, { id }, { token });
      expect(response.errors).toBeUndefined();
      page = response.data!;
    });
    // The actor, the account, and one statement per relation.
    expect(statements.length).toBeLessThanOrEqual(6);
    expect(page!.employer).toMatchObject({ id, contacts: [{ name: expect.any(String) }] });
    expect(page!.employer.vacancies).toHaveLength(1);
    expect(page!.employer.timeline.length).toBeGreaterThan(0);

    const outsiderStatements = await statementsOf(async () => {
      const outsider = await app.graphql<typeof page>(query, { id }, { as: 'accountmanager@emmen.demo' });
      expect(outsider.data).toBeNull();
      expect(outsider.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    });
    expect(outsiderStatements.filter((sql) => /employer_contact|employer_team_member|vacancy/.test(sql))).toEqual([]);
  });
});
