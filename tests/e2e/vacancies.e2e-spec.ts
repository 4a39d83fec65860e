import { createEmployer } from '../factories/employer.factory';
import { graphql } from '../gql';
import type { CreateVacancyInput, UpdateVacancyInput } from '../gql/graphql';
import { statementsDuring } from '../support/statements';
import { onlyError, TestApp } from '../support/test-app';

const AM_UWV = 'accountmanager@uwv.demo';
const AM_GRONINGEN = 'accountmanager@groningen.demo';
const AM_EMMEN = 'accountmanager@emmen.demo';
const CREATE = graphql(`
  mutation CreateVacancy($input: CreateVacancyInput!) {
    createVacancy(input: $input) {
      id
      status
      version
      regionCode
      ownerOrganisationId
      skills {
        skillCode
        required
        weight
      }
    }
  }
`);
const STATUS = graphql(`
  mutation ChangeVacancyStatus($input: ChangeVacancyStatusInput!) {
    changeVacancyStatus(input: $input) {
      status
      version
    }
  }
`);
const UPDATE = graphql(`
  mutation UpdateVacancy($input: UpdateVacancyInput!) {
    updateVacancy(input: $input) {
      id
    }
  }
`);
const EMPLOYER_VACANCIES = graphql(`
  query EmployerVacancies($id: ID!) {
    employer(id: $id) {
      vacancies {
        id
      }
      timeline {
        kind
      }
    }
  }
`);
const VACANCY = graphql(`
  query Vacancy($id: ID!) {
    vacancy(id: $id) {
      id
      title
    }
  }
`);
const VACANCIES = graphql(`
  query Vacancies($filter: VacancyFilter) {
    vacancies(filter: $filter, first: 100) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

describe('vacancies', () => {
  let app: TestApp;
  let employerId: string;
  beforeAll(async () => {
    app = await TestApp.start({ RUN_WORKERS: 'false' });
    employerId = (await createEmployer(app, AM_UWV)).id;
  });
  afterAll(() => app.close());

  /** A valid input with `overrides`, which may be invalid on purpose (the refusals below). */
  function vacancyInput(overrides: Record<string, unknown> = {}): CreateVacancyInput {
    return {
      employerId,
      title: 'Heftruckchauffeur distributiecentrum',
      occupationCode: '8344',
      skills: [
        { code: 'LOG-01', required: true, weight: 3 },
        { code: 'TRV-12', required: false },
      ],
      minEducationLevel: 'MBO_2',
      hoursMin: 32,
      hoursMax: 40,
      municipalityCode: 'GM0106',
      contractType: 'TEMPORARY',
      startDate: '2027-01-04',
      drivingLicences: ['B'],
      languages: ['nl'],
      jobsAgreement: true,
      ...overrides,
    } as CreateVacancyInput;
  }

  async function create(as = AM_GRONINGEN, overrides: Record<string, unknown> = {}) {
    const response = await app.graphql(CREATE, { input: vacancyInput(overrides) }, { as });
    expect(response.errors).toBeUndefined();
    return response.data!.createVacancy;
  }

  it('creates an open vacancy for a partner employer, owned by the creating organisation, with its skills', async () => {
    const vacancy = await create();
    expect(vacancy).toMatchObject({ status: 'OPEN', regionCode: 'GRONINGEN' });
    expect(vacancy.skills).toEqual([
      { skillCode: 'LOG-01', required: true, weight: 3 },
      { skillCode: 'TRV-12', required: false, weight: 1 },
    ]);
    const [groningen] = await app.dataSource.query("SELECT id FROM organisation WHERE slug = 'groningen'");
    expect(vacancy.ownerOrganisationId).toBe(groningen.id);
    const employer = await app.graphql(EMPLOYER_VACANCIES, { id: employerId }, { as: 'jobcoach@uwv.demo' });
    expect(employer.data!.employer.vacancies.map((v) => v.id)).toContain(vacancy.id);
    expect(employer.data!.employer.timeline.map((t) => t.kind)).toContain('VACANCY_CREATED');
  });

  it.each([
    [{ occupationCode: '834' }, 'input.occupationCode'],
    [{ occupationCode: '9999' }, 'input.occupationCode'],
    [{ municipalityCode: 'GM9999' }, 'input.municipalityCode'],
    [{ minEducationLevel: 'PHD' }, 'input.minEducationLevel'],
    [{ hoursMin: 40, hoursMax: 20 }, 'input.hoursMax'],
    [{ skills: [{ code: 'XXX-99', required: true }] }, 'input.skills'],
    [{ startDate: '04-01-2027' }, 'input.startDate'],
    [{ startDate: '2027-03-01', closingDate: '2027-02-28' }, 'input.closingDate'],
  ])('refuses %j with BAD_USER_INPUT on %s and stores nothing', async (overrides, field) => {
    const [{ count: before }] = await app.dataSource.query('SELECT count(*)::int AS count FROM vacancy');
    const error = onlyError(await app.graphql(CREATE, { input: vacancyInput(overrides) }, { as: AM_GRONINGEN }));
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect((error.extensions?.fields as { field: string }[]).map((f) => f.field)).toContain(field);
    const [{ count: after }] = await app.dataSource.query('SELECT count(*)::int AS count FROM vacancy');
    expect(after).toBe(before);
  });

  it('takes an account manager who serves the region, and writes a vacancy on one connection', async () => {
    const [uwv, emmen] = await app.dataSource.query(
      'SELECT id FROM app_user WHERE email = ANY($1) ORDER BY email = $2 DESC',
      [[AM_UWV, AM_EMMEN], AM_UWV],
    );
    const [{ count: before }] = await app.dataSource.query('SELECT count(*)::int AS count FROM vacancy');
    const elsewhere = onlyError(
      await app.graphql(CREATE, { input: vacancyInput({ accountManagerId: emmen.id }) }, { as: AM_GRONINGEN }),
    );
    expect(elsewhere.extensions?.fields).toEqual([expect.objectContaining({ field: 'input.accountManagerId' })]);
    const [{ count: after }] = await app.dataSource.query('SELECT count(*)::int AS count FROM vacancy');
    expect(after).toBe(before);
    await create(AM_GRONINGEN, { accountManagerId: uwv.id });

    // The creator's own vacancy: the employer is read in the transaction, and the creator is not checked again.
    const { statements } = await statementsDuring(() => create(AM_GRONINGEN));
    // Other work in the process (the outbox relay) runs on other connections: keep the create's connection.
    const employerRead = statements.find((s) => s.text.includes('FROM "employer"'));
    const own = statements
      .filter((s) => s.client === employerRead?.client)
      .map((s) => s.text)
      .filter((sql) => !/rate_limit_window|subject/.test(sql));
    expect(own[0]).toBe('START TRANSACTION');
    expect(own[1]).toContain("set_config('statement_timeout'"); // the request's deadline
    expect(own[2]).toContain('FROM "employer"');
    expect(own.some((sql) => sql.includes('organisation_region r'))).toBe(false);
  });

  it('follows the lifecycle and refuses invalid transitions', async () => {
    const vacancy = await create();
    const hold = await app.graphql(
      STATUS,
      { input: { id: vacancy.id, version: vacancy.version, status: 'ON_HOLD' } },
      { as: AM_UWV },
    );
    expect(hold.data!.changeVacancyStatus.status).toBe('ON_HOLD');
    const filledFromHold = await app.graphql(
      STATUS,
      { input: { id: vacancy.id, version: hold.data!.changeVacancyStatus.version, status: 'FILLED' } },
      { as: AM_UWV },
    );
    expect(onlyError(filledFromHold).extensions?.code).toBe('BAD_USER_INPUT');
    const reopened = await app.graphql(
      STATUS,
      { input: { id: vacancy.id, version: hold.data!.changeVacancyStatus.version, status: 'OPEN' } },
      { as: AM_UWV },
    );
    const filled = await app.graphql(
      STATUS,
      { input: { id: vacancy.id, version: reopened.data!.changeVacancyStatus.version, status: 'FILLED' } },
      { as: AM_UWV },
    );
    expect(filled.data!.changeVacancyStatus.status).toBe('FILLED');
    const reopenFilled = await app.graphql(
      STATUS,
      { input: { id: vacancy.id, version: filled.data!.changeVacancyStatus.version, status: 'OPEN' } },
      { as: AM_UWV },
    );
    expect(onlyError(reopenFilled).extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses an update that moves one date past the other stored one', async () => {
    const created = await app.graphql(
      CREATE,
      { input: vacancyInput({ startDate: '2027-03-01', closingDate: '2027-03-15' }) },
      { as: AM_GRONINGEN },
    );
    const { id, version } = created.data!.createVacancy;
    const update = (input: Partial<UpdateVacancyInput>) =>
      app.graphql(UPDATE, { input: { id, version, ...input } }, { as: AM_GRONINGEN });
    for (const moved of [{ startDate: '2027-04-01' }, { closingDate: '2027-02-01' }]) {
      const refused = onlyError(await update(moved));
      expect(refused.extensions?.fields).toEqual([
        { field: 'input.closingDate', message: 'must not be before the start date' },
      ]);
    }
    const [stored] = await app.dataSource.query(
      "SELECT to_char(start_date, 'YYYY-MM-DD') AS start, to_char(closing_date, 'YYYY-MM-DD') AS closing FROM vacancy WHERE id = $1",
      [id],
    );
    expect(stored).toEqual({ start: '2027-03-01', closing: '2027-03-15' });
    expect((await update({ closingDate: '2027-03-01' })).errors).toBeUndefined();
  });

  it('refuses a stale version with CONFLICT', async () => {
    const vacancy = await create();
    await app.graphql(
      STATUS,
      { input: { id: vacancy.id, version: vacancy.version, status: 'ON_HOLD' } },
      { as: AM_UWV },
    );
    const stale = await app.graphql(
      UPDATE,
      { input: { id: vacancy.id, version: vacancy.version, title: 'Verloren wijziging' } },
      { as: AM_GRONINGEN },
    );
    expect(onlyError(stale).extensions).toMatchObject({ code: 'CONFLICT', currentVersion: vacancy.version + 1 });
  });

  it("hides another region's vacancies and lets job coaches read but not write", async () => {
    const vacancy = await create();
    expect(onlyError(await app.graphql(VACANCY, { id: vacancy.id }, { as: AM_EMMEN })).extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await app.graphql(VACANCY, { id: vacancy.id }, { as: 'jobcoach@wpda.demo' })).errors).toBeUndefined();
    const coachWrite = await app.graphql(CREATE, { input: vacancyInput() }, { as: 'jobcoach@wpda.demo' });
    expect(onlyError(coachWrite).extensions?.code).toBe('FORBIDDEN');
    const emmenCreate = await app.graphql(CREATE, { input: vacancyInput() }, { as: AM_EMMEN });
    expect(onlyError(emmenCreate).extensions?.code).toBe('NOT_FOUND');
  });

  it('lists vacancies by status, occupation group and employer, newest first', async () => {
    const first = await create(AM_GRONINGEN, { title: 'Magazijnmedewerker', occupationCode: '9333' });
    const second = await create(AM_GRONINGEN, { title: 'Orderpicker', occupationCode: '9333' });
    const response = await app.graphql(
      VACANCIES,
      { filter: { status: 'OPEN', occupationCode: '93', employerId } },
      { as: 'director@uwv.demo' },
    );
    const ids = response.data!.vacancies.edges.map((e) => e.node.id);
    expect(ids.indexOf(second.id)).toBeLessThan(ids.indexOf(first.id));
    expect(ids.indexOf(first.id)).toBeGreaterThanOrEqual(0);
  });
});
