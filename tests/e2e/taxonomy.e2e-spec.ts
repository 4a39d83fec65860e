import { onlyError, TestApp } from '../support/test-app';
import { graphql } from '../gql';

const SEARCH = graphql(`
  query TaxonomyOccupations($search: String!, $first: Int) {
    occupations(search: $search, first: $first) {
      code
      level
      titleNl
    }
  }
`);
const AS = { as: 'accountmanager@groningen.demo' };

describe('taxonomy', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ RUN_WORKERS: 'false' });
  });
  afterAll(() => app.close());

  async function topResult(search: string): Promise<string> {
    const response = await app.graphql(SEARCH, { search, first: 5 }, AS);
    expect(response.errors).toBeUndefined();
    return response.data!.occupations[0]?.code;
  }

  it.each([
    ['heftruck', '8344'],
    ['Heftruckchauffeur', '8344'],
    ['verzorgende', '5321'],
    ['verzorgende IG', '5321'],
    ['schoonma', '9112'],
    ['softwareontwikkelaar', '2512'],
    ['vakkenvuller', '9334'],
    ['zoologen', '2131'],
    ['ZOÖLOGEN', '2131'],
    ['Software developers', '2512'],
    ['leerkracht basisonderwijs', '2341'],
  ])('ranks the right unit group first for "%s"', async (search, code) => {
    expect(await topResult(search)).toBe(code);
  });

  it.each([
    ['programmeur', ['2512', '2514']],
    ['callcentermedewerker', ['4222']],
    ['groenvoorziener', ['9214']],
    ['bouwvakker', ['9313']],
    ['facilitair medewerker', ['5153']],
    ['data-entry medewerker', ['4132']],
    ['horecamedewerker', ['5131']],
    ['installateur', ['7126', '7411']],
    ['softwaretester', ['2519']],
  ])('finds every unit group a WSP means by "%s" (the search gaps of version 1)', async (search, codes) => {
    const response = await app.graphql(SEARCH, { search, first: 10 }, AS);
    expect(response.errors).toBeUndefined();
    const found = response.data!.occupations.map((o) => o.code);
    for (const code of codes) expect(found).toContain(code);
  });

  it('finds a group by a code prefix, the group itself first', async () => {
    const response = await app.graphql(SEARCH, { search: '251', first: 10 }, AS);
    expect(response.data!.occupations.map((o) => o.code)).toEqual(['251', '2511', '2512', '2513', '2514', '2519']);
  });

  it('tolerates a typo', async () => {
    expect(await topResult('vrachtwagenchaufeur')).toBe('8332');
  });

  it('answers an empty search with the major groups', async () => {
    const response = await app.graphql(SEARCH, { search: '   ' }, AS);
    expect(response.data!.occupations.map((o) => o.code)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });

  it('refuses an over-long search with BAD_USER_INPUT on search', async () => {
    const error = onlyError(await app.graphql(SEARCH, { search: 'x'.repeat(500) }, AS));
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.fields).toEqual([expect.objectContaining({ field: 'search' })]);
  });

  it('treats LIKE wildcards in the search as plain text', async () => {
    const response = await app.graphql(SEARCH, { search: '%_%' }, AS);
    expect(response.errors).toBeUndefined();
    expect(response.data!.occupations).toEqual([]);
  });

  it('returns an occupation with its parents, children and typical skills', async () => {
    const response = await app.graphql(
      graphql(`
        query TaxonomyOccupation {
          occupation(code: "834") {
            code
            titleEn
            parent {
              code
            }
            ancestors {
              code
            }
            children {
              code
            }
          }
          unit: occupation(code: "8344") {
            skills {
              code
            }
          }
        }
      `),
      {},
      AS,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      occupation: {
        code: '834',
        titleEn: 'Mobile plant operators',
        parent: { code: '83' },
        ancestors: [{ code: '8' }, { code: '83' }],
        children: [{ code: '8341' }, { code: '8342' }, { code: '8343' }, { code: '8344' }],
      },
      unit: { skills: expect.arrayContaining([{ code: 'LOG-01' }, { code: 'LOG-02' }]) },
    });
  });

  it('answers NOT_FOUND for an unknown code and BAD_USER_INPUT for a malformed one', async () => {
    expect(
      onlyError(
        await app.graphql(
          graphql(`
            query TaxonomyOccupation2 {
              occupation(code: "9999") {
                code
              }
            }
          `),
          {},
          AS,
        ),
      ).extensions?.code,
    ).toBe('NOT_FOUND');
    expect(
      onlyError(
        await app.graphql(
          graphql(`
            query TaxonomyOccupation3 {
              occupation(code: "12a") {
                code
              }
            }
          `),
          {},
          AS,
        ),
      ).extensions?.code,
    ).toBe('BAD_USER_INPUT');
  });

  it('suggests the skills typical of an occupation group, and searches skills by label', async () => {
    const forGroup = await app.graphql(
      graphql(`
        query TaxonomySkills {
          skills(occupationCode: "8344") {
            code
          }
        }
      `),
      {},
      AS,
    );
    expect(forGroup.data!.skills.map((s) => s.code)).toEqual(expect.arrayContaining(['LOG-01', 'LOG-02', 'LOG-03']));
    const byLabel = await app.graphql(
      graphql(`
        query TaxonomySkills2 {
          skills(search: "heftr") {
            code
            labelNl
          }
        }
      `),
      {},
      AS,
    );
    expect(byLabel.data!.skills[0]).toEqual({ code: 'LOG-01', labelNl: 'Heftruck besturen' });
    expect(
      onlyError(
        await app.graphql(
          graphql(`
            query TaxonomySkills3 {
              skills(occupationCode: "9999") {
                code
              }
            }
          `),
          {},
          AS,
        ),
      ).extensions?.code,
    ).toBe('NOT_FOUND');
  });

  it('lists the education levels in order', async () => {
    const response = await app.graphql(
      graphql(`
        query TaxonomyEducationLevels {
          educationLevels {
            code
            nlqf
            isced
          }
        }
      `),
      {},
      AS,
    );
    expect(response.data!.educationLevels.map((l) => l.code)).toEqual([
      'BASISONDERWIJS',
      'VMBO_BB',
      'MBO_1',
      'VMBO_KB',
      'VMBO_GT',
      'MBO_2',
      'MBO_3',
      'MBO_4',
      'HAVO',
      'VWO',
      'AD',
      'HBO',
      'WO_BACHELOR',
      'WO',
    ]);
  });

  it('requires a token', async () => {
    expect(onlyError(await app.graphql(SEARCH, { search: 'heftruck' })).extensions?.code).toBe('UNAUTHENTICATED');
  });
});
