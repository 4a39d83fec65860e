import { createProfile } from '../factories/candidate-profile.factory';
import { createEmployer } from '../factories/employer.factory';
import { createVacancy } from '../factories/vacancy.factory';
import { planVisit } from '../factories/visit.factory';
import { graphql } from '../gql';
import type { AdvanceProposalInput, ExpressInterestInput } from '../gql/graphql';
import { onlyError, TestApp } from '../support/test-app';

const AM = 'accountmanager@groningen.demo';
const UWV_COACH = 'jobcoach@uwv.demo';
const GRONINGEN_COACH = 'jobcoach@groningen.demo';
// Electricians: an occupation no other test file uses.
const OCCUPATION = '7411';

const INTEREST = graphql(`
  mutation ExpressInterest($input: ExpressInterestInput!) {
    expressInterest(input: $input) {
      id
      status
      vacancyId
      profileId
    }
  }
`);
const DECLINE = graphql(`
  mutation DeclineInterest($input: DeclineInterestInput!) {
    declineInterest(input: $input) {
      id
      status
      declineReason
    }
  }
`);
const PROPOSE = graphql(`
  mutation ProposeCandidate($input: ProposeCandidateInput!) {
    proposeCandidate(input: $input) {
      id
      version
      status
      pool
      steps {
        fromStatus
        toStatus
        reason
      }
    }
  }
`);
const ADVANCE = graphql(`
  mutation AdvanceProposal($input: AdvanceProposalInput!) {
    advanceProposal(input: $input) {
      id
      version
      status
      steps {
        fromStatus
        toStatus
        actorId
        reason
      }
    }
  }
`);
const NOTIFICATIONS = graphql(`
  query HandoverNotifications {
    notifications(first: 200) {
      edges {
        node {
          kind
          message
        }
      }
    }
  }
`);
const PIPELINE = graphql(`
  query VacancyInterests($id: ID!) {
    vacancy(id: $id) {
      interests {
        profileId
        status
      }
    }
  }
`);
const INBOX = graphql(`
  query InterestInbox {
    interestInbox {
      id
      status
      note
      profileId
      vacancy {
        id
        title
      }
      expressedByUser {
        displayName
        email
        organisation {
          name
        }
      }
      profile {
        publicCode
        coach {
          displayName
        }
      }
    }
  }
`);
const PROPOSALS = graphql(`
  query VacancyProposals($id: ID!) {
    vacancy(id: $id) {
      proposals {
        status
        profile {
          publicCode
        }
      }
    }
  }
`);
const BOARD = graphql(`
  query OrganisationProposals {
    organisationProposals {
      id
      status
      vacancy {
        title
      }
      proposedByUser {
        displayName
      }
      steps {
        fromStatus
        toStatus
        reason
        actor {
          displayName
          organisation {
            name
          }
        }
      }
    }
  }
`);
const REPORT_VISIT = graphql(`
  mutation ReportHandoverVisit($input: VisitReportInput!) {
    recordVisitReport(input: $input) {
      status
    }
  }
`);
const WITHDRAW = graphql(`
  mutation WithdrawPlacedProfile($id: ID!) {
    withdrawCandidateProfile(id: $id, reason: OTHER)
  }
`);

describe('warm handover: interest, proposal, placement', () => {
  let app: TestApp;
  let vacancyId: string;
  let uwvProfile: { id: string; publicCode: string };
  let municipalProfile: { id: string };
  let unsuggested: { id: string };

  const notificationsOf = async (as: string, kind: string) =>
    (await app.graphql(NOTIFICATIONS, {}, { as }))
      .data!.notifications.edges.map((e) => e.node)
      .filter((n) => n.kind === kind);

  const funnelCounts = (): Promise<Record<string, number | string>[]> =>
    app.dataSource.query(
      `SELECT pool, suggested, interest, proposed, introduced, interview, placed
         FROM vacancy_funnel WHERE vacancy_id = $1 ORDER BY pool`,
      [vacancyId],
    );

  beforeAll(async () => {
    app = await TestApp.start();
    uwvProfile = await createProfile(app, UWV_COACH, {
      occupationCodes: [OCCUPATION],
      skillCodes: [],
      targetGroups: ['MAX_WW'],
      wwEndMonth: '2027-06',
    });
    municipalProfile = await createProfile(app, GRONINGEN_COACH, {
      occupationCodes: [OCCUPATION],
      skillCodes: [],
      targetGroups: [],
      wwEndMonth: null,
    });
    unsuggested = await createProfile(app, UWV_COACH, {
      occupationCodes: ['5120'],
      skillCodes: [],
      targetGroups: [],
      wwEndMonth: null,
    });
    const employer = await createEmployer(app, AM, { municipalityCode: 'GM0014' });
    vacancyId = (
      await createVacancy(app, AM, {
        employerId: employer.id,
        title: 'Elektricien woningbouw',
        occupationCode: OCCUPATION,
        hoursMin: 24,
        hoursMax: 40,
        municipalityCode: 'GM0014',
        contractType: 'PERMANENT',
        positions: 1,
      })
    ).id;
    const deadline = Date.now() + 20_000;
    for (;;) {
      const [{ n }] = await app.dataSource.query('SELECT count(*)::int AS n FROM suggestion WHERE vacancy_id = $1', [
        vacancyId,
      ]);
      if (n >= 2) break;
      if (Date.now() > deadline) throw new Error('no suggestions for the handover vacancy');
      await new Promise((r) => setTimeout(r, 150));
    }
  });
  afterAll(() => app.close());

  it("lets the region's account manager express interest in a suggested candidate, and tells the owning coach", async () => {
    const input = { vacancyId, profileId: uwvProfile.id, note: 'Werkgever zoekt iemand met NEN 3140' };
    const interest = await app.graphql(INTEREST, { input }, { as: AM });
    expect(interest.data?.expressInterest.status).toBe('OPEN');
    expect(onlyError(await app.graphql(INTEREST, { input }, { as: AM })).extensions?.code).toBe('CONFLICT');
    const messages = await notificationsOf(UWV_COACH, 'CANDIDATE_INTEREST');
    expect(messages.map((m) => m.message)).toContain(
      `Interesse in kandidaat ${uwvProfile.publicCode} voor vacature "Elektricien woningbouw"`,
    );
    // The vacancy's pipeline shows it to the employer side of the region; directors see figures only.
    const pipeline = await app.graphql(PIPELINE, { id: vacancyId }, { as: AM });
    expect(pipeline.data?.vacancy.interests).toEqual([{ profileId: uwvProfile.id, status: 'OPEN' }]);
    const director = await app.graphql(PIPELINE, { id: vacancyId }, { as: 'director@groningen.demo' });
    expect(onlyError(director).extensions?.code).toBe('FORBIDDEN');

    const cases: [string, ExpressInterestInput, string][] = [
      ['accountmanager@emmen.demo', input, 'NOT_FOUND'],
      ['director@groningen.demo', input, 'FORBIDDEN'],
      [GRONINGEN_COACH, input, 'FORBIDDEN'],
      [AM, { vacancyId, profileId: unsuggested.id }, 'NOT_FOUND'],
    ];
    for (const [as, variables, code] of cases) {
      expect(onlyError(await app.graphql(INTEREST, { input: variables }, { as })).extensions?.code).toBe(code);
    }
  });

  it("puts open interest in the owning coach's inbox, with the vacancy and whom to call", async () => {
    const coach = await app.graphql(INBOX, {}, { as: UWV_COACH });
    expect(coach.errors).toBeUndefined();
    // Other tests share the database (and this coach): only this vacancy's interest is ours.
    expect(coach.data!.interestInbox.filter((item) => item.vacancy.id === vacancyId)).toEqual([
      {
        id: expect.any(String),
        status: 'OPEN',
        note: 'Werkgever zoekt iemand met NEN 3140',
        profileId: uwvProfile.id,
        vacancy: { id: vacancyId, title: 'Elektricien woningbouw' },
        expressedByUser: {
          displayName: 'Accountmanager Gemeente Groningen',
          email: AM,
          organisation: { name: 'Gemeente Groningen' },
        },
        profile: { publicCode: uwvProfile.publicCode, coach: { displayName: 'Werkcoach UWV Noord' } },
      },
    ]);
    // Another organisation's coach has its own inbox; an account manager has none.
    const other = await app.graphql(INBOX, {}, { as: GRONINGEN_COACH });
    expect(other.data!.interestInbox.map((i) => i.profileId)).not.toContain(uwvProfile.id);
    expect(onlyError(await app.graphql(INBOX, {}, { as: AM })).extensions?.code).toBe('FORBIDDEN');
  });

  it('lets only the owning coach decline interest, with a reason the account manager reads', async () => {
    const interest = await app.graphql(INTEREST, { input: { vacancyId, profileId: municipalProfile.id } }, { as: AM });
    const interestId = interest.data!.expressInterest.id;
    const input = { interestId, reason: 'Kandidaat volgt eerst een opleiding' };
    expect(onlyError(await app.graphql(DECLINE, { input }, { as: UWV_COACH })).extensions?.code).toBe('NOT_FOUND');
    expect(onlyError(await app.graphql(DECLINE, { input }, { as: AM })).extensions?.code).toBe('FORBIDDEN');
    const declined = await app.graphql(DECLINE, { input }, { as: GRONINGEN_COACH });
    expect(declined.data?.declineInterest.status).toBe('DECLINED');
    expect((await notificationsOf(AM, 'INTEREST_DECLINED')).map((m) => m.message).join('\n')).toContain(
      'Kandidaat volgt eerst een opleiding',
    );
  });

  it("takes a proposal only from the owning coach and only with the candidate's agreement", async () => {
    const input = { vacancyId, profileId: uwvProfile.id, motivation: 'Ervaren, kan per direct', candidateAgreed: true };
    expect(onlyError(await app.graphql(PROPOSE, { input }, { as: GRONINGEN_COACH })).extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect(onlyError(await app.graphql(PROPOSE, { input }, { as: AM })).extensions?.code).toBe('FORBIDDEN');
    const unagreed = await app.graphql(PROPOSE, { input: { ...input, candidateAgreed: false } }, { as: UWV_COACH });
    expect(onlyError(unagreed).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'input.candidateAgreed' })],
    });
    const pii = await app.graphql(PROPOSE, { input: { ...input, motivation: 'bel 06-12345678' } }, { as: UWV_COACH });
    expect(onlyError(pii).extensions?.code).toBe('PII_DETECTED');

    const proposed = await app.graphql(PROPOSE, { input }, { as: UWV_COACH });
    expect(proposed.data?.proposeCandidate).toMatchObject({ status: 'PROPOSED', pool: 'UWV', version: 1 });
    expect(onlyError(await app.graphql(PROPOSE, { input }, { as: UWV_COACH })).extensions?.code).toBe('CONFLICT');
    const [interest] = await app.dataSource.query(
      'SELECT status FROM interest WHERE vacancy_id = $1 AND profile_id = $2',
      [vacancyId, uwvProfile.id],
    );
    expect(interest.status).toBe('PROPOSED');
    expect((await notificationsOf(AM, 'CANDIDATE_PROPOSED')).length).toBeGreaterThan(0);
    const seen = await app.graphql(PROPOSALS, { id: vacancyId }, { as: AM });
    expect(seen.data!.vacancy.proposals).toEqual([
      { status: 'PROPOSED', profile: { publicCode: uwvProfile.publicCode } },
    ]);
  });

  it('moves the proposal step by step to a placement that fills the vacancy and places the profile', async () => {
    const [{ id }] = await app.dataSource.query('SELECT id FROM proposal WHERE vacancy_id = $1', [vacancyId]);
    const advance = (as: string, input: Omit<AdvanceProposalInput, 'id'>) =>
      app.graphql(ADVANCE, { input: { id, ...input } }, { as });

    expect(
      onlyError(await advance('director@groningen.demo', { version: 1, status: 'INTRODUCED' })).extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      onlyError(await advance('accountmanager@emmen.demo', { version: 1, status: 'INTRODUCED' })).extensions?.code,
    ).toBe('NOT_FOUND');
    expect(
      onlyError(await advance(AM, { version: 1, status: 'PLACED', startDate: '2027-05-01' })).extensions?.code,
    ).toBe('BAD_USER_INPUT');
    expect(onlyError(await advance(AM, { version: 1, status: 'WITHDRAWN', reason: 'x' })).extensions?.code).toBe(
      'FORBIDDEN',
    );

    expect((await advance(AM, { version: 1, status: 'INTRODUCED' })).data?.advanceProposal.version).toBe(2);
    expect(onlyError(await advance(AM, { version: 1, status: 'INTERVIEW' })).extensions).toMatchObject({
      code: 'CONFLICT',
      currentVersion: 2,
    });
    expect(
      (await advance(UWV_COACH, { version: 2, status: 'INTERVIEW', reason: 'Gesprek op 12 mei' })).errors,
    ).toBeUndefined();
    // The coaches' board: the proposal at its stage, every step with who (and their organisation) and why.
    const board = await app.graphql(BOARD, {}, { as: UWV_COACH });
    expect(board.data!.organisationProposals.find((p) => p.id === id)).toEqual({
      id,
      status: 'INTERVIEW',
      vacancy: { title: 'Elektricien woningbouw' },
      proposedByUser: { displayName: 'Werkcoach UWV Noord' },
      steps: [
        {
          fromStatus: null,
          toStatus: 'PROPOSED',
          reason: 'kandidaat akkoord',
          actor: { displayName: 'Werkcoach UWV Noord', organisation: { name: 'UWV Noord' } },
        },
        {
          fromStatus: 'PROPOSED',
          toStatus: 'INTRODUCED',
          reason: null,
          actor: { displayName: 'Accountmanager Gemeente Groningen', organisation: { name: 'Gemeente Groningen' } },
        },
        {
          fromStatus: 'INTRODUCED',
          toStatus: 'INTERVIEW',
          reason: 'Gesprek op 12 mei',
          actor: { displayName: 'Werkcoach UWV Noord', organisation: { name: 'UWV Noord' } },
        },
      ],
    });
    const groningenBoard = await app.graphql(BOARD, {}, { as: GRONINGEN_COACH });
    expect(groningenBoard.data!.organisationProposals.map((p) => p.id)).not.toContain(id);
    expect(onlyError(await app.graphql(BOARD, {}, { as: AM })).extensions?.code).toBe('FORBIDDEN');

    expect(onlyError(await advance(AM, { version: 3, status: 'PLACED' })).extensions?.fields).toEqual([
      expect.objectContaining({ field: 'input.startDate' }),
    ]);
    // The vacancy was spotted at a joint visit held last week: the placement counts as "via a joint visit".
    const [{ employer_id: employerId }] = await app.dataSource.query('SELECT employer_id FROM vacancy WHERE id = $1', [
      vacancyId,
    ]);
    const [uwvAm] = await app.dataSource.query("SELECT id FROM app_user WHERE email = 'accountmanager@uwv.demo'");
    const [am] = await app.dataSource.query('SELECT id FROM app_user WHERE email = $1', [AM]);
    const lastWeek = Date.now() - 7 * 86_400_000;
    const { id: visitId, version: visitVersion } = await planVisit(app, AM, {
      employerId,
      startsAt: new Date(lastWeek).toISOString(),
      endsAt: new Date(lastWeek + 3600_000).toISOString(),
      purpose: 'Gezamenlijk bezoek',
      participants: [{ userId: am.id, isLead: true }, { userId: uwvAm.id }],
    });
    const reported = await app.graphql(
      REPORT_VISIT,
      {
        input: {
          id: visitId,
          version: visitVersion,
          report: 'Vacature elektricien besproken',
          vacancyIds: [vacancyId],
        },
      },
      { as: AM },
    );
    expect(reported.errors).toBeUndefined();
    const placed = await advance(AM, { version: 3, status: 'PLACED', startDate: '2027-05-01', hoursPerWeek: 32 });
    expect(placed.data?.advanceProposal.steps.map((s) => s.toStatus)).toEqual([
      'PROPOSED',
      'INTRODUCED',
      'INTERVIEW',
      'PLACED',
    ]);

    const [placement] = await app.dataSource.query('SELECT * FROM placement WHERE vacancy_id = $1', [vacancyId]);
    expect(placement).toMatchObject({
      pool: 'UWV',
      occupation_code: OCCUPATION,
      contract_type: 'PERMANENT',
      start_date: '2027-05-01',
      hours_per_week: 32,
      max_ww: true,
      placed_before_ww_end: true,
      via_joint_visit: true,
      profile_id: uwvProfile.id,
    });
    const [profile] = await app.dataSource.query('SELECT status FROM candidate_profile WHERE id = $1', [uwvProfile.id]);
    expect(profile.status).toBe('PLACED');
    const [vacancy] = await app.dataSource.query('SELECT status FROM vacancy WHERE id = $1', [vacancyId]);
    expect(vacancy.status).toBe('FILLED');
    const audit = await app.dataSource.query(
      "SELECT action FROM audit_event WHERE entity_id = $1 AND entity_type = 'PROPOSAL' ORDER BY occurred_at",
      [id],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'PROPOSE',
      'STATUS_CHANGE',
      'STATUS_CHANGE',
      'STATUS_CHANGE',
    ]);
    // The funnel's counts per organisation: how far interest and proposals got, and whose pool, not who.
    expect(await funnelCounts()).toEqual([
      expect.objectContaining({ pool: 'MUNICIPALITY', interest: 1, proposed: 0, placed: 0 }),
      expect.objectContaining({ pool: 'UWV', interest: 1, proposed: 1, introduced: 1, interview: 1, placed: 1 }),
    ]);
  });

  it('keeps the placement as an anonymous count when the profile is withdrawn later', async () => {
    const withdrawn = await app.graphql(WITHDRAW, { id: uwvProfile.id }, { as: UWV_COACH });
    expect(withdrawn.errors).toBeUndefined();
    const [placement] = await app.dataSource.query(
      'SELECT profile_id, proposal_id, pool FROM placement WHERE vacancy_id = $1',
      [vacancyId],
    );
    expect(placement).toEqual({ profile_id: null, proposal_id: null, pool: 'UWV' });
    // The funnel still counts the suggestion, the interest and the proposal that led to the placement.
    expect((await funnelCounts()).find((row) => row.pool === 'UWV')).toEqual({
      pool: 'UWV',
      suggested: 1,
      interest: 1,
      proposed: 1,
      introduced: 1,
      interview: 1,
      placed: 1,
    });
    const [{ n }] = await app.dataSource.query('SELECT count(*)::int AS n FROM interest WHERE profile_id = $1', [
      uwvProfile.id,
    ]);
    expect(n).toBe(0);
  });
});
