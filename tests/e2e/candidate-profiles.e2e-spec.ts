import { addMonths, AnonymisedProfileService, clientReferenceReport, dutchToday } from '@wsp/candidates';
import { ActorDirectoryService } from '@wsp/directory';
import { Actor, ClientReferenceHasher, JobName, JobQueue, QueueName } from '@wsp/platform';
import { createProfile, profileInput } from '../factories/candidate-profile.factory';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { carries, statementsDuring } from '../support/statements';
import { onlyError, TestApp } from '../support/test-app';
import { graphql } from '../gql';

const UWV_COACH = 'jobcoach@uwv.demo';
const GRONINGEN_COACH = 'jobcoach@groningen.demo';
const EMMEN_COACH = 'jobcoach@emmen.demo';
const CREATE = graphql(`
  mutation CandidateProfilesCreate($input: CreateCandidateProfileInput!) {
    createCandidateProfile(input: $input) {
      ...ProfileFields
    }
  }
`);
const UPDATE = graphql(`
  mutation CandidateProfilesUpdate($input: UpdateCandidateProfileInput!) {
    updateCandidateProfile(input: $input) {
      ...ProfileFields
    }
  }
`);
const STATUS = graphql(`
  mutation CandidateProfilesChangeCandidateProfileStatus($input: ChangeCandidateStatusInput!) {
    changeCandidateProfileStatus(input: $input) {
      id
      version
      status
    }
  }
`);
const GET = graphql(`
  query CandidateProfilesGet($id: ID!) {
    candidateProfile(id: $id) {
      ...ProfileFields
    }
  }
`);
const OWNER_ONLY = [
  'version',
  'ageBand',
  'internalNote',
  'hasClientNumber',
  'legalBasis',
  'legalBasisRecordedAt',
  'legalBasisRecordedBy',
  'missingForSharing',
  'createdAt',
  'updatedAt',
];

describe('candidate profiles', () => {
  let app: TestApp;
  const count = async (sql: string, params: unknown[] = []): Promise<number> =>
    Number((await app.dataSource.query(sql, params))[0].count);
  const profileCount = () => count('SELECT count(*) FROM candidate_profile');
  const auditOf = (entityId: string): Promise<{ action: string; actor_organisation_id: string | null }[]> =>
    app.dataSource.query(
      'SELECT action, actor_organisation_id FROM audit_event WHERE entity_id = $1 ORDER BY occurred_at',
      [entityId],
    );
  const actor = async (email: string): Promise<Actor> =>
    (await app.running.app.get(ActorDirectoryService).actorOfSubject(`demo|${email}`))!;
  const organisationId = async (slug: string): Promise<string> =>
    (await app.dataSource.query('SELECT id FROM organisation WHERE slug = $1', [slug]))[0].id;

  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.close());

  describe('creating', () => {
    it('creates a shared profile in the region of residence, owned by the coach, for six months, audited', async () => {
      const profile = await createProfile(app, UWV_COACH);
      const coach = await actor(UWV_COACH);
      expect(profile).toMatchObject({
        pool: 'UWV',
        regionCode: 'GRONINGEN',
        ownerOrganisationId: coach.organisationId,
        coachId: coach.userId,
        status: 'ACTIVE',
        availableFrom: '2027-01',
        wwEndMonth: '2027-03',
        legalBasis: 'CONSENT',
        legalBasisRecordedBy: coach.userId,
        hasClientNumber: false,
        missingForSharing: [],
        expiresOn: addMonths(dutchToday(), 6),
      });
      expect(profile.publicCode).toMatch(/^K-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
      expect(await auditOf(profile.id)).toEqual([{ action: 'CREATE', actor_organisation_id: coach.organisationId }]);
    });

    it('refuses to share a profile without what matching needs, and keeps an incomplete one as PAUSED', async () => {
      const before = await profileCount();
      const refused = await app.graphql(
        CREATE,
        { input: profileInput({ educationLevel: null, hoursMin: null, hoursMax: null }) },
        { as: UWV_COACH },
      );
      const error = onlyError(refused);
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect((error.extensions?.fields as { field: string }[]).map((f) => f.field)).toEqual([
        'input.educationLevel',
        'input.hours',
      ]);
      expect(await profileCount()).toBe(before);

      const draft = await createProfile(app, UWV_COACH, { educationLevel: null, status: 'PAUSED' });
      expect(draft.status).toBe('PAUSED');
      expect(draft.missingForSharing).toEqual(['educationLevel']);
      const activate = await app.graphql(
        STATUS,
        { input: { id: draft.id, version: draft.version, status: 'ACTIVE' } },
        { as: UWV_COACH },
      );
      expect(onlyError(activate).extensions?.code).toBe('BAD_USER_INPUT');
    });

    it.each([
      [{ occupationCodes: [] }, 'input.occupationCodes'],
      [{ occupationCodes: ['1', '2', '3', '4', '5', '6'].map((d) => `833${d}`) }, 'input.occupationCodes'],
      [{ occupationCodes: ['0000'] }, 'input.occupationCodes'],
      [{ skillCodes: ['XXX-99'] }, 'input.skillCodes'],
      [{ educationLevel: 'PHD' }, 'input.educationLevel'],
      [{ hoursMin: 36, hoursMax: 24 }, 'input.hoursMax'],
      [{ availableFrom: '2027-13' }, 'input.availableFrom'],
      [{ targetGroups: ['MAX_WW'], wwEndMonth: null }, 'input.wwEndMonth'],
      [{ municipalityCode: 'GM0114' }, 'input.municipalityCode'],
      [{ municipalityCode: 'GM9999' }, 'input.municipalityCode'],
      [{ clientNumber: '<script>' }, 'input.clientNumber'],
      [{ travelRadiusKm: 500 }, 'input.travelRadiusKm'],
    ])('refuses %j naming %s, and stores nothing', async (overrides, field) => {
      const before = await profileCount();
      const error = onlyError(await app.graphql(CREATE, { input: profileInput(overrides) }, { as: UWV_COACH }));
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect((error.extensions?.fields as { field: string }[]).map((f) => f.field)).toContain(field);
      expect(await profileCount()).toBe(before);
    });

    it.each([
      ['input.pitch', { pitch: 'Kandidaat met BSN 111222333 zoekt werk' }, 'BSN'],
      ['input.pitch', { pitch: 'Bel 06-12345678 voor info' }, 'PHONE'],
      ['input.internalNote', { internalNote: 'mail naar j.jansen@example.nl' }, 'EMAIL'],
      ['input.internalNote', { internalNote: 'woont op 9712 CP 14' }, 'ADDRESS'],
    ])('refuses personal data in %s (%j)', async (field, overrides, kind) => {
      const before = await profileCount();
      const error = onlyError(await app.graphql(CREATE, { input: profileInput(overrides) }, { as: UWV_COACH }));
      expect(error.extensions?.code).toBe('PII_DETECTED');
      expect(error.extensions?.fields).toEqual([expect.objectContaining({ field, kind })]);
      expect(JSON.stringify(error)).not.toContain(Object.values(overrides)[0].split(' ').slice(-2).join(' '));
      expect(await profileCount()).toBe(before);
    });
  });

  describe('access', () => {
    let profileId: string;
    beforeAll(async () => {
      profileId = (await createProfile(app, UWV_COACH)).id;
    });

    it("is NOT_FOUND for another organisation's job coach, in or outside the region", async () => {
      for (const as of [GRONINGEN_COACH, EMMEN_COACH]) {
        expect(onlyError(await app.graphql(GET, { id: profileId }, { as })).extensions?.code).toBe('NOT_FOUND');
        const update = await app.graphql(
          UPDATE,
          { input: { id: profileId, version: 1, hoursMin: 8, hoursMax: 16 } },
          { as },
        );
        expect(onlyError(update).extensions?.code).toBe('NOT_FOUND');
        const withdraw = await app.graphql(
          graphql(`
            mutation CandidateProfilesWithdrawCandidateProfile($id: ID!) {
              withdrawCandidateProfile(id: $id, reason: OTHER)
            }
          `),
          { id: profileId },
          { as },
        );
        expect(onlyError(withdraw).extensions?.code).toBe('NOT_FOUND');
      }
      const theirs = await app.graphql(
        graphql(`
          query CandidateProfilesCandidateProfiles2 {
            candidateProfiles(first: 200) {
              edges {
                node {
                  id
                }
              }
            }
          }
        `),
        {},
        { as: GRONINGEN_COACH },
      );
      expect(theirs.data!.candidateProfiles.edges.map((e) => e.node.id)).not.toContain(profileId);
    });

    it('is FORBIDDEN to account managers, directors and admins: profiles are for job coaches', async () => {
      for (const as of ['accountmanager@uwv.demo', 'director@uwv.demo', 'admin@uwv.demo']) {
        expect(onlyError(await app.graphql(GET, { id: profileId }, { as })).extensions?.code).toBe('FORBIDDEN');
        const list = await app.graphql(
          graphql(`
            query CandidateProfilesCandidateProfiles3 {
              candidateProfiles {
                totalCount
              }
            }
          `),
          {},
          { as },
        );
        expect(onlyError(list).extensions?.code).toBe('FORBIDDEN');
        expect(onlyError(await app.graphql(CREATE, { input: profileInput() }, { as })).extensions?.code).toBe(
          'FORBIDDEN',
        );
      }
    });

    it("lets a colleague job coach of the owning organisation read and edit, and lists the organisation's profiles", async () => {
      const list = await app.graphql(
        graphql(`
          query CandidateProfilesCandidateProfiles4 {
            candidateProfiles(first: 200, filter: { status: ACTIVE }) {
              edges {
                node {
                  id
                }
              }
            }
          }
        `),
        {},
        { as: UWV_COACH },
      );
      expect(list.data!.candidateProfiles.edges.map((e) => e.node.id)).toContain(profileId);
    });

    it('shows partners of the region the anonymised view only, and audits each view', async () => {
      const profiles = app.running.app.get(AnonymisedProfileService);
      const view = await profiles.view(await actor(GRONINGEN_COACH), profileId, 'suggestie voor vacature');
      for (const field of [...OWNER_ONLY, 'ownerReference', 'createdBy']) expect(view).not.toHaveProperty(field);
      expect(view).toMatchObject({ id: profileId, pool: 'UWV', occupationCodes: ['8344', '9333'] });
      const audit = await auditOf(profileId);
      expect(audit.at(-1)).toEqual({ action: 'VIEW', actor_organisation_id: await organisationId('groningen') });

      // The owner's own look is not an audited "view by another organisation"; another region sees nothing.
      await profiles.view(await actor(UWV_COACH), profileId, 'eigen profiel');
      expect(await auditOf(profileId)).toHaveLength(audit.length);
      await expect(profiles.view(await actor(EMMEN_COACH), profileId, 'x')).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    });
  });

  it('serves no owner-only field in the anonymised GraphQL type', () => {
    const schema = readFileSync(resolve(__dirname, '../../schema.gql'), 'utf8');
    const block = /type AnonymisedCandidateProfile \{([^}]*)\}/.exec(schema)![1];
    const fields = [...block.matchAll(/^\s+(\w+)[(:]/gm)].map((match) => match[1]);
    expect(fields.length).toBeGreaterThan(15);
    for (const field of [...OWNER_ONLY, 'ownerReference', 'clientNumber']) expect(fields).not.toContain(field);
  });

  describe('changing', () => {
    it('updates with the version last read, and a stale version is a CONFLICT that changes nothing', async () => {
      const profile = await createProfile(app, UWV_COACH);
      const updated = await app.graphql(
        UPDATE,
        {
          input: {
            id: profile.id,
            version: profile.version,
            hoursMin: 16,
            hoursMax: 24,
            pitch: 'Zoekt parttime werk.',
          },
        },
        { as: UWV_COACH },
      );
      expect(updated.errors).toBeUndefined();
      expect(updated.data!.updateCandidateProfile).toMatchObject({ version: profile.version + 1, hoursMin: 16 });

      const stale = await app.graphql(
        UPDATE,
        { input: { id: profile.id, version: profile.version, hoursMin: 40, hoursMax: 40 } },
        { as: UWV_COACH },
      );
      const error = onlyError(stale);
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: profile.version + 1 });
      const current = await app.graphql(GET, { id: profile.id }, { as: UWV_COACH });
      expect(current.data!.candidateProfile.hoursMin).toBe(16);
      expect((await auditOf(profile.id)).map((a) => a.action)).toEqual(['CREATE', 'UPDATE']);
    });

    it('refuses an update that would make a shared profile incomplete or carry personal data', async () => {
      const profile = await createProfile(app, UWV_COACH);
      const pii = await app.graphql(
        UPDATE,
        { input: { id: profile.id, version: 1, pitch: 'IBAN NL91ABNA0417164300' } },
        { as: UWV_COACH },
      );
      expect(onlyError(pii).extensions?.code).toBe('PII_DETECTED');
      const moved = await app.graphql(
        UPDATE,
        { input: { id: profile.id, version: 1, municipalityCode: 'GM0114' } },
        { as: UWV_COACH },
      );
      expect(onlyError(moved).extensions?.code).toBe('BAD_USER_INPUT');
      const current = await app.graphql(GET, { id: profile.id }, { as: UWV_COACH });
      expect(current.data!.candidateProfile.version).toBe(1);
    });

    it('pauses, marks placed and shares again; an expired profile must be renewed before it is shared', async () => {
      const profile = await createProfile(app, UWV_COACH);
      let version = profile.version;
      for (const status of ['PAUSED', 'PLACED', 'ACTIVE', 'PAUSED'] as const) {
        const changed = await app.graphql(STATUS, { input: { id: profile.id, version, status } }, { as: UWV_COACH });
        expect(changed.data?.changeCandidateProfileStatus.status).toBe(status);
        version = changed.data!.changeCandidateProfileStatus.version;
      }
      await app.dataSource.query('UPDATE candidate_profile SET expires_on = current_date - 1 WHERE id = $1', [
        profile.id,
      ]);
      const expired = await app.graphql(
        STATUS,
        { input: { id: profile.id, version, status: 'ACTIVE' } },
        { as: UWV_COACH },
      );
      expect(onlyError(expired).extensions?.code).toBe('BAD_USER_INPUT');

      const renewed = await app.graphql(
        graphql(`
          mutation CandidateProfilesRenewCandidateProfile($id: ID!, $version: Int!) {
            renewCandidateProfile(id: $id, version: $version) {
              version
              expiresOn
            }
          }
        `),
        { id: profile.id, version },
        { as: UWV_COACH },
      );
      expect(renewed.data!.renewCandidateProfile).toEqual({
        version: version + 1,
        expiresOn: addMonths(dutchToday(), 6),
      });
      const shared = await app.graphql(
        STATUS,
        { input: { id: profile.id, version: version + 1, status: 'ACTIVE' } },
        { as: UWV_COACH },
      );
      expect(shared.errors).toBeUndefined();
      expect((await auditOf(profile.id)).map((a) => a.action)).toEqual([
        'CREATE',
        'STATUS_CHANGE',
        'STATUS_CHANGE',
        'STATUS_CHANGE',
        'STATUS_CHANGE',
        'RENEW',
        'STATUS_CHANGE',
      ]);
    });

    it('withdraws a profile with everything derived from it at once, keeping the audit trail', async () => {
      const profile = await createProfile(app, UWV_COACH);
      const coach = await actor(UWV_COACH);
      await app.dataSource.query(
        "INSERT INTO notification (user_id, kind, message, entity_type, entity_id) VALUES ($1, 'PROFILE_EXPIRING', 'x', 'CANDIDATE_PROFILE', $2)",
        [coach.userId, profile.id],
      );
      const withdrawn = await app.graphql(
        graphql(`
          mutation CandidateProfilesWithdrawCandidateProfile2($id: ID!) {
            withdrawCandidateProfile(id: $id, reason: OTHER)
          }
        `),
        { id: profile.id },
        { as: UWV_COACH },
      );
      expect(withdrawn.data).toEqual({ withdrawCandidateProfile: true });
      expect(await count('SELECT count(*) FROM candidate_profile WHERE id = $1', [profile.id])).toBe(0);
      expect(await count('SELECT count(*) FROM notification WHERE entity_id = $1', [profile.id])).toBe(0);
      expect((await auditOf(profile.id)).map((a) => a.action)).toEqual(['CREATE', 'WITHDRAW']);
      expect(onlyError(await app.graphql(GET, { id: profile.id }, { as: UWV_COACH })).extensions?.code).toBe(
        'NOT_FOUND',
      );
    });
  });

  describe('client numbers', () => {
    const CLIENT = 'UWV-7391846';

    it('keeps finding profiles while the organisation rotates its secret, re-keying each one its owner looks up', async () => {
      const [oldSecret, newSecret] = [`old-${'o'.repeat(40)}`, `new-${'n'.repeat(40)}`];
      const client = 'ROT-5527318';
      const referenceOf = async (id: string) =>
        (
          (await app.dataSource.query('SELECT owner_reference FROM candidate_profile WHERE id = $1', [id])) as {
            owner_reference: Buffer;
          }[]
        )[0].owner_reference;
      const lookUp = (other: TestApp) =>
        other.graphql<{ candidateProfileByClientNumber: { id: string } }>(
          'query($n: String!) { candidateProfileByClientNumber(clientNumber: $n) { id version } }',
          { n: client },
          { as: UWV_COACH },
        );

      const before = await TestApp.start({ CLIENT_REFERENCE_SECRETS: `uwv=${oldSecret}` });
      const profile = await createProfile(before, UWV_COACH, { clientNumber: client }).finally(() => before.close());
      const oldReference = await referenceOf(profile.id);

      const rotating = await TestApp.start({
        CLIENT_REFERENCE_SECRETS: `uwv=${newSecret}`,
        CLIENT_REFERENCE_PREVIOUS_SECRETS: `uwv=${oldSecret}`,
      });
      // Each reference names the secret that made it: the operator sees how many are left on the old one.
      const onSecret = async () => {
        const counts = await clientReferenceReport(
          rotating.dataSource,
          rotating.running.app.get(ClientReferenceHasher),
        );
        const of = (secret: string) =>
          counts.find((c) => c.organisation === 'uwv' && c.secret === secret)?.profiles ?? 0;
        return { current: of('current'), previous: of('previous') };
      };
      try {
        const beforeRekey = await onSecret();
        expect(beforeRekey.previous).toBeGreaterThanOrEqual(1);
        const twice = await rotating.graphql(
          CREATE,
          { input: profileInput({ clientNumber: client }) },
          { as: UWV_COACH },
        );
        expect(onlyError(twice).extensions).toMatchObject({ code: 'CONFLICT', existingId: profile.id });
        expect((await lookUp(rotating)).data?.candidateProfileByClientNumber).toEqual({ id: profile.id, version: 1 });
        expect(await onSecret()).toEqual({ current: beforeRekey.current + 1, previous: beforeRekey.previous - 1 });
        const [{ owner_reference_key: key }] = await rotating.dataSource.query(
          'SELECT owner_reference_key FROM candidate_profile WHERE id = $1',
          [profile.id],
        );
        expect(key).toBe((await rotating.running.app.get(ClientReferenceHasher).keyIds('uwv')).current);
      } finally {
        await rotating.close();
      }
      const newReference = await referenceOf(profile.id);
      expect(newReference.equals(oldReference)).toBe(false);

      // Once rotated, the old secret can go: the re-keyed profile is found with the new one alone.
      const after = await TestApp.start({ CLIENT_REFERENCE_SECRETS: `uwv=${newSecret}` });
      try {
        expect((await lookUp(after)).data?.candidateProfileByClientNumber.id).toBe(profile.id);
      } finally {
        await after.close();
      }
    });

    it('finds the profile by client number, refuses the same client twice, and never stores the number', async () => {
      const profile = await createProfile(app, UWV_COACH, { clientNumber: CLIENT });
      expect(profile.hasClientNumber).toBe(true);

      // Read back, the flag comes with the row in one statement; the keyed hash itself is never selected. The
      // in-process worker matches the new profile first (its reads carry the profile's id too).
      const deadline = Date.now() + 20_000;
      const matched = async () =>
        (
          (await app.dataSource.query(
            `SELECT count(*)::int AS n FROM matching_run WHERE profile_id = $1 AND status <> 'RUNNING'`,
            [profile.id],
          )) as { n: number }[]
        )[0].n > 0;
      while (!(await matched())) {
        if (Date.now() > deadline) throw new Error('the new profile was not matched');
        await new Promise((r) => setTimeout(r, 100));
      }
      const { result: withNumber, statements } = await statementsDuring(() =>
        app.graphql(GET, { id: profile.id }, { as: UWV_COACH }),
      );
      expect(withNumber.data?.candidateProfile.hasClientNumber).toBe(true);
      // This profile's statements; vacancies matched meanwhile may still write it into their suggestions.
      const reads = statements.filter(
        (statement) =>
          statement.text.includes('candidate_profile') &&
          !statement.text.includes('INSERT INTO suggestion') &&
          carries(statement, profile.id),
      );
      expect(reads).toHaveLength(1);
      expect(reads[0].text).not.toMatch(/owner_reference"? AS/);
      const without = await createProfile(app, UWV_COACH);
      const read = await app.graphql(GET, { id: without.id }, { as: UWV_COACH });
      expect(read.data?.candidateProfile.hasClientNumber).toBe(false);

      const found = await app.graphql(
        graphql(`
          query CandidateProfilesCandidateProfileByClientNumber($n: String!) {
            candidateProfileByClientNumber(clientNumber: $n) {
              id
            }
          }
        `),
        { n: 'uwv 7391846' },
        { as: UWV_COACH },
      );
      expect(found.data?.candidateProfileByClientNumber.id).toBe(profile.id);

      const before = await profileCount();
      const twice = onlyError(
        await app.graphql(CREATE, { input: profileInput({ clientNumber: CLIENT }) }, { as: UWV_COACH }),
      );
      expect(twice.extensions).toMatchObject({ code: 'CONFLICT', existingId: profile.id });
      expect(JSON.stringify(twice)).not.toContain('7391846');
      expect(await profileCount()).toBe(before);

      // Another organisation has its own key and its own clients: the same number is another person.
      const elsewhere = await app.graphql(
        graphql(`
          query CandidateProfilesCandidateProfileByClientNumber2($n: String!) {
            candidateProfileByClientNumber(clientNumber: $n) {
              id
            }
          }
        `),
        { n: CLIENT },
        { as: GRONINGEN_COACH },
      );
      expect(onlyError(elsewhere).extensions?.code).toBe('NOT_FOUND');
      await createProfile(app, GRONINGEN_COACH, { clientNumber: CLIENT });

      const columns: { table_schema: string; table_name: string; column_name: string }[] = await app.dataSource.query(
        `SELECT table_schema, table_name, column_name FROM information_schema.columns
          WHERE table_schema NOT IN ('pg_catalog', 'information_schema')
            AND data_type IN ('text', 'character varying', 'json', 'jsonb', 'bytea', 'ARRAY')`,
      );
      expect(columns.length).toBeGreaterThan(20);
      for (const { table_schema, table_name, column_name } of columns) {
        const [{ hits }] = await app.dataSource.query(
          `SELECT count(*)::int AS hits FROM "${table_schema}"."${table_name}"
            WHERE "${column_name}"::text LIKE '%7391846%' OR "${column_name}"::text LIKE '%' || encode(convert_to('7391846', 'UTF8'), 'hex') || '%'`,
        );
        expect({ table: `${table_schema}.${table_name}.${column_name}`, hits }).toEqual({
          table: `${table_schema}.${table_name}.${column_name}`,
          hits: 0,
        });
      }
    });
  });

  describe('retention', () => {
    it('deletes expired profiles and reminds owners once, 14 days before expiry, through the scheduled job', async () => {
      const expired = await createProfile(app, UWV_COACH);
      const expiring = await createProfile(app, UWV_COACH);
      const later = await createProfile(app, UWV_COACH);
      await app.dataSource.query('UPDATE candidate_profile SET expires_on = $2::date - 1 WHERE id = $1', [
        expired.id,
        dutchToday(),
      ]);
      await app.dataSource.query('UPDATE candidate_profile SET expires_on = $2::date + 10 WHERE id = $1', [
        expiring.id,
        dutchToday(),
      ]);
      const queue = app.running.app.get(JobQueue);
      await queue.schedulesInPlace();
      const schedulers = await queue.queue(QueueName.SYSTEM).getJobSchedulers();
      expect(schedulers).toEqual(
        expect.arrayContaining([expect.objectContaining({ key: 'profile-retention-daily', tz: 'Europe/Amsterdam' })]),
      );

      const runJob = async () => {
        const job = await queue.enqueue(JobName.PROFILE_RETENTION, {});
        const deadline = Date.now() + 20_000;
        for (;;) {
          const state = await job.getState();
          if (state === 'completed') return;
          if (state === 'failed' || Date.now() > deadline) {
            const latest = await queue.queue(QueueName.SYSTEM).getJob(job.id!);
            throw new Error(`retention job ${state}: ${latest?.failedReason ?? ''}`);
          }
          await new Promise((r) => setTimeout(r, 100));
        }
      };
      await runJob();
      expect(await count('SELECT count(*) FROM candidate_profile WHERE id = $1', [expired.id])).toBe(0);
      expect(
        await app.dataSource.query(
          'SELECT action, actor_user_id FROM audit_event WHERE entity_id = $1 ORDER BY occurred_at',
          [expired.id],
        ),
      ).toEqual([
        { action: 'CREATE', actor_user_id: expect.any(String) },
        { action: 'EXPIRE', actor_user_id: null },
      ]);
      await runJob();

      const coachNotifications = await app.graphql(
        graphql(`
          query CandidateProfilesNotifications {
            notifications(unreadOnly: true, first: 200) {
              edges {
                node {
                  id
                  kind
                  message
                  entityId
                }
              }
            }
          }
        `),
        {},
        { as: UWV_COACH },
      );
      const reminders = coachNotifications
        .data!.notifications.edges.map((e) => e.node)
        .filter((n) => n.kind === 'PROFILE_EXPIRING');
      expect(reminders.filter((n) => n.entityId === expiring.id)).toHaveLength(1);
      expect(reminders.filter((n) => n.entityId === later.id)).toHaveLength(0);
      const reminder = reminders.find((n) => n.entityId === expiring.id)!;
      expect(reminder.message).toContain(expiring.publicCode);

      const foreign = await app.graphql(
        graphql(`
          mutation CandidateProfilesMarkNotificationRead($id: ID!) {
            markNotificationRead(id: $id) {
              readAt
            }
          }
        `),
        { id: reminder.id },
        { as: GRONINGEN_COACH },
      );
      expect(onlyError(foreign).extensions?.code).toBe('NOT_FOUND');
      const read = await app.graphql(
        graphql(`
          mutation CandidateProfilesMarkNotificationRead2($id: ID!) {
            markNotificationRead(id: $id) {
              readAt
            }
          }
        `),
        { id: reminder.id },
        { as: UWV_COACH },
      );
      expect(read.data?.markNotificationRead.readAt).toEqual(expect.any(String));
    }, 30_000);
  });

  describe('audit log', () => {
    it('refuses UPDATE, DELETE and TRUNCATE, even from the application database user', async () => {
      const [{ id }] = await app.dataSource.query('SELECT id FROM audit_event LIMIT 1');
      await expect(app.dataSource.query("UPDATE audit_event SET purpose = 'x' WHERE id = $1", [id])).rejects.toThrow(
        /append-only/,
      );
      await expect(app.dataSource.query('DELETE FROM audit_event WHERE id = $1', [id])).rejects.toThrow(/append-only/);
      await expect(app.dataSource.query('TRUNCATE audit_event')).rejects.toThrow(/append-only/);
      expect(await count('SELECT count(*) FROM audit_event WHERE id = $1', [id])).toBe(1);
    });

    it("shows an organisation's admin its own people's acts and the acts on its own profiles, and no one else's", async () => {
      const profile = await createProfile(app, UWV_COACH);
      await app.running.app.get(AnonymisedProfileService).view(await actor(GRONINGEN_COACH), profile.id, 'voorstel');
      const query = `query($entityId: ID) { auditEvents(first: 50, filter: { entityId: $entityId }) {
        edges { node { action actorOrganisationId ownerOrganisationId purpose } } } }`;
      type Events = { auditEvents: { edges: { node: { action: string } }[] } };
      const uwv = await app.graphql<Events>(query, { entityId: profile.id }, { as: 'admin@uwv.demo' });
      expect(uwv.data!.auditEvents.edges.map((e) => e.node.action)).toEqual(['VIEW', 'CREATE']);
      const groningen = await app.graphql<Events>(query, { entityId: profile.id }, { as: 'admin@groningen.demo' });
      expect(groningen.data!.auditEvents.edges.map((e) => e.node.action)).toEqual(['VIEW']);
      const emmen = await app.graphql<Events>(query, { entityId: profile.id }, { as: 'admin@emmen.demo' });
      expect(emmen.data!.auditEvents.edges).toEqual([]);
      expect(onlyError(await app.graphql(query, {}, { as: UWV_COACH })).extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('for the job coach at the screen', () => {
    it('finds profiles by the start of their public code, in the own organisation only', async () => {
      const profile = await createProfile(app, UWV_COACH);
      const prefix = profile.publicCode.slice(0, 6).toLowerCase();
      const FIND = graphql(`
        query CandidateProfilesCandidateProfiles($code: String) {
          candidateProfiles(filter: { publicCode: $code }) {
            edges {
              node {
                id
              }
            }
          }
        }
      `);
      const own = await app.graphql(FIND, { code: prefix }, { as: UWV_COACH });
      expect(own.data!.candidateProfiles.edges.map((e) => e.node.id)).toContain(profile.id);
      const other = await app.graphql(FIND, { code: profile.publicCode }, { as: GRONINGEN_COACH });
      expect(other.data!.candidateProfiles.edges).toEqual([]);
      const bad = await app.graphql(FIND, { code: "K-' OR 1=1" }, { as: UWV_COACH });
      expect(onlyError(bad).extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('checks a text with the same privacy guard while typing, and stores nothing', async () => {
      const CHECK = graphql(`
        query CandidateProfilesPrivacyCheck($text: String!) {
          privacyCheck(text: $text) {
            kinds
          }
        }
      `);
      const before = await count('SELECT count(*)::int AS count FROM audit_event');
      const found = await app.graphql(CHECK, { text: 'Mevrouw Jansen, bel 06-12345678' }, { as: UWV_COACH });
      expect(found.data!.privacyCheck.kinds.sort()).toEqual(['PERSON_NAME', 'PHONE']);
      const clean = await app.graphql(CHECK, { text: 'Ervaren in de zorg, zoekt vaste uren.' }, { as: UWV_COACH });
      expect(clean.data!.privacyCheck.kinds).toEqual([]);
      expect(await count('SELECT count(*)::int AS count FROM audit_event')).toBe(before);
      expect(onlyError(await app.graphql(CHECK, { text: 'x' })).extensions?.code).toBe('UNAUTHENTICATED');
    });
  });
});
