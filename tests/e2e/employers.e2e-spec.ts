import { createEmployer, uniqueKvk } from '../factories/employer.factory';
import { createVacancy } from '../factories/vacancy.factory';
import { planVisit } from '../factories/visit.factory';
import { statementsDuring } from '../support/statements';
import { AccountMerges } from '@wsp/employers';
import { onlyError, TestApp } from '../support/test-app';
import { graphql } from '../gql';

const AM_UWV = 'accountmanager@uwv.demo';
const AM_WPDA = 'accountmanager@wpda.demo';
const AM_EMMEN = 'accountmanager@emmen.demo';
const COACH_WPDA = 'jobcoach@wpda.demo';
const CREATE = graphql(`
  mutation EmployersCreateEmployer($input: CreateEmployerInput!) {
    createEmployer(input: $input) {
      id
      regionCode
      kvkNumber
      postcode
      version
    }
  }
`);
const UPDATE = graphql(`
  mutation EmployersUpdateEmployer($input: UpdateEmployerInput!) {
    updateEmployer(input: $input) {
      id
      legalName
      keyAccount
      version
    }
  }
`);
const EMPLOYER = graphql(`
  query EmployersEmployer($id: ID!) {
    employer(id: $id) {
      id
      legalName
    }
  }
`);

describe('employer book', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ RUN_WORKERS: 'false' });
  });
  afterAll(() => app.close());

  describe('KvK number', () => {
    it.each([['1234567'], ['123456789'], ['1234567a']])(
      'refuses "%s" with BAD_USER_INPUT on input.kvkNumber',
      async (kvkNumber) => {
        const error = onlyError(await app.graphql(CREATE, { input: { kvkNumber, legalName: 'X' } }, { as: AM_UWV }));
        expect(error.extensions?.code).toBe('BAD_USER_INPUT');
        expect(error.extensions?.fields).toEqual([expect.objectContaining({ field: 'input.kvkNumber' })]);
      },
    );

    it('is unique in the region: a second account is a CONFLICT naming the existing one', async () => {
      const first = await createEmployer(app, AM_UWV);
      const error = onlyError(
        await app.graphql(
          CREATE,
          { input: { kvkNumber: first.kvkNumber, legalName: 'Dezelfde zaak' } },
          { as: AM_WPDA },
        ),
      );
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', existingEmployerId: first.id });
      const [{ count }] = await app.dataSource.query(
        'SELECT count(*)::int AS count FROM employer WHERE kvk_number = $1',
        [first.kvkNumber],
      );
      expect(count).toBe(1);
    });

    it('may appear once in each region', async () => {
      const groningen = await createEmployer(app, AM_UWV);
      const drenthe = await app.graphql(
        CREATE,
        { input: { kvkNumber: groningen.kvkNumber, legalName: 'Vestiging Emmen', municipalityCode: 'GM0114' } },
        { as: AM_EMMEN },
      );
      expect(drenthe.data?.createEmployer.regionCode).toBe('DRENTHE');
    });
  });

  it('creates an account with a normalised postcode, its creator as lead and a timeline entry', async () => {
    const response = await app.graphql(
      graphql(`
        mutation EmployersCreateEmployer2($input: CreateEmployerInput!) {
          createEmployer(input: $input) {
            id
            postcode
            team {
              isLead
              user {
                email
              }
            }
            timeline {
              kind
            }
          }
        }
      `),
      {
        input: {
          kvkNumber: uniqueKvk(),
          legalName: 'Zorggroep Assen',
          postcode: '9401ab',
          sbiCodes: ['8710'],
          sizeClass: 'LARGE',
        },
      },
      { as: AM_WPDA },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.createEmployer).toMatchObject({
      postcode: '9401 AB',
      team: [{ isLead: true, user: { email: AM_WPDA } }],
      timeline: [{ kind: 'CREATED' }],
    });
  });

  it('refuses an unknown municipality with BAD_USER_INPUT', async () => {
    const error = onlyError(
      await app.graphql(
        CREATE,
        { input: { kvkNumber: uniqueKvk(), legalName: 'X', municipalityCode: 'GM9999' } },
        { as: AM_UWV },
      ),
    );
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.fields).toEqual([expect.objectContaining({ field: 'input.municipalityCode' })]);
  });

  describe('access', () => {
    it("hides another region's employers: NOT_FOUND, and absent from lists", async () => {
      const employer = await createEmployer(app, AM_UWV, { legalName: 'Alleen Groningen B.V.' });
      expect(onlyError(await app.graphql(EMPLOYER, { id: employer.id }, { as: AM_EMMEN })).extensions?.code).toBe(
        'NOT_FOUND',
      );
      const update = await app.graphql(
        UPDATE,
        { input: { id: employer.id, version: employer.version, legalName: 'Overgenomen' } },
        { as: AM_EMMEN },
      );
      expect(onlyError(update).extensions?.code).toBe('NOT_FOUND');
      const list = await app.graphql(
        graphql(`
          query EmployersEmployers {
            employers(filter: { search: "Alleen Groningen" }) {
              totalCount
            }
          }
        `),
        {},
        { as: AM_EMMEN },
      );
      expect(list.data!.employers.totalCount).toBe(0);
    });

    it('lets every partner of the region read, and only account managers write', async () => {
      const employer = await createEmployer(app, AM_UWV);
      const read = await app.graphql(EMPLOYER, { id: employer.id }, { as: COACH_WPDA });
      expect(read.data!.employer.id).toBe(employer.id);
      const director = await app.graphql(EMPLOYER, { id: employer.id }, { as: 'director@groningen.demo' });
      expect(director.errors).toBeUndefined();
      const write = await app.graphql(
        UPDATE,
        { input: { id: employer.id, version: employer.version, keyAccount: true } },
        { as: COACH_WPDA },
      );
      expect(onlyError(write).extensions?.code).toBe('FORBIDDEN');
      const create = await app.graphql(
        CREATE,
        { input: { kvkNumber: uniqueKvk(), legalName: 'X' } },
        { as: COACH_WPDA },
      );
      expect(onlyError(create).extensions?.code).toBe('FORBIDDEN');
      const partner = await app.graphql(
        UPDATE,
        { input: { id: employer.id, version: employer.version, keyAccount: true } },
        { as: AM_WPDA },
      );
      expect(partner.errors).toBeUndefined();
    });
  });

  it('updates with the current version and refuses a stale one with CONFLICT, changing nothing', async () => {
    const employer = await createEmployer(app, AM_UWV, { legalName: 'Oude Naam B.V.' });
    const first = await app.graphql(
      UPDATE,
      { input: { id: employer.id, version: employer.version, legalName: 'Nieuwe Naam B.V.' } },
      { as: AM_UWV },
    );
    expect(first.data!.updateEmployer.version).toBe(employer.version + 1);
    const stale = await app.graphql(
      UPDATE,
      { input: { id: employer.id, version: employer.version, legalName: 'Verloren' } },
      { as: AM_WPDA },
    );
    expect(onlyError(stale).extensions).toMatchObject({ code: 'CONFLICT', currentVersion: employer.version + 1 });
    const [row] = await app.dataSource.query('SELECT legal_name FROM employer WHERE id = $1', [employer.id]);
    expect(row.legal_name).toBe('Nieuwe Naam B.V.');
  });

  it('keeps contacts, one lead in the team, and notes on the timeline', async () => {
    const employer = await createEmployer(app, AM_UWV);
    const contact = await app.graphql(
      graphql(`
        mutation EmployersAddEmployerContact($input: AddContactInput!) {
          addEmployerContact(input: $input) {
            id
            version
          }
        }
      `),
      {
        input: {
          employerId: employer.id,
          name: 'Petra de Boer',
          role: 'HR-manager',
          email: 'P.deBoer@korenaar.example',
          phone: '0592 123456',
        },
      },
      { as: AM_WPDA },
    );
    expect(contact.errors).toBeUndefined();
    const [wpdaManager] = await app.dataSource.query(
      "SELECT id FROM app_user WHERE email = 'accountmanager@wpda.demo'",
    );
    const team = await app.graphql(
      graphql(`
        mutation EmployersAddTeamMember($input: TeamMemberInput!) {
          addTeamMember(input: $input) {
            userId
            isLead
          }
        }
      `),
      { input: { employerId: employer.id, userId: wpdaManager.id, isLead: true } },
      { as: AM_UWV },
    );
    expect(team.data!.addTeamMember.filter((m) => m.isLead)).toEqual([{ userId: wpdaManager.id, isLead: true }]);
    expect(team.data!.addTeamMember).toHaveLength(2);
    const [emmenManager] = await app.dataSource.query(
      "SELECT id FROM app_user WHERE email = 'accountmanager@emmen.demo'",
    );
    const outsider = await app.graphql(
      graphql(`
        mutation EmployersAddTeamMember2($input: TeamMemberInput!) {
          addTeamMember(input: $input) {
            userId
          }
        }
      `),
      { input: { employerId: employer.id, userId: emmenManager.id } },
      { as: AM_UWV },
    );
    expect(onlyError(outsider).extensions?.fields).toEqual([expect.objectContaining({ field: 'input.userId' })]);
    await app.graphql(
      graphql(`
        mutation EmployersAddEmployerNote2($input: AddEmployerNoteInput!) {
          addEmployerNote(input: $input) {
            id
          }
        }
      `),
      {
        input: { employerId: employer.id, text: 'Bezoek gepland met HR over instroom via de banenafspraak.' },
      },
      { as: AM_WPDA },
    );
    const read = await app.graphql(
      graphql(`
        query EmployersEmployer2($id: ID!) {
          employer(id: $id) {
            contacts {
              name
              email
            }
            timeline {
              kind
              text
            }
          }
        }
      `),
      { id: employer.id },
      { as: COACH_WPDA },
    );
    expect(read.data!.employer.contacts).toEqual([{ name: 'Petra de Boer', email: 'p.deboer@korenaar.example' }]);
    expect(read.data!.employer.timeline[0]).toEqual({
      kind: 'NOTE',
      text: 'Bezoek gepland met HR over instroom via de banenafspraak.',
    });
    expect(read.data!.employer.timeline.map((t) => t.kind)).toEqual(
      expect.arrayContaining(['TEAM_CHANGED', 'CREATED']),
    );
  });

  it('takes a member off the team, and says NOT_FOUND for someone not on it, writing nothing', async () => {
    const employer = await createEmployer(app, AM_UWV);
    const [wpdaManager] = await app.dataSource.query(
      "SELECT id FROM app_user WHERE email = 'accountmanager@wpda.demo'",
    );
    const REMOVE = graphql(`
      mutation EmployersRemoveTeamMember($e: ID!, $u: ID!) {
        removeTeamMember(employerId: $e, userId: $u) {
          userId
        }
      }
    `);
    const timeline = async () =>
      (
        await app.dataSource.query('SELECT count(*)::int AS n FROM employer_timeline_entry WHERE employer_id = $1', [
          employer.id,
        ])
      )[0].n as number;
    const before = await timeline();
    const missing = await app.graphql(REMOVE, { e: employer.id, u: wpdaManager.id }, { as: AM_UWV });
    expect(onlyError(missing).extensions?.code).toBe('NOT_FOUND');
    expect(await timeline()).toBe(before);

    await app.graphql(
      graphql(`
        mutation EmployersAddTeamMember3($input: TeamMemberInput!) {
          addTeamMember(input: $input) {
            userId
          }
        }
      `),
      { input: { employerId: employer.id, userId: wpdaManager.id } },
      { as: AM_UWV },
    );
    const removed = await app.graphql(REMOVE, { e: employer.id, u: wpdaManager.id }, { as: AM_UWV });
    expect(removed.data!.removeTeamMember.map((m) => m.userId)).not.toContain(wpdaManager.id);
    expect(await timeline()).toBe(before + 2); // added, removed
  });

  it('returns each note as written, also when colleagues add notes to the same employer at the same moment', async () => {
    const employer = await createEmployer(app, AM_UWV);
    const texts = Array.from({ length: 8 }, (_, i) => `Telefonisch contact over vacature ${i + 1}.`);
    const added = await Promise.all(
      texts.map((text, i) =>
        app.graphql(
          graphql(`
            mutation EmployersAddEmployerNote3($input: AddEmployerNoteInput!) {
              addEmployerNote(input: $input) {
                id
                kind
                text
                authorId
              }
            }
          `),
          { input: { employerId: employer.id, text } },
          { as: i % 2 === 0 ? AM_UWV : AM_WPDA },
        ),
      ),
    );
    expect(added.map((response) => response.errors)).toEqual(texts.map(() => undefined));
    expect(added.map((response) => response.data!.addEmployerNote.text)).toEqual(texts);
    expect(added.every((response) => response.data!.addEmployerNote.kind === 'NOTE')).toBe(true);
    const stored: { id: string; text: string }[] = await app.dataSource.query(
      `SELECT id, text FROM employer_timeline_entry WHERE employer_id = $1 AND kind = 'NOTE'`,
      [employer.id],
    );
    expect(new Map(stored.map((row) => [row.id, row.text]))).toEqual(
      new Map(added.map((response) => [response.data!.addEmployerNote.id, response.data!.addEmployerNote.text])),
    );
  });

  it('adds a note in one statement, and where it may not, says why and writes nothing', async () => {
    const employer = await createEmployer(app, AM_UWV);
    const NOTE = graphql(`
      mutation EmployersAddEmployerNote($input: AddEmployerNoteInput!) {
        addEmployerNote(input: $input) {
          kind
          text
        }
      }
    `);
    const note = (as: string, employerId = employer.id) =>
      app.graphql(NOTE, { input: { employerId, text: 'Gesprek over een werkervaringsplek.' } }, { as });
    await note(AM_UWV); // signs the actor in, so only the note's own statements are counted below
    const { result, statements } = await statementsDuring(() => note(AM_UWV));
    expect(result.data!.addEmployerNote).toEqual({ kind: 'NOTE', text: 'Gesprek over een werkervaringsplek.' });
    expect(statements.filter((s) => !/rate_limit_window|app_user/.test(s.text))).toHaveLength(1);

    const notes = async (id = employer.id) =>
      Number(
        (
          await app.dataSource.query(
            "SELECT count(*) AS n FROM employer_timeline_entry WHERE employer_id = $1 AND kind = 'NOTE'",
            [id],
          )
        )[0].n,
      );
    expect(await notes()).toBe(2);
    expect(onlyError(await note(AM_EMMEN)).extensions?.code).toBe('NOT_FOUND');
    expect(onlyError(await note(COACH_WPDA)).extensions?.code).toBe('FORBIDDEN');
    const kept = await createEmployer(app, AM_UWV);
    await app.dataSource.query(
      'UPDATE employer SET merged_into_id = $2, merged_by = created_by, merged_at = now() WHERE id = $1',
      [employer.id, kept.id],
    );
    expect(onlyError(await note(AM_UWV)).extensions).toMatchObject({ code: 'CONFLICT', mergedIntoId: kept.id });
    expect(await notes()).toBe(2);
  });

  it('filters the list by municipality, SBI prefix, key account and lead', async () => {
    const employer = await createEmployer(app, AM_WPDA, {
      municipalityCode: 'GM1730',
      sbiCodes: ['47111'],
      keyAccount: true,
    });
    const [lead] = await app.dataSource.query("SELECT id FROM app_user WHERE email = 'accountmanager@wpda.demo'");
    const response = await app.graphql(
      graphql(`
        query EmployersEmployers2($filter: EmployerFilter) {
          employers(filter: $filter, first: 200) {
            edges {
              node {
                id
              }
            }
          }
        }
      `),
      { filter: { municipalityCode: 'GM1730', sbi: '47', keyAccount: true, leadUserId: lead.id } },
      { as: COACH_WPDA },
    );
    expect(response.data!.employers.edges.map((e) => e.node.id)).toContain(employer.id);
    const other = await app.graphql(
      graphql(`
        query EmployersEmployers3($filter: EmployerFilter) {
          employers(filter: $filter, first: 200) {
            edges {
              node {
                id
              }
            }
          }
        }
      `),
      { filter: { municipalityCode: 'GM1730', sbi: '10' } },
      { as: COACH_WPDA },
    );
    expect(other.data!.employers.edges.map((e) => e.node.id)).not.toContain(employer.id);
  });

  it('filters by place, size, open vacancies and days without contact, and shows the last contact', async () => {
    const place = `Webdorp${Date.now()}`;
    const quiet = await createEmployer(app, AM_WPDA, { city: place, sizeClass: 'SMALL' });
    const busy = await createEmployer(app, AM_WPDA, { city: place, sizeClass: 'LARGE' });
    await app.graphql(
      graphql(`
        mutation EmployersCreateVacancy($input: CreateVacancyInput!) {
          createVacancy(input: $input) {
            id
          }
        }
      `),
      {
        input: {
          employerId: busy.id,
          title: 'Magazijnmedewerker',
          occupationCode: '9333',
          hoursMin: 32,
          hoursMax: 40,
          municipalityCode: 'GM0106',
          contractType: 'PERMANENT',
        },
      },
      { as: AM_WPDA },
    );
    await app.graphql(
      graphql(`
        mutation EmployersAddEmployerNote4($input: AddEmployerNoteInput!) {
          addEmployerNote(input: $input) {
            id
          }
        }
      `),
      { input: { employerId: busy.id, text: 'Gebeld over de vacature.' } },
      { as: AM_WPDA },
    );
    const find = async (filter: Record<string, unknown>) => {
      const response = await app.graphql(
        graphql(`
          query EmployersEmployers4($filter: EmployerFilter) {
            employers(filter: $filter, first: 200) {
              edges {
                node {
                  id
                  lastContactAt
                }
              }
            }
          }
        `),
        { filter: { search: place.toLowerCase(), ...filter } },
        { as: COACH_WPDA },
      );
      expect(response.errors).toBeUndefined();
      return response.data!.employers.edges.map((edge) => edge.node);
    };
    expect((await find({})).map((e) => e.id).sort()).toEqual([quiet.id, busy.id].sort());
    expect((await find({ sizeClass: 'LARGE' })).map((e) => e.id)).toEqual([busy.id]);
    expect((await find({ hasOpenVacancies: true })).map((e) => e.id)).toEqual([busy.id]);
    expect((await find({ hasOpenVacancies: false })).map((e) => e.id)).toEqual([quiet.id]);
    expect(await find({ noContactForDays: 30 })).toEqual([{ id: quiet.id, lastContactAt: null }]);
    const [withNote] = await find({ sizeClass: 'LARGE' });
    expect(Date.now() - Date.parse(withNote.lastContactAt!)).toBeLessThan(60_000);
    const refused = await app.graphql(
      graphql(`
        query EmployersEmployers5 {
          employers(filter: { noContactForDays: 0 }) {
            totalCount
          }
        }
      `),
      {},
      { as: COACH_WPDA },
    );
    expect(onlyError(refused).extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});

describe('duplicates and merge', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ RUN_WORKERS: 'false' });
  });
  afterAll(() => app.close());

  const MERGE = graphql(`
    mutation EmployersMergeEmployers($keep: ID!, $merge: ID!) {
      mergeEmployers(keepId: $keep, mergeId: $merge) {
        id
        version
        sbiCodes
        website
      }
    }
  `);

  it('lists accounts with a similar name in the same municipality as possible duplicates', async () => {
    const original = await createEmployer(app, AM_UWV, {
      legalName: 'Transportbedrijf Van der Veen Assen B.V.',
      municipalityCode: 'GM0106',
    });
    const twin = await createEmployer(app, AM_WPDA, {
      legalName: 'Transportbedrijf vd Veen Assen',
      municipalityCode: 'GM0106',
    });
    const elsewhere = await createEmployer(app, AM_WPDA, {
      legalName: 'Transportbedrijf Van der Veen Assen',
      municipalityCode: 'GM0014',
    });
    const response = await app.graphql(
      graphql(`
        query EmployersPossibleDuplicates($id: ID!) {
          possibleDuplicates(employerId: $id) {
            id
          }
        }
      `),
      { id: original.id },
      { as: COACH_WPDA },
    );
    const ids = response.data!.possibleDuplicates.map((e) => e.id);
    expect(ids).toContain(twin.id);
    expect(ids).not.toContain(elsewhere.id);
    expect(ids).not.toContain(original.id);
    // The book flags them, for a whole page in one statement.
    const unique = await createEmployer(app, AM_WPDA, {
      legalName: 'Qwerty Zxcvb Zeldzaam',
      municipalityCode: 'GM0106',
    });
    const flags = await app.graphql(
      graphql(`
        query EmployersEmployers6 {
          employers(filter: { search: "Assen" }, first: 200) {
            edges {
              node {
                id
                hasPossibleDuplicates
              }
            }
          }
        }
      `),
      {},
      { as: COACH_WPDA },
    );
    const flagOf = (id: string) => flags.data!.employers.edges.find((edge) => edge.node.id === id)?.node;
    expect(flagOf(original.id)?.hasPossibleDuplicates).toBe(true);
    expect(flagOf(twin.id)?.hasPossibleDuplicates).toBe(true);
    const single = await app.graphql(
      graphql(`
        query EmployersEmployer3($id: ID!) {
          employer(id: $id) {
            hasPossibleDuplicates
          }
        }
      `),
      { id: unique.id },
      { as: COACH_WPDA },
    );
    expect(single.data!.employer.hasPossibleDuplicates).toBe(false);
  });

  it('moves contacts, team, vacancies and timeline to the kept account in one go, leaving a tombstone', async () => {
    const keep = await createEmployer(app, AM_UWV, { legalName: 'Zorgcentrum De Linde', sbiCodes: ['8710'] });
    const merge = await createEmployer(app, AM_WPDA, {
      legalName: 'Zorgcentrum de Linde BV',
      sbiCodes: ['8730'],
      website: 'https://delinde.example',
    });
    await app.graphql(
      graphql(`
        mutation EmployersAddEmployerContact2($input: AddContactInput!) {
          addEmployerContact(input: $input) {
            id
          }
        }
      `),
      {
        input: { employerId: merge.id, name: 'Jan Smit', role: 'Teamleider' },
      },
      { as: AM_WPDA },
    );
    const vacancy = await app.graphql(
      graphql(`
        mutation EmployersCreateVacancy2($input: CreateVacancyInput!) {
          createVacancy(input: $input) {
            id
          }
        }
      `),
      {
        input: {
          employerId: merge.id,
          title: 'Verzorgende IG',
          occupationCode: '5321',
          hoursMin: 24,
          hoursMax: 32,
          municipalityCode: 'GM0106',
          contractType: 'PERMANENT',
        },
      },
      { as: AM_WPDA },
    );
    // Shown before merging: what would move, and which of the kept account's empty fields would be filled.
    const preview = await app.graphql(
      graphql(`
        query EmployersEmployerMergePreview($keep: ID!, $merge: ID!) {
          employerMergePreview(keepId: $keep, mergeId: $merge) {
            contacts
            vacancies
            visits
            placements
            timelineEntries
            teamMembers
            filledFields
          }
        }
      `),
      { keep: keep.id, merge: merge.id },
      { as: AM_UWV },
    );
    expect(preview.data?.employerMergePreview).toEqual({
      contacts: 1,
      vacancies: 1,
      visits: 0,
      placements: 0,
      timelineEntries: 2, // created, vacancy created
      teamMembers: 1,
      filledFields: ['website'],
    });
    const self = await app.graphql(
      graphql(`
        query EmployersEmployerMergePreview2($id: ID!) {
          employerMergePreview(keepId: $id, mergeId: $id) {
            contacts
          }
        }
      `),
      { id: keep.id },
      { as: AM_UWV },
    );
    expect(onlyError(self).extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const merged = await app.graphql(MERGE, { keep: keep.id, merge: merge.id }, { as: AM_UWV });
    expect(merged.errors).toBeUndefined();
    expect(merged.data!.mergeEmployers).toMatchObject({
      id: keep.id,
      sbiCodes: ['8710', '8730'],
      website: 'https://delinde.example',
    });

    const kept = await app.graphql(
      graphql(`
        query EmployersEmployer4($id: ID!) {
          employer(id: $id) {
            contacts {
              name
            }
            vacancies {
              id
            }
            team {
              isLead
              user {
                email
              }
            }
            timeline {
              kind
            }
          }
        }
      `),
      { id: keep.id },
      { as: COACH_WPDA },
    );
    const employer = kept.data!.employer;
    expect(employer.contacts.map((c) => c.name)).toEqual(['Jan Smit']);
    expect(employer.vacancies.map((v) => v.id)).toEqual([vacancy.data!.createVacancy.id]);
    expect(employer.team).toEqual(
      expect.arrayContaining([
        { isLead: true, user: { email: AM_UWV } },
        { isLead: false, user: { email: AM_WPDA } },
      ]),
    );
    expect(employer.timeline.map((t) => t.kind)).toEqual(
      expect.arrayContaining(['MERGED', 'VACANCY_CREATED', 'CREATED']),
    );

    const [tombstone] = await app.dataSource.query(
      `SELECT e.merged_into_id, u.email AS merged_by FROM employer e JOIN app_user u ON u.id = e.merged_by WHERE e.id = $1`,
      [merge.id],
    );
    expect(tombstone).toEqual({ merged_into_id: keep.id, merged_by: AM_UWV });
    const read = await app.graphql(
      graphql(`
        query EmployersEmployer5($id: ID!) {
          employer(id: $id) {
            mergedIntoId
          }
        }
      `),
      { id: merge.id },
      { as: AM_UWV },
    );
    expect(read.data!.employer.mergedIntoId).toBe(keep.id);
    const again = await app.graphql(MERGE, { keep: keep.id, merge: merge.id }, { as: AM_UWV });
    expect(onlyError(again).extensions).toMatchObject({ code: 'CONFLICT', mergedIntoId: keep.id });
    // The KvK number of the tombstone is free again for a live account: there is one live account per number.
    const list = await app.graphql(
      graphql(`
        query EmployersEmployers7($search: String) {
          employers(filter: { search: $search }) {
            edges {
              node {
                id
              }
            }
          }
        }
      `),
      { search: merge.kvkNumber },
      { as: AM_UWV },
    );
    expect(list.data!.employers.edges).toEqual([]);
  });

  it("moves the other libraries' visits and placements with the account, in the merge's one transaction", async () => {
    const keep = await createEmployer(app, AM_UWV, { legalName: 'Bouwbedrijf Hoekstra' });
    const merge = await createEmployer(app, AM_WPDA, { legalName: 'Bouwbedrijf Hoekstra BV' });
    const vacancy = await createVacancy(app, AM_WPDA, { employerId: merge.id });
    const visit = await planVisit(app, AM_WPDA, { employerId: merge.id });
    await app.dataSource.query(
      `INSERT INTO placement (vacancy_id, employer_id, region_code, pool, owner_organisation_id, occupation_code,
                              contract_type, start_date, hours_per_week, max_ww, created_by, vacancy_opened_at,
                              days_to_fill)
       SELECT v.id, v.employer_id, v.region_code, 'UWV', v.owner_organisation_id, v.occupation_code, v.contract_type,
              current_date, 32, false, v.account_manager_id, v.created_at, 0
         FROM vacancy v WHERE v.id = $1`,
      [vacancy.id],
    );
    const employerOf = async () =>
      (
        await app.dataSource.query(
          `SELECT (SELECT employer_id FROM vacancy WHERE id = $1) AS vacancy,
                  (SELECT employer_id FROM visit WHERE id = $2) AS visit,
                  (SELECT employer_id FROM placement WHERE vacancy_id = $1) AS placement,
                  (SELECT count(*)::int FROM employer_contact WHERE employer_id = $3) AS contacts`,
          [vacancy.id, visit.id, keep.id],
        )
      )[0];

    // A library that fails to move its records undoes the whole merge, the employer book's part included.
    app.running.app.get(AccountMerges).register('failing-for-this-test', async (keepId) => {
      if (keepId === keep.id) throw new Error('disk full');
    });
    await app.graphql(
      graphql(`
        mutation EmployersAddEmployerContact3($input: AddContactInput!) {
          addEmployerContact(input: $input) {
            id
          }
        }
      `),
      { input: { employerId: merge.id, name: 'Piet Hoekstra', role: 'Directeur' } },
      { as: AM_WPDA },
    );
    const failed = await app.graphql(MERGE, { keep: keep.id, merge: merge.id }, { as: AM_UWV });
    expect(onlyError(failed).extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(await employerOf()).toEqual({ vacancy: merge.id, visit: merge.id, placement: merge.id, contacts: 0 });
    const [untouched] = await app.dataSource.query('SELECT merged_into_id FROM employer WHERE id = $1', [merge.id]);
    expect(untouched.merged_into_id).toBeNull();

    app.running.app.get(AccountMerges).register('failing-for-this-test', async () => undefined);
    const merged = await app.graphql(MERGE, { keep: keep.id, merge: merge.id }, { as: AM_UWV });
    expect(merged.errors).toBeUndefined();
    expect(await employerOf()).toEqual({ vacancy: keep.id, visit: keep.id, placement: keep.id, contacts: 1 });
    expect(app.running.app.get(AccountMerges).registered()).toEqual(
      expect.arrayContaining(['placements', 'vacancies', 'visits']),
    );
  });

  it('refuses to merge employers of different regions', async () => {
    const groningen = await createEmployer(app, AM_UWV);
    const drenthe = await createEmployer(app, AM_EMMEN, { municipalityCode: 'GM0114' });
    const response = await app.graphql(MERGE, { keep: groningen.id, merge: drenthe.id }, { as: AM_UWV });
    expect(onlyError(response).extensions?.code).toBe('NOT_FOUND');
  });
});
