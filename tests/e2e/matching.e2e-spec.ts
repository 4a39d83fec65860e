import { createVacancy } from '../factories/vacancy.factory';
import {
  CandidateFactsCache,
  MatchingConfigService,
  MatchVacancyJob,
  parseMatchFacts,
  MatchingRunRepository,
  SuggestionRepository,
  withMatchingRun,
} from '@wsp/matching';
import { JobName, JobQueue, Outbox, OutboxRelay, Transactions } from '@wsp/platform';
import { newPublicCode } from '@wsp/candidates';
import { randomUUID } from 'node:crypto';
import { createEmployer } from '../factories/employer.factory';
import { createProfile } from '../factories/candidate-profile.factory';
import { carries, statementsDuring } from '../support/statements';
import { onlyError, TestApp } from '../support/test-app';
import { graphql } from '../gql';

const AM = 'accountmanager@groningen.demo';
const UWV_COACH = 'jobcoach@uwv.demo';
const GRONINGEN_COACH = 'jobcoach@groningen.demo';
/**
 * Each queue backend the machine has, with its own occupations (unused by other test files, in different ISCO
 * sub-major groups), so each run's candidate set is its own: the occupation and one of the same minor group.
 */
const BACKENDS: [string, Record<string, string>, string, string][] = [
  ['PostgreSQL', {}, '7126', '7127'],
  ...(process.env.REDIS_URL
    ? [
        ['Redis', { REDIS_URL: process.env.REDIS_URL }, '7212', '7213'] as [
          string,
          Record<string, string>,
          string,
          string,
        ],
      ]
    : []),
];

const SUGGESTIONS = graphql(`
  query MatchingVacancy($id: ID!, $dismissed: Boolean) {
    vacancy(id: $id) {
      suggestions(includeDismissed: $dismissed) {
        profileId
        pool
        score
        rank
        balanced
        maxWwBonus
        distanceKm
        explanation
        engineVersion
        dismissedAt
        fit {
          occupationMatch
          occupationCode
          distanceKm
          maxWwPriority
          missingSkills {
            code
            label
          }
        }
        components {
          name
          value
          weight
        }
        profile {
          id
          publicCode
          pool
          occupationCodes
          hoursMin
          hoursMax
          municipalityCode
        }
      }
    }
  }
`);

type SuggestionView = {
  profileId: string;
  pool: string;
  score: number;
  rank: number;
  maxWwBonus: number;
  explanation: string[];
  fit: Record<string, unknown> | null;
  dismissedAt: string | null;
  components: { name: string; value: number | null; weight: number }[];
  profile: { id: string; publicCode: string } | null;
};

async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

describe.each(BACKENDS)('matching over the %s queue', (_backend, env, OCCUPATION, SAME_MINOR_GROUP) => {
  let app: TestApp;
  let vacancyId: string;
  let vacancyVersion: number;
  let uwvProfile: { id: string; version: number; publicCode: string };
  let municipalProfile: { id: string; version: number };
  let farProfile: { id: string };

  const suggestions = async (id = vacancyId, as = AM, dismissed = false): Promise<SuggestionView[]> => {
    const response = await app.graphql(SUGGESTIONS, { id, dismissed }, { as });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data!.vacancy.suggestions;
  };
  const suggestedInFunnel = (): Promise<{ pool: string; suggested: number }[]> =>
    app.dataSource.query('SELECT pool, suggested FROM vacancy_funnel WHERE vacancy_id = $1 ORDER BY pool', [vacancyId]);
  const runsOf = async (id: string) =>
    (
      await app.graphql(
        graphql(`
          query MatchingMatchingRuns($id: ID!) {
            matchingRuns(vacancyId: $id) {
              jobId
              status
              error
              candidates
              suggestions
            }
          }
        `),
        { id },
        { as: AM },
      )
    ).data!.matchingRuns;

  beforeAll(async () => {
    app = await TestApp.start(env);
    const month = new Date().toISOString().slice(0, 7);
    uwvProfile = await createProfile(app, UWV_COACH, {
      occupationCodes: [OCCUPATION],
      skillCodes: [],
      targetGroups: ['MAX_WW'],
      wwEndMonth: month,
    });
    municipalProfile = await createProfile(app, GRONINGEN_COACH, {
      occupationCodes: [SAME_MINOR_GROUP],
      skillCodes: [],
      targetGroups: [],
      wwEndMonth: null,
    });
    // Emmen (Drenthe) is far beyond a 5 km radius of Groningen: filtered out across the region border.
    farProfile = await createProfile(app, 'jobcoach@emmen.demo', {
      occupationCodes: [OCCUPATION],
      skillCodes: [],
      municipalityCode: 'GM0114',
      travelRadiusKm: 5,
      targetGroups: [],
      wwEndMonth: null,
    });
    const employer = await createEmployer(app, AM, { municipalityCode: 'GM0014' });
    const created = await app.graphql(
      graphql(`
        mutation MatchingCreateVacancy($input: CreateVacancyInput!) {
          createVacancy(input: $input) {
            id
            version
          }
        }
      `),
      {
        input: {
          employerId: employer.id,
          title: 'Loodgieter nieuwbouw',
          occupationCode: OCCUPATION,
          minEducationLevel: 'MBO_2',
          hoursMin: 24,
          hoursMax: 40,
          municipalityCode: 'GM0014',
          contractType: 'PERMANENT',
          languages: ['nl'],
        },
      },
      { as: AM },
    );
    expect(created.errors).toBeUndefined();
    ({ id: vacancyId, version: vacancyVersion } = created.data!.createVacancy);
  });
  afterAll(() => app.close());

  it('suggests candidates from both pools for a new vacancy without a manual call, explained', async () => {
    const list = await eventually(suggestions, (s) => s.length >= 2, 'suggestions');
    expect(list.map((s) => s.profileId).sort()).toEqual([uwvProfile.id, municipalProfile.id].sort());
    expect(list.map((s) => s.profileId)).not.toContain(farProfile.id);
    const [first, second] = list;
    // The fit is the score (the Max-WW priority orders, it adds nothing): 95, ranked with 5 points of priority.
    expect(first).toMatchObject({ profileId: uwvProfile.id, pool: 'UWV', rank: 1, score: 95, maxWwBonus: 5 });
    expect(second).toMatchObject({ profileId: municipalProfile.id, pool: 'MUNICIPALITY', rank: 2 });
    expect(second.components.find((c) => c.name === 'occupation')).toEqual({
      name: 'occupation',
      value: 0.6,
      weight: 30,
    });
    expect(second.components.find((c) => c.name === 'requiredSkills')?.value).toBeNull();
    // Reasons, in Dutch, and the same facts as fields.
    expect(first.explanation).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Zoekt dit beroep: .+ \(\d{4}\)$/),
        expect.stringMatching(/^Woont 0 km van de werkplek \(wil tot \d+ km reizen\)$/),
        'Zoekt 24-36 uur; vacature 24-40 uur',
        expect.stringMatching(/^Max-WW: WW eindigt in [a-z]+ \d{4} \(voorrang\)$/),
      ]),
    );
    expect(first.fit).toMatchObject({ occupationMatch: 'SAME', distanceKm: 0, maxWwPriority: true, missingSkills: [] });
    expect(second.fit).toMatchObject({ occupationMatch: 'MINOR_GROUP', occupationCode: SAME_MINOR_GROUP });
    expect(first.profile).toMatchObject({ id: uwvProfile.id, publicCode: uwvProfile.publicCode });

    // The account manager of Gemeente Groningen saw UWV's profile: audited. Their own organisation's: not.
    const views: { entity_id: string }[] = await app.dataSource.query(
      `SELECT entity_id FROM audit_event WHERE action = 'VIEW' AND entity_id = ANY($1)`,
      [[uwvProfile.id, municipalProfile.id]],
    );
    expect(views.map((v) => v.entity_id)).toContain(uwvProfile.id);
    expect(views.map((v) => v.entity_id)).not.toContain(municipalProfile.id);

    // The page's profiles are read and their views audited by one statement: never one without the other.
    const { statements } = await statementsDuring(() => suggestions());
    // This page's statements: the in-process worker may be matching meanwhile (and writing suggestions).
    const touching = statements.filter(
      (statement) =>
        /candidate_profile|audit_event/.test(statement.text) &&
        !statement.text.includes('INSERT INTO suggestion') &&
        carries(statement, uwvProfile.id),
    );
    expect(touching).toHaveLength(1);
    expect(touching[0].text).toMatch(/INSERT INTO audit_event[\s\S]*SELECT \* FROM found/);
    const viewsAfter: { count: number }[] = await app.dataSource.query(
      `SELECT count(*)::int AS count FROM audit_event WHERE action = 'VIEW' AND entity_id = $1`,
      [uwvProfile.id],
    );
    expect(viewsAfter[0].count).toBe(views.filter((v) => v.entity_id === uwvProfile.id).length + 1);

    // The funnel's first stage counts the list per organisation, in the job's own transaction.
    expect(await suggestedInFunnel()).toEqual([
      { pool: 'MUNICIPALITY', suggested: 1 },
      { pool: 'UWV', suggested: 1 },
    ]);
  });

  it("previews a vacancy's top list under an edited configuration beside the current one, saving nothing", async () => {
    const PREVIEW = graphql(`
      query MatchingMatchingPreview($vacancyId: ID!, $input: UpdateMatchingConfigInput!) {
        matchingPreview(vacancyId: $vacancyId, input: $input) {
          current {
            profileId
            score
            rank
            pool
          }
          edited {
            profileId
            score
            rank
          }
        }
      }
    `);
    const ADMIN = 'admin@groningen.demo';
    const [{ version }] = await app
      .graphql<{ matchingConfig: { version: number } }>(
        '{ matchingConfig(regionCode: "GRONINGEN") { version } }',
        {},
        { as: ADMIN },
      )
      .then((r) => [r.data!.matchingConfig]);
    const stored: { profile_id: string; score: number }[] = await app.dataSource.query(
      'SELECT profile_id, score FROM suggestion WHERE vacancy_id = $1 AND dismissed_at IS NULL ORDER BY rank',
      [vacancyId],
    );
    const input = { regionCode: 'GRONINGEN', version, minimumScore: 95 };
    const preview = await app.graphql(PREVIEW, { vacancyId, input }, { as: ADMIN });
    expect(preview.errors).toBeUndefined();
    // Now: what the matching job stored. Edited: only the candidates scoring 95 or more.
    expect(preview.data!.matchingPreview.current.map((c) => [c.profileId, c.score])).toEqual(
      stored.map((s) => [s.profile_id, s.score]),
    );
    expect(preview.data!.matchingPreview.edited.map((c) => c.profileId)).toEqual([uwvProfile.id]);
    const after = await app.graphql(
      graphql(`
        query MatchingMatchingConfig {
          matchingConfig(regionCode: "GRONINGEN") {
            version
            minimumScore
          }
        }
      `),
      {},
      { as: ADMIN },
    );
    expect(after.data!.matchingConfig.version).toBe(version);
    expect(after.data!.matchingConfig.minimumScore).not.toBe(95);
    expect(onlyError(await app.graphql(PREVIEW, { vacancyId, input }, { as: AM })).extensions?.code).toBe('FORBIDDEN');
    const elsewhere = await app.graphql(
      PREVIEW,
      { vacancyId, input: { ...input, regionCode: 'DRENTHE' } },
      { as: 'admin@emmen.demo' },
    );
    expect(onlyError(elsewhere).extensions?.code).toBe('NOT_FOUND');
  });

  it("lists the new suggestions on the account manager's open vacancies, until they act on them", async () => {
    const NEW = graphql(`
      query MatchingNewSuggestions {
        newSuggestions(days: 7) {
          vacancyId
          vacancyTitle
          count
          bestScore
          newestAt
        }
      }
    `);
    const before = await app.graphql(NEW, {}, { as: AM });
    expect(before.data!.newSuggestions.find((n) => n.vacancyId === vacancyId)).toMatchObject({
      count: 2,
      bestScore: 95,
    });
    // A rematch refreshes the scores, not when they were first suggested: an acted-on one stays out, the rest stays.
    await app.dataSource.query(
      `INSERT INTO interest (vacancy_id, profile_id, expressed_by)
       SELECT $1, $2, id FROM app_user WHERE email = $3`,
      [vacancyId, uwvProfile.id, AM],
    );
    const after = await app.graphql(NEW, {}, { as: AM });
    expect(after.data!.newSuggestions.find((n) => n.vacancyId === vacancyId)).toMatchObject({ count: 1 });
    await app.dataSource.query('DELETE FROM interest WHERE vacancy_id = $1 AND profile_id = $2', [
      vacancyId,
      uwvProfile.id,
    ]);
    // Someone else's vacancies are not in my digest; a director sees no candidates at all.
    const other = await app.graphql(NEW, {}, { as: 'accountmanager@uwv.demo' });
    expect(other.data!.newSuggestions.map((n) => n.vacancyId)).not.toContain(vacancyId);
    const director = await app.graphql(NEW, {}, { as: 'director@groningen.demo' });
    expect(director.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const tooLong = await app.graphql(
      graphql(`
        query MatchingNewSuggestions2 {
          newSuggestions(days: 365) {
            count
          }
        }
      `),
      {},
      { as: AM },
    );
    expect(tooLong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('re-scores an updated vacancy once, however often its outbox row is relayed', async () => {
    const updated = await app.graphql(
      graphql(`
        mutation MatchingUpdateVacancy($input: UpdateVacancyInput!) {
          updateVacancy(input: $input) {
            version
          }
        }
      `),
      { input: { id: vacancyId, version: vacancyVersion, hoursMin: 32 } },
      { as: AM },
    );
    expect(updated.errors).toBeUndefined();
    const version = updated.data!.updateVacancy.version;
    const jobId = `match-vacancy-${vacancyId}-v${version}`;
    // A second relay of the same change (e.g. after a crash between enqueue and marking) adds the same job id.
    await app.dataSource.query(`INSERT INTO outbox (job_name, job_id, payload) VALUES ('match-vacancy', $1, $2)`, [
      jobId,
      { vacancyId },
    ]);
    await eventually(
      () => runsOf(vacancyId),
      (runs) => runs.some((r) => r.jobId === jobId && r.status === 'COMPLETED'),
      'the run of the update',
    );
    await eventually(
      () =>
        app.dataSource.query('SELECT count(*)::int AS n FROM outbox WHERE job_id = $1 AND relayed_at IS NULL', [jobId]),
      ([row]) => row.n === 0,
      'the relay',
    );
    const runs = await runsOf(vacancyId);
    expect(runs.filter((r) => r.jobId === jobId)).toHaveLength(1);
    const [run]: { attempts: number }[] = await app.dataSource.query(
      'SELECT attempts FROM matching_run WHERE job_id = $1',
      [jobId],
    );
    expect(run.attempts).toBe(1);
  });

  it('shows the owner the vacancies their candidate is suggested for', async () => {
    const response = await app.graphql(
      graphql(`
        query MatchingCandidateProfile($id: ID!) {
          candidateProfile(id: $id) {
            suggestions {
              vacancyId
              score
            }
          }
        }
      `),
      { id: uwvProfile.id },
      { as: UWV_COACH },
    );
    expect(response.data!.candidateProfile.suggestions.map((s) => s.vacancyId)).toContain(vacancyId);

    // Another organisation's coach gets NOT_FOUND.
    const other = await app.graphql(
      graphql(`
        query MatchingCandidateProfile2($id: ID!) {
          candidateProfile(id: $id) {
            suggestions {
              vacancyId
            }
          }
        }
      `),
      { id: uwvProfile.id },
      { as: GRONINGEN_COACH },
    );
    expect(onlyError(other).extensions?.code).toBe('NOT_FOUND');
  });

  it('keeps candidates from directors and from other regions, reading and auditing nothing for them', async () => {
    const views = async () =>
      (
        await app.dataSource.query(`SELECT count(*)::int AS count FROM audit_event WHERE entity_id = ANY($1)`, [
          [uwvProfile.id, municipalProfile.id],
        ])
      )[0].count;
    const viewsBefore = await views();
    const director = await app.graphql(SUGGESTIONS, { id: vacancyId }, { as: 'director@groningen.demo' });
    expect(onlyError(director).extensions?.code).toBe('FORBIDDEN');
    const elsewhere = await app.graphql(SUGGESTIONS, { id: vacancyId }, { as: 'accountmanager@emmen.demo' });
    expect(onlyError(elsewhere).extensions?.code).toBe('NOT_FOUND');
    expect(await views()).toBe(viewsBefore);
    const coach = await app.graphql(
      graphql(`
        mutation MatchingDismissSuggestion($v: ID!, $p: ID!) {
          dismissSuggestion(vacancyId: $v, profileId: $p, reason: "x") {
            score
          }
        }
      `),
      { v: vacancyId, p: municipalProfile.id },
      { as: GRONINGEN_COACH },
    );
    expect(onlyError(coach).extensions?.code).toBe('FORBIDDEN');
  });

  it('removes a paused profile from the list through its own matching job', async () => {
    const paused = await app.graphql(
      graphql(`
        mutation MatchingChangeCandidateProfileStatus($input: ChangeCandidateStatusInput!) {
          changeCandidateProfileStatus(input: $input) {
            version
          }
        }
      `),
      { input: { id: municipalProfile.id, version: municipalProfile.version, status: 'PAUSED' } },
      { as: GRONINGEN_COACH },
    );
    expect(paused.errors).toBeUndefined();
    await eventually(
      suggestions,
      (s) => !s.some((x) => x.profileId === municipalProfile.id),
      'the paused profile to go',
    );
  });

  it('matches a vacancy again when a suggested candidate is withdrawn, to fill the place', async () => {
    const leaving = await createProfile(app, UWV_COACH, {
      occupationCodes: [OCCUPATION],
      skillCodes: [],
      targetGroups: [],
      wwEndMonth: null,
    });
    await eventually(suggestions, (s) => s.some((x) => x.profileId === leaving.id), 'the new profile to be suggested');
    const withdrawn = await app.graphql(
      graphql(`
        mutation MatchingWithdrawCandidateProfile($id: ID!) {
          withdrawCandidateProfile(id: $id, reason: OTHER)
        }
      `),
      { id: leaving.id },
      { as: UWV_COACH },
    );
    expect(withdrawn.errors).toBeUndefined();
    const runs = await eventually(
      () => runsOf(vacancyId),
      (r) => r.some((run) => run.jobId.includes('-refill-') && run.status === 'COMPLETED'),
      'the refill run',
    );
    expect(runs.filter((run) => run.jobId.includes('-refill-'))).toHaveLength(1);
    expect((await suggestions()).map((x) => x.profileId)).not.toContain(leaving.id);
  });

  it('dismisses a suggestion for good: a re-run on request does not bring it back', async () => {
    const dismissed = await app.graphql(
      graphql(`
        mutation MatchingDismissSuggestion2($v: ID!, $p: ID!) {
          dismissSuggestion(vacancyId: $v, profileId: $p, reason: "Werkgever zoekt ervaring in de utiliteitsbouw") {
            dismissedAt
          }
        }
      `),
      { v: vacancyId, p: uwvProfile.id },
      { as: AM },
    );
    expect(dismissed.data?.dismissSuggestion.dismissedAt).toEqual(expect.any(String));
    const requested = await app.graphql(
      graphql(`
        mutation MatchingRequestMatching($id: ID!) {
          requestMatching(vacancyId: $id)
        }
      `),
      { id: vacancyId },
      { as: AM },
    );
    const jobId = requested.data!.requestMatching;
    await eventually(
      () => runsOf(vacancyId),
      (runs) => runs.some((r) => r.jobId === jobId && r.status === 'COMPLETED'),
      'the re-run',
    );
    expect((await suggestions()).map((s) => s.profileId)).not.toContain(uwvProfile.id);
    const all = await suggestions(vacancyId, AM, true);
    expect(all.find((s) => s.profileId === uwvProfile.id)?.dismissedAt).toEqual(expect.any(String));
  });

  it('empties the list of a vacancy that is no longer open', async () => {
    const [current]: { version: number }[] = await app.dataSource.query('SELECT version FROM vacancy WHERE id = $1', [
      vacancyId,
    ]);
    const closed = await app.graphql(
      graphql(`
        mutation MatchingChangeVacancyStatus($input: ChangeVacancyStatusInput!) {
          changeVacancyStatus(input: $input) {
            status
          }
        }
      `),
      { input: { id: vacancyId, version: current.version, status: 'ON_HOLD' } },
      { as: AM },
    );
    expect(closed.errors).toBeUndefined();
    await eventually(suggestions, (s) => s.length === 0, 'an empty list');
    // The funnel keeps what the vacancy's candidates were offered while it was open.
    expect((await suggestedInFunnel()).reduce((sum, row) => sum + row.suggested, 0)).toBeGreaterThan(0);
  });

  it('records a run that fails for good, with its error', async () => {
    const jobId = `match-vacancy-${vacancyId}-failing-test`;
    await expect(
      withMatchingRun(
        app.running.app.get(MatchingRunRepository),
        { jobId, kind: 'VACANCY', vacancyId, finalAttempt: true },
        () => {
          throw new Error('scoring failed');
        },
      ),
    ).rejects.toThrow('scoring failed');
    expect((await runsOf(vacancyId)).find((r) => r.jobId === jobId)).toMatchObject({
      status: 'FAILED',
      error: 'scoring failed',
    });
  });
});

/** The fit limits end to end: who is listed, who is not, on real profiles and the real job. */
describe('the fit limits of matching', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ RUN_WORKERS: 'true' });
  });
  afterAll(() => app.close());

  it('lists only candidates within their own travel radius and hours that meet, unless their hours are flexible', async () => {
    const occupation = '7318'; // a unit group no other test uses
    const profile = (overrides: Record<string, unknown>) =>
      createProfile(app, UWV_COACH, {
        occupationCodes: [occupation],
        skillCodes: [],
        targetGroups: [],
        wwEndMonth: null,
        ...overrides,
      });
    const fits = await profile({ hoursMin: 24, hoursMax: 32 });
    const wrongHours = await profile({ hoursMin: 36, hoursMax: 40 });
    const flexible = await profile({ hoursMin: 36, hoursMax: 40, hoursFlexible: true });
    // Stadskanaal, about 40 km from Groningen, in the same region: a 5 km radius does not reach.
    const tooFar = await profile({ municipalityCode: 'GM0037', travelRadiusKm: 5 });
    const employer = await createEmployer(app, AM, { municipalityCode: 'GM0014' });
    const created = await app.graphql(
      graphql(`
        mutation MatchingCreateVacancy2($input: CreateVacancyInput!) {
          createVacancy(input: $input) {
            id
          }
        }
      `),
      {
        input: {
          employerId: employer.id,
          title: 'Naaister',
          occupationCode: occupation,
          hoursMin: 24,
          hoursMax: 28,
          municipalityCode: 'GM0014',
          contractType: 'PERMANENT',
        },
      },
      { as: AM },
    );
    const vacancyId = created.data!.createVacancy.id;
    const listed = await eventually(
      async () =>
        (
          await app.graphql(
            graphql(`
              query MatchingVacancy2($id: ID!) {
                vacancy(id: $id) {
                  suggestions {
                    profileId
                    explanation
                  }
                }
              }
            `),
            { id: vacancyId },
            { as: AM },
          )
        ).data!.vacancy.suggestions,
      (list) => list.length >= 2,
      'the suggestions',
    );
    expect(new Set(listed.map((s) => s.profileId))).toEqual(new Set([fits.id, flexible.id]));
    expect(listed.map((s) => s.profileId)).not.toContain(wrongHours.id);
    expect(listed.map((s) => s.profileId)).not.toContain(tooFar.id);
    expect(listed.find((s) => s.profileId === flexible.id)!.explanation).toContain(
      'Zoekt 36-40 uur (flexibel); vacature 24-28 uur',
    );

    // Work from home: nobody is held to their travel radius.
    const remote = await app.graphql(
      graphql(`
        mutation MatchingCreateVacancy3($input: CreateVacancyInput!) {
          createVacancy(input: $input) {
            id
            remoteWork
          }
        }
      `),
      {
        input: {
          employerId: employer.id,
          title: 'Naaister thuiswerk',
          occupationCode: occupation,
          hoursMin: 24,
          hoursMax: 28,
          municipalityCode: 'GM0014',
          contractType: 'PERMANENT',
          remoteWork: true,
        },
      },
      { as: AM },
    );
    expect(remote.errors).toBeUndefined();
    const remoteListed = await eventually(
      async () =>
        (
          await app.graphql(
            graphql(`
              query MatchingVacancy3($id: ID!) {
                vacancy(id: $id) {
                  suggestions {
                    profileId
                    explanation
                  }
                }
              }
            `),
            { id: remote.data!.createVacancy.id },
            { as: AM },
          )
        ).data!.vacancy.suggestions,
      (list) => list.length >= 3,
      'the suggestions of the remote vacancy',
    );
    expect(new Set(remoteListed.map((s) => s.profileId))).toEqual(new Set([fits.id, flexible.id, tooFar.id]));
    expect(remoteListed.find((s) => s.profileId === tooFar.id)!.explanation).toContain(
      'Thuiswerk: de reisafstand telt niet mee',
    );
  });
});

describe("a profile's stored match facts", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ RUN_WORKERS: 'false' });
  });
  afterAll(() => app.close());

  const factsOf = async (id: string) => {
    const [row]: { match_facts: string }[] = await app.dataSource.query(
      'SELECT match_facts FROM candidate_profile WHERE id = $1',
      [id],
    );
    return parseMatchFacts(id, row.match_facts);
  };
  const month = (yearMonth: string) => Number(yearMonth.slice(0, 4)) * 12 + Number(yearMonth.slice(5, 7)) - 1;

  it('hold what the profile says, empty fields in their place, and follow every change', async () => {
    const profile = await createProfile(app, UWV_COACH, {
      occupationCodes: ['8344', '9333'],
      skillCodes: ['TRV-01', 'TRV-02'],
      educationLevel: 'MBO_2',
      drivingLicences: [],
      languages: ['nl', 'en'],
      targetGroups: ['JOBS_AGREEMENT'],
      wwEndMonth: null,
      availableFrom: '2027-01',
      hoursMin: 24,
      hoursMax: 36,
      travelRadiusKm: 25,
    });
    const [{ nlqf }] = await app.dataSource.query("SELECT nlqf FROM education_level WHERE code = 'MBO_2'");
    expect(await factsOf(profile.id)).toEqual({
      id: profile.id,
      pool: 'UWV',
      regionCode: 'GRONINGEN',
      status: 'ACTIVE',
      expiresOn: profile.expiresOn,
      occupationCodes: ['8344', '9333'],
      skillCodes: ['TRV-01', 'TRV-02'],
      educationRank: nlqf,
      hoursMin: 24,
      hoursMax: 36,
      hoursFlexible: false,
      availableMonth: month('2027-01'),
      travelRadiusKm: 25,
      drivingLicences: [],
      languages: ['nl', 'en'],
      jobsAgreement: true,
      maxWwEndMonth: null,
    });

    const updated = await app.graphql(
      graphql(`
        mutation MatchingUpdateCandidateProfile($input: UpdateCandidateProfileInput!) {
          updateCandidateProfile(input: $input) {
            id
          }
        }
      `),
      {
        input: {
          id: profile.id,
          version: profile.version,
          targetGroups: ['MAX_WW'],
          wwEndMonth: '2027-04',
          drivingLicences: ['B', 'C'],
          hoursFlexible: true,
        },
      },
      { as: UWV_COACH },
    );
    expect(updated.errors).toBeUndefined();
    expect(await factsOf(profile.id)).toMatchObject({
      jobsAgreement: false,
      maxWwEndMonth: month('2027-04'),
      drivingLicences: ['B', 'C'],
      hoursFlexible: true,
    });
  });
});

describe('matching configuration', () => {
  let app: TestApp;
  const suggestions = async (id: string, as: string): Promise<SuggestionView[]> => {
    const response = await app.graphql(SUGGESTIONS, { id, dismissed: false }, { as });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data!.vacancy.suggestions;
  };
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.close());

  it("lets a region's admin change its weights and bonus, with a version, and matching uses them", async () => {
    const EMMEN_ADMIN = 'admin@emmen.demo';
    const UPDATE = graphql(`
      mutation MatchingUpdateMatchingConfig($input: UpdateMatchingConfigInput!) {
        updateMatchingConfig(input: $input) {
          regionCode
          version
          maxWwBonus
          weights {
            distance
            occupation
          }
        }
      }
    `);
    const defaults = await app.graphql(
      graphql(`
        query MatchingMatchingConfig2 {
          matchingConfig(regionCode: "DRENTHE") {
            version
            maxWwBonus
          }
        }
      `),
      {},
      { as: 'accountmanager@emmen.demo' },
    );
    expect(defaults.data!.matchingConfig).toEqual({ version: 0, maxWwBonus: 5 });

    const updated = await app.graphql(
      UPDATE,
      { input: { regionCode: 'DRENTHE', version: 0, maxWwBonus: 20, weights: { distance: 25 } } },
      { as: EMMEN_ADMIN },
    );
    expect(updated.data?.updateMatchingConfig).toEqual({
      regionCode: 'DRENTHE',
      version: 1,
      maxWwBonus: 20,
      weights: { distance: 25, occupation: 30 },
    });
    const stale = await app.graphql(
      UPDATE,
      { input: { regionCode: 'DRENTHE', version: 0, maxWwBonus: 5 } },
      { as: EMMEN_ADMIN },
    );
    expect(onlyError(stale).extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
    const invalid = await app.graphql(
      UPDATE,
      { input: { regionCode: 'DRENTHE', version: 1, minimumPoolShare: 0.9 } },
      { as: EMMEN_ADMIN },
    );
    expect(onlyError(invalid).extensions?.code).toBe('BAD_USER_INPUT');
    const amUpdate = await app.graphql(
      UPDATE,
      { input: { regionCode: 'DRENTHE', version: 1 } },
      { as: 'accountmanager@emmen.demo' },
    );
    expect(onlyError(amUpdate).extensions?.code).toBe('FORBIDDEN');
    const otherRegion = await app.graphql(
      UPDATE,
      { input: { regionCode: 'DRENTHE', version: 1 } },
      { as: 'admin@groningen.demo' },
    );
    expect(onlyError(otherRegion).extensions?.code).toBe('NOT_FOUND');

    // A Max-WW candidate in Drenthe now gets the region's bonus of 20.
    const profile = await createProfile(app, 'jobcoach@emmen.demo', {
      occupationCodes: ['7115'],
      skillCodes: [],
      municipalityCode: 'GM0114',
      targetGroups: ['MAX_WW'],
      wwEndMonth: new Date().toISOString().slice(0, 7),
    });
    const employer = await createEmployer(app, 'accountmanager@emmen.demo', { municipalityCode: 'GM0114' });
    const vacancy = await createVacancy(app, 'accountmanager@emmen.demo', {
      employerId: employer.id,
      title: 'Timmerman',
      occupationCode: '7115',
      hoursMin: 24,
      hoursMax: 40,
      municipalityCode: 'GM0114',
      contractType: 'PERMANENT',
    });
    const list = await eventually(
      () => suggestions(vacancy.id, 'accountmanager@emmen.demo'),
      (s) => s.some((x) => x.profileId === profile.id),
      'the Drenthe suggestion',
    );
    expect(list.find((x) => x.profileId === profile.id)!.maxWwBonus).toBe(20);
  });
});

describe('matching under faults', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ RUN_WORKERS: 'false' });
  });
  afterAll(() => app.close());

  // Written straight to the tables, without outbox rows: no other worker touches these vacancies meanwhile.
  /** An active copy of `templateId` seeking `occupation`. */
  const insertCandidate = (templateId: string, occupation: string) =>
    app.dataSource.query(
      `INSERT INTO candidate_profile (public_code, owner_organisation_id, pool, region_code, coach_id, occupation_codes,
         education_level, hours_min, hours_max, available_from, municipality_code, legal_basis,
         legal_basis_recorded_at, legal_basis_recorded_by, expires_on, status, created_by)
       SELECT $2, owner_organisation_id, pool, region_code, coach_id, ARRAY[$3], education_level, hours_min,
              hours_max, available_from, municipality_code, legal_basis, now(), coach_id, expires_on, 'ACTIVE', coach_id
         FROM candidate_profile WHERE id = $1`,
      [templateId, newPublicCode(), occupation],
    );
  /** An open vacancy in Groningen (GM0014) for `occupation`; its id. */
  const insertVacancy = async (title: string, occupation: string): Promise<string> => {
    const employer = await createEmployer(app, AM, { municipalityCode: 'GM0014' });
    const [{ id }]: { id: string }[] = await app.dataSource.query(
      `INSERT INTO vacancy (employer_id, region_code, title, occupation_code, hours_min, hours_max, municipality_code,
                            contract_type, owner_organisation_id, account_manager_id)
       SELECT $1, 'GRONINGEN', $3, $4, 24, 40, 'GM0014', 'PERMANENT', organisation_id, id
         FROM app_user WHERE email = $2 RETURNING id`,
      [employer.id, AM, title, occupation],
    );
    return id;
  };

  it('keeps outbox rows while the queue is down and delivers them once it is back', async () => {
    const jobId = `match-vacancy-${randomUUID()}-v1`;
    await app.running.app
      .get(Transactions)
      .withTransaction(() =>
        app.running.app.get(Outbox).record(JobName.MATCH_VACANCY, { vacancyId: randomUUID() }, jobId),
      );
    let queueUp = false;
    const enqueued: string[] = [];
    const queue = {
      enqueue: async (_name: JobName, _payload: unknown, options: { jobId: string }) => {
        if (!queueUp) throw new Error('connect ECONNREFUSED');
        enqueued.push(options.jobId);
      },
    } as unknown as JobQueue;
    const relay = new OutboxRelay(app.dataSource, queue);
    const pending = async () =>
      (
        await app.dataSource.query('SELECT count(*)::int AS n FROM outbox WHERE job_id = $1 AND relayed_at IS NULL', [
          jobId,
        ])
      )[0].n;

    await expect(relay.relayBatch()).rejects.toThrow('ECONNREFUSED');
    expect(await pending()).toBe(1);
    queueUp = true;
    // Other relays (other test files' workers) may take rows too; ours is relayed by this one or by them, once.
    for (let i = 0; i < 20 && (await pending()) > 0; i++) await relay.relayBatch();
    expect(await pending()).toBe(0);
    expect(enqueued.filter((id) => id === jobId).length).toBeLessThanOrEqual(1);
  });

  it('leaves the previous complete list when a run dies mid-write, and one complete list after the retry', async () => {
    const template = await createProfile(app, 'jobcoach@uwv.demo', { occupationCodes: ['5120'], skillCodes: [] });
    const addCandidate = () => insertCandidate(template.id, '2642');
    for (let i = 0; i < 3; i++) await addCandidate();
    const vacancyId = await insertVacancy('Journalist', '2642');
    const job = app.running.app.get(MatchVacancyJob);
    const listOf = () =>
      app.dataSource.query('SELECT profile_id, rank FROM suggestion WHERE vacancy_id = $1 ORDER BY rank', [vacancyId]);
    await job.handle({ vacancyId }, { jobId: `fault-${vacancyId}-1`, attempt: 1, finalAttempt: false });
    const before = await listOf();
    expect(before).toHaveLength(3);

    // A new candidate arrives; the run that would add it dies after writing, before committing.
    await addCandidate();
    const crash = new Error('worker killed');
    const transactions = app.running.app.get(Transactions);
    const crashing = Object.create(transactions, {
      withTransaction: {
        value: (work: () => Promise<unknown>) =>
          transactions.withTransaction(async () => {
            await work();
            throw crash;
          }),
      },
    });
    const dying = new MatchVacancyJob(
      crashing,
      app.running.app.get(MatchingRunRepository),
      app.running.app.get(MatchingConfigService),
      app.running.app.get(CandidateFactsCache),
      app.running.app.get(SuggestionRepository),
    );
    await expect(
      dying.handle({ vacancyId }, { jobId: `fault-${vacancyId}-2`, attempt: 1, finalAttempt: false }),
    ).rejects.toBe(crash);
    expect(await listOf()).toEqual(before);

    await job.handle({ vacancyId }, { jobId: `fault-${vacancyId}-2`, attempt: 2, finalAttempt: false });
    const after = await listOf();
    expect(after).toHaveLength(before.length + 1);
    expect(after.map((row: { rank: number }) => row.rank)).toEqual(after.map((_: unknown, i: number) => i + 1));
    const [run] = await app.dataSource.query('SELECT status, attempts FROM matching_run WHERE job_id = $1', [
      `fault-${vacancyId}-2`,
    ]);
    expect(run).toEqual({ status: 'COMPLETED', attempts: 2 });
  });

  it("never lists a profile that left the database behind the worker's copy of the facts", async () => {
    // Occupation 3221 (ISCO sub-major group 32) is used by no other test: these are the vacancy's only candidates.
    const template = await createProfile(app, UWV_COACH, { occupationCodes: ['3221'], skillCodes: [] });
    for (let i = 0; i < 3; i++) await insertCandidate(template.id, '3221');
    const vacancyId = await insertVacancy('Verpleegkundige', '3221');
    const job = app.running.app.get(MatchVacancyJob);
    const listOf = (): Promise<{ profile_id: string; rank: number }[]> =>
      app.dataSource.query('SELECT profile_id, rank FROM suggestion WHERE vacancy_id = $1 ORDER BY rank', [vacancyId]);
    await job.handle({ vacancyId }, { jobId: `stale-${vacancyId}-1`, attempt: 1, finalAttempt: true });
    const before = await listOf();
    expect(before).toHaveLength(4);

    // Removed without its record of removal, so the copy cannot learn it from the changes it reads.
    const gone = before[1].profile_id;
    await app.dataSource.transaction(async (manager) => {
      await manager.query('DELETE FROM candidate_profile WHERE id = $1', [gone]);
      await manager.query('DELETE FROM candidate_profile_removal WHERE profile_id = $1', [gone]);
    });
    const cache = app.running.app.get(CandidateFactsCache);
    await cache.bringUpToDate();
    expect(cache.current.has(gone)).toBe(true);

    await job.handle({ vacancyId }, { jobId: `stale-${vacancyId}-2`, attempt: 1, finalAttempt: true });
    const after = await listOf();
    expect(after.map((row) => row.profile_id)).toEqual(before.map((row) => row.profile_id).filter((id) => id !== gone));
    expect(after.map((row) => row.rank)).toEqual([1, 2, 3]);
    expect(cache.current.has(gone)).toBe(false);
  });
});
