import { createVacancy } from '../factories/vacancy.factory';
import { Logger } from '@nestjs/common';
import ICAL from 'ical.js';
import { Client } from 'pg';
import { createEmployer } from '../factories/employer.factory';
import { onlyError, TestApp } from '../support/test-app';
import { graphql } from '../gql';
import type { PlanVisitInput } from '../gql/graphql';

const AM = 'accountmanager@groningen.demo';
const UWV_AM = 'accountmanager@uwv.demo';
const COACH = 'jobcoach@groningen.demo';
const PLAN = graphql(`
  mutation VisitsPlan($input: PlanVisitInput!) {
    planVisit(input: $input) {
      visit {
        ...VisitFields
      }
      warnings {
        code
        message
      }
    }
  }
`);
const UPDATE = graphql(`
  mutation VisitsUpdate($input: UpdateVisitInput!) {
    updateVisit(input: $input) {
      visit {
        ...VisitFields
      }
      warnings {
        code
        message
      }
    }
  }
`);
const CANCEL = graphql(`
  mutation VisitsCancel($input: CancelVisitInput!) {
    cancelVisit(input: $input) {
      ...VisitFields
    }
  }
`);
const REPORT = graphql(`
  mutation VisitsReport($input: VisitReportInput!) {
    recordVisitReport(input: $input) {
      ...VisitFields
    }
  }
`);

describe('joint employer visits', () => {
  let app: TestApp;
  const ids: Record<string, string> = {};
  let slot = 0;
  /** A fresh two-hour slot far in the future, so tests do not overlap each other by accident. */
  const nextSlot = () => {
    slot += 1;
    const start = new Date(Date.UTC(2028, 0, 3 + slot * 2, 9, 0));
    return { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 2 * 3600_000).toISOString() };
  };
  const plan = (as: string, input: PlanVisitInput) => app.graphql(PLAN, { input }, { as });

  beforeAll(async () => {
    // No workers: matching jobs for the vacancies these tests create would add statements to the counts below.
    // The actor cache off: the statement count below is the worst case, every request reading its actor.
    app = await TestApp.start({ RUN_WORKERS: 'false', ACTOR_CACHE_TTL_MS: '0' });
    for (const email of [AM, UWV_AM, COACH, 'accountmanager@emmen.demo', 'jobcoach@uwv.demo']) {
      const [user] = await app.dataSource.query('SELECT id FROM app_user WHERE email = $1', [email]);
      ids[email] = user.id;
    }
  });
  afterAll(() => app.close());

  async function employerWithAddress() {
    return createEmployer(app, AM, {
      municipalityCode: 'GM0014',
      // The house number apart, as the employer form and an import keep it: the visit's place joins them.
      street: 'Grote Markt',
      houseNumber: '1',
      postcode: '9711LV',
      city: 'Groningen',
    });
  }

  it('plans a joint visit at the employer, derives "joint" and shows it on the employer timeline', async () => {
    const employer = await employerWithAddress();
    const response = await plan(AM, {
      employerId: employer.id,
      ...nextSlot(),
      purpose: 'Kennismaking en personeelsbehoefte 2028',
      participants: [{ userId: ids[AM], isLead: true }, { userId: ids[UWV_AM] }],
    });
    expect(response.errors).toBeUndefined();
    const { visit } = response.data!.planVisit;
    expect(visit).toMatchObject({ status: 'PLANNED', joint: true, location: 'Grote Markt 1, 9711 LV, Groningen' });
    expect(visit.participants.find((p) => p.isLead)?.userId).toBe(ids[AM]);
    const timeline = await app.graphql(
      graphql(`
        query VisitsEmployer($id: ID!) {
          employer(id: $id) {
            timeline {
              kind
              text
            }
          }
        }
      `),
      { id: employer.id },
      { as: AM },
    );
    expect(timeline.data!.employer.timeline[0]).toMatchObject({ kind: 'VISIT' });

    const single = await plan(AM, {
      employerId: employer.id,
      ...nextSlot(),
      purpose: 'Alleen',
      participants: [{ userId: ids[AM] }],
    });
    expect(single.data!.planVisit.visit.joint).toBe(false);
  });

  it('refuses a participant who is already booked, unless allowOverlap, and warns about a visit within 30 days', async () => {
    const employer = await employerWithAddress();
    const times = nextSlot();
    const first = await plan(AM, {
      employerId: employer.id,
      ...times,
      purpose: 'Eerste',
      participants: [{ userId: ids[UWV_AM] }],
    });
    expect(first.errors).toBeUndefined();
    const later = new Date(new Date(times.startsAt).getTime() + 3600_000).toISOString();
    const overlapping = {
      employerId: employer.id,
      startsAt: later,
      endsAt: new Date(Date.parse(later) + 3600_000).toISOString(),
    };
    const refused = await plan(AM, {
      ...overlapping,
      purpose: 'Tweede',
      participants: [{ userId: ids[AM] }, { userId: ids[UWV_AM] }],
    });
    expect(onlyError(refused).extensions).toMatchObject({
      code: 'CONFLICT',
      overlapping: [{ visitId: first.data!.planVisit.visit.id, userId: ids[UWV_AM] }],
    });

    // Asked before planning: the same clash and warnings, with times and names, and nothing saved.
    const visitsBefore = await app.dataSource.query('SELECT id FROM visit WHERE employer_id = $1', [employer.id]);
    const check = await app.graphql(
      graphql(`
        query VisitsVisitPlanningCheck($input: PlanVisitInput!) {
          visitPlanningCheck(input: $input) {
            clashes {
              visitId
              userId
              participantName
              startsAt
              endsAt
              employerName
            }
            warnings {
              code
              message
            }
          }
        }
      `),
      { input: { ...overlapping, purpose: 'Tweede', participants: [{ userId: ids[AM] }, { userId: ids[UWV_AM] }] } },
      { as: AM },
    );
    expect(check.errors).toBeUndefined();
    expect(check.data!.visitPlanningCheck.clashes).toEqual([
      {
        visitId: first.data!.planVisit.visit.id,
        userId: ids[UWV_AM],
        participantName: 'Accountmanager UWV Noord',
        startsAt: times.startsAt,
        endsAt: times.endsAt,
        employerName: expect.stringMatching(/^Testbedrijf \d+ B\.V\.$/),
      },
    ]);
    expect(check.data!.visitPlanningCheck.warnings.map((w) => w.code)).toEqual(['NEARBY_VISIT']);
    expect(await app.dataSource.query('SELECT id FROM visit WHERE employer_id = $1', [employer.id])).toEqual(
      visitsBefore,
    );
    const badCheck = await app.graphql(
      graphql(`
        query VisitsVisitPlanningCheck2($input: PlanVisitInput!) {
          visitPlanningCheck(input: $input) {
            warnings {
              code
            }
          }
        }
      `),
      { input: { ...overlapping, endsAt: overlapping.startsAt, purpose: 'x', participants: [{ userId: ids[AM] }] } },
      { as: AM },
    );
    expect(onlyError(badCheck).extensions).toMatchObject({ code: 'BAD_USER_INPUT' });

    const allowed = await plan(AM, {
      ...overlapping,
      purpose: 'Tweede',
      participants: [{ userId: ids[AM] }, { userId: ids[UWV_AM] }],
      allowOverlap: true,
    });
    expect(allowed.errors).toBeUndefined();
    const [warning] = allowed.data!.planVisit.warnings.filter((w) => w.code === 'NEARBY_VISIT');
    expect(warning.message).toMatch(/binnen 30 dagen nog een bezoek: .* met Accountmanager UWV Noord/);
  });

  it("warns when the employer's lead account manager is not invited", async () => {
    const employer = await employerWithAddress();
    await app.graphql(
      graphql(`
        mutation VisitsAddTeamMember($input: TeamMemberInput!) {
          addTeamMember(input: $input) {
            userId
          }
        }
      `),
      {
        input: { employerId: employer.id, userId: ids[UWV_AM], isLead: true },
      },
      { as: AM },
    );
    const response = await plan(AM, {
      employerId: employer.id,
      ...nextSlot(),
      purpose: 'Zonder lead',
      participants: [{ userId: ids[AM] }],
    });
    expect(response.data!.planVisit.warnings).toEqual([
      expect.objectContaining({
        code: 'LEAD_NOT_INVITED',
        message: expect.stringContaining('Accountmanager UWV Noord'),
      }),
    ]);
  });

  it("goes PLANNED -> HELD by the lead's report, or -> CANCELLED with a reason, and not back", async () => {
    const employer = await employerWithAddress();
    const vacancy = await createVacancy(app, AM, {
      employerId: employer.id,
      title: 'Monteur',
      occupationCode: '7233',
      hoursMin: 32,
      hoursMax: 40,
      municipalityCode: 'GM0014',
      contractType: 'PERMANENT',
    });
    const { visit } = (
      await plan(AM, {
        employerId: employer.id,
        ...nextSlot(),
        purpose: 'Bezoek',
        participants: [{ userId: ids[AM], isLead: true }, { userId: ids[COACH] }],
      })
    ).data!.planVisit;
    const report = {
      id: visit.id,
      version: visit.version,
      report: 'Werkgever zoekt monteurs, open voor banenafspraak.',
    };
    expect(onlyError(await app.graphql(REPORT, { input: report }, { as: COACH })).extensions?.code).toBe('FORBIDDEN');
    const pii = await app.graphql(REPORT, { input: { ...report, report: 'Contact: jan@bedrijf.nl' } }, { as: AM });
    expect(onlyError(pii).extensions?.code).toBe('PII_DETECTED');
    const held = await app.graphql(
      REPORT,
      {
        input: {
          ...report,
          targetGroupInterest: ['JOBS_AGREEMENT'],
          nextContactOn: '2028-03-01',
          vacancyIds: [vacancy.id],
        },
      },
      { as: AM },
    );
    expect(held.data?.recordVisitReport).toMatchObject({
      status: 'HELD',
      vacancyIds: [vacancy.id],
    });
    const cancelHeld = await app.graphql(
      CANCEL,
      { input: { id: visit.id, version: visit.version + 1, reason: 'x' } },
      { as: AM },
    );
    expect(onlyError(cancelHeld).extensions?.code).toBe('BAD_USER_INPUT');

    const other = (
      await plan(AM, {
        employerId: employer.id,
        ...nextSlot(),
        purpose: 'Nog een',
        participants: [{ userId: ids[AM] }],
      })
    ).data!.planVisit.visit;
    const cancelled = await app.graphql(
      CANCEL,
      { input: { id: other.id, version: other.version, reason: 'Werkgever ziek' } },
      { as: AM },
    );
    expect(cancelled.data?.cancelVisit.status).toBe('CANCELLED');
    const reportCancelled = await app.graphql(
      REPORT,
      { input: { id: other.id, version: other.version + 1, report: 'x' } },
      { as: AM },
    );
    expect(onlyError(reportCancelled).extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lets participants and the account team edit, with the version last read; others are refused', async () => {
    const employer = await employerWithAddress();
    const { visit } = (
      await plan(AM, { employerId: employer.id, ...nextSlot(), purpose: 'Bezoek', participants: [{ userId: ids[AM] }] })
    ).data!.planVisit;
    const change = { id: visit.id, version: visit.version, purpose: 'Gewijzigd doel' };
    expect(onlyError(await app.graphql(UPDATE, { input: change }, { as: 'jobcoach@uwv.demo' })).extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(
      onlyError(await app.graphql(UPDATE, { input: change }, { as: 'accountmanager@emmen.demo' })).extensions?.code,
    ).toBe('NOT_FOUND');
    expect(
      onlyError(
        await plan('director@groningen.demo', {
          employerId: employer.id,
          ...nextSlot(),
          purpose: 'x',
          participants: [{ userId: ids[AM] }],
        }),
      ).extensions?.code,
    ).toBe('FORBIDDEN');
    const updated = await app.graphql(UPDATE, { input: change }, { as: AM });
    expect(updated.data?.updateVisit.visit.version).toBe(visit.version + 1);
    const stale = await app.graphql(UPDATE, { input: { ...change, purpose: 'Nog eens' } }, { as: AM });
    expect(onlyError(stale).extensions).toMatchObject({ code: 'CONFLICT', currentVersion: visit.version + 1 });
    const read = await app.graphql(
      graphql(`
        query VisitsVisit($id: ID!) {
          visit(id: $id) {
            purpose
          }
        }
      `),
      { id: visit.id },
      { as: 'director@groningen.demo' },
    );
    expect(read.data?.visit.purpose).toBe('Gewijzigd doel');
  });

  it('keeps follow-up actions per owner, open until done', async () => {
    const employer = await employerWithAddress();
    const { visit } = (
      await plan(AM, {
        employerId: employer.id,
        ...nextSlot(),
        purpose: 'Bezoek',
        participants: [{ userId: ids[AM], isLead: true }, { userId: ids[COACH] }],
      })
    ).data!.planVisit;
    const add = (ownerId: string) =>
      app.graphql(
        graphql(`
          mutation VisitsAddFollowUp($input: AddFollowUpInput!) {
            addFollowUp(input: $input) {
              id
              version
            }
          }
        `),
        { input: { visitId: visit.id, title: 'Kandidaten voorstellen', ownerId, dueOn: '2028-02-01' } },
        { as: AM },
      );
    expect(onlyError(await add(ids[UWV_AM])).extensions?.code).toBe('BAD_USER_INPUT');
    const followUp = (await add(ids[COACH])).data!.addFollowUp;
    const open = () =>
      app
        .graphql<{ followUps: { edges: { node: { id: string } }[] } }>(
          '{ followUps(open: true, first: 200) { edges { node { id } } } }',
          {},
          { as: COACH },
        )
        .then((r) => r.data!.followUps.edges.map(({ node }) => node.id));
    expect(await open()).toContain(followUp.id);
    const done = await app.graphql(
      graphql(`
        mutation VisitsCompleteFollowUp($id: ID!, $version: Int!) {
          completeFollowUp(id: $id, version: $version) {
            doneAt
          }
        }
      `),
      { id: followUp.id, version: followUp.version },
      { as: COACH },
    );
    expect(done.data?.completeFollowUp.doneAt).toEqual(expect.any(String));
    // The visit shows its follow-ups as they were written: the date, and the time it was done to the millisecond.
    const shown = await app.graphql(
      graphql(`
        query VisitsVisit2($id: ID!) {
          visit(id: $id) {
            followUps {
              id
              ownerId
              dueOn
              doneAt
              version
            }
          }
        }
      `),
      { id: visit.id },
      { as: AM },
    );
    expect(shown.data!.visit.followUps).toEqual([
      {
        id: followUp.id,
        ownerId: ids[COACH],
        dueOn: '2028-02-01',
        doneAt: done.data!.completeFollowUp.doneAt,
        version: followUp.version + 1,
      },
    ]);
    expect(await open()).not.toContain(followUp.id);
  });

  it('filters visits by employer, participant, organisation, joint and status', async () => {
    const employer = await employerWithAddress();
    await plan(AM, {
      employerId: employer.id,
      ...nextSlot(),
      purpose: 'Samen',
      participants: [{ userId: ids[AM] }, { userId: ids[UWV_AM] }],
    });
    await plan(AM, { employerId: employer.id, ...nextSlot(), purpose: 'Alleen', participants: [{ userId: ids[AM] }] });
    const query = `query($filter: VisitFilter) { visits(filter: $filter) { edges { node { purpose joint } } } }`;
    const base = { employerId: employer.id, from: '2028-01-01T00:00:00Z', to: '2028-12-31T00:00:00Z' };
    const run = async (filter: Record<string, unknown>) =>
      (
        await app.graphql<{ visits: { edges: { node: { purpose: string } }[] } }>(
          query,
          { filter: { ...base, ...filter } },
          { as: AM },
        )
      ).data!.visits.edges.map(({ node }) => node.purpose);
    expect(await run({})).toEqual(['Samen', 'Alleen']);
    expect(await run({ joint: true })).toEqual(['Samen']);
    expect(await run({ participantId: ids[UWV_AM] })).toEqual(['Samen']);
    const [uwv] = await app.dataSource.query("SELECT id FROM organisation WHERE slug = 'uwv'");
    expect(await run({ organisationId: uwv.id })).toEqual(['Samen']);
    expect(await run({ status: 'CANCELLED' })).toEqual([]);
  });

  it('serves a personal iCalendar feed: Amsterdam times across a DST change, cancellations, SEQUENCE on change', async () => {
    const employer = await employerWithAddress();
    const me = 'jobcoach@uwv.demo';
    // 10:00 in Amsterdam on both sides of the change of 28 March 2027 (CET +01:00, then CEST +02:00).
    const winter = (
      await plan(AM, {
        employerId: employer.id,
        startsAt: '2027-03-26T09:00:00Z',
        endsAt: '2027-03-26T10:00:00Z',
        purpose: 'Winter',
        participants: [{ userId: ids[AM] }, { userId: ids[me] }],
        allowOverlap: true,
      })
    ).data!.planVisit.visit;
    const summer = (
      await plan(AM, {
        employerId: employer.id,
        startsAt: '2027-03-30T08:00:00Z',
        endsAt: '2027-03-30T09:00:00Z',
        purpose: 'Zomer',
        participants: [{ userId: ids[AM] }, { userId: ids[me] }],
        allowOverlap: true,
      })
    ).data!.planVisit.visit;
    await app.graphql(CANCEL, { input: { id: summer.id, version: summer.version, reason: 'Verzet' } }, { as: AM });
    await app.graphql(
      UPDATE,
      { input: { id: winter.id, version: winter.version, purpose: 'Winter (verzet)' } },
      { as: AM },
    );

    const created = await app.graphql(
      graphql(`
        mutation VisitsCreateCalendarFeed {
          createCalendarFeed {
            id
            url
          }
        }
      `),
      {},
      { as: me },
    );
    const { id } = created.data!.createCalendarFeed;
    const url = created.data!.createCalendarFeed.url!; // shown once, when the feed is made
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    const body = await response.text();
    expect(body).not.toMatch(/K-[0-9A-Z]{4}-[0-9A-Z]{4}/); // no candidate data

    const calendar = new ICAL.Component(ICAL.parse(body));
    calendar.getAllSubcomponents('vtimezone').forEach((zone) => ICAL.TimezoneService.register(zone));
    const events = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
    const byUid = new Map(events.map((event) => [event.uid, event]));
    const winterEvent = byUid.get(`${winter.id}@wsp-crm`)!;
    const summerEvent = byUid.get(`${summer.id}@wsp-crm`)!;
    expect(winterEvent.startDate.toJSDate().toISOString()).toBe('2027-03-26T09:00:00.000Z');
    expect(summerEvent.startDate.toJSDate().toISOString()).toBe('2027-03-30T08:00:00.000Z');
    expect([winterEvent.startDate.hour, summerEvent.startDate.hour]).toEqual([10, 10]);
    expect(summerEvent.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(winterEvent.sequence).toBe(1);
    expect(winterEvent.summary).toContain('Gezamenlijk werkgeversbezoek');
    expect(winterEvent.attendees.map((a) => a.getFirstValue())).toContain('mailto:jobcoach@uwv.demo');

    await app.graphql(
      graphql(`
        mutation VisitsRevokeCalendarFeed($id: ID!) {
          revokeCalendarFeed(id: $id)
        }
      `),
      { id },
      { as: me },
    );
    const warned = jest.spyOn(Logger.prototype, 'warn');
    try {
      for (const gone of [url, url.replace(/token=.*/, 'token=unknown-token-of-sufficient-length')]) {
        const answer = await fetch(gone);
        expect(answer.status).toBe(404);
        // A calendar app asks again later: nothing to cache, and nothing the operators need to hear about.
        expect(answer.headers.get('cache-control')).toBe('no-store');
      }
      expect(warned).not.toHaveBeenCalled();
    } finally {
      warned.mockRestore();
    }
  });

  it('keeps the coming visits in a feed past its 1,000 events: the oldest past ones go first', async () => {
    const employer = await employerWithAddress();
    const me = 'jobcoach@groningen.demo';
    const [coach] = await app.dataSource.query('SELECT organisation_id FROM app_user WHERE id = $1', [ids[me]]);
    await app.dataSource.query(
      `WITH v AS (
         INSERT INTO visit (employer_id, region_code, starts_at, ends_at, location_kind, purpose, created_by)
         SELECT $1::uuid, 'GRONINGEN', now() - interval '80 days' + n * interval '1 hour',
                now() - interval '80 days' + n * interval '1 hour' + interval '30 minutes', 'ONLINE', 'Verleden ' || n,
                $2::uuid
           FROM generate_series(1, 1000) n
         UNION ALL
         SELECT $1::uuid, 'GRONINGEN', now() + n * interval '1 day', now() + n * interval '1 day' + interval '1 hour',
                'ONLINE', 'Komend ' || n, $2::uuid
           FROM generate_series(1, 3) n
         RETURNING id)
       INSERT INTO visit_participant (visit_id, user_id, organisation_id, is_lead) SELECT id, $2, $3, true FROM v`,
      [employer.id, ids[me], coach.organisation_id],
    );
    const created = await app.graphql(
      graphql(`
        mutation VisitsCreateCalendarFeed2 {
          createCalendarFeed {
            url
          }
        }
      `),
      {},
      { as: me },
    );
    const body = await (await fetch(created.data!.createCalendarFeed.url!)).text();
    const summaries = [...body.matchAll(/^SUMMARY:.*$/gm)].map(([line]) => line);
    expect(summaries).toHaveLength(1000);
    const descriptions = [...body.matchAll(/^DESCRIPTION:(Komend|Verleden) (\d+)/gm)].map(
      ([, kind, n]) => `${kind} ${n}`,
    );
    expect(descriptions.slice(0, 3)).toEqual(['Komend 1', 'Komend 2', 'Komend 3']);
    // The past ones latest first, so the oldest made way.
    expect(descriptions[3]).toBe('Verleden 1000');
    const past = descriptions.filter((d) => d.startsWith('Verleden')).map((d) => Number(d.split(' ')[1]));
    expect(past).toEqual([...past].sort((a, b) => b - a));
    expect(past).not.toContain(1);
  });

  it("pages the agenda, a colleague's visits and follow-ups like the other lists: cursor, total, no overlap", async () => {
    const employer = await employerWithAddress();
    const user = ids[AM];
    const [member] = await app.dataSource.query('SELECT organisation_id FROM app_user WHERE id = $1', [user]);
    // Five visits, two of them at the same moment: the id breaks the tie, so no page repeats or skips one.
    const [{ visit_ids: visitIds }] = await app.dataSource.query(
      `WITH v AS (
         INSERT INTO visit (employer_id, region_code, starts_at, ends_at, location_kind, purpose, created_by)
         SELECT $1, 'GRONINGEN', timestamptz '2031-03-02 09:00Z' + least(n, 4) * interval '1 day',
                timestamptz '2031-03-02 10:00Z' + least(n, 4) * interval '1 day', 'ONLINE', 'Paging ' || n, $2
           FROM generate_series(1, 5) n RETURNING id, starts_at),
       p AS (INSERT INTO visit_participant (visit_id, user_id, organisation_id, is_lead)
             SELECT id, $2, $3, true FROM v)
       SELECT array_agg(id ORDER BY starts_at, id) AS visit_ids FROM v`,
      [employer.id, user, member.organisation_id],
    );
    const token = await app.tokenFor(AM);
    type Page = {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: { id: string } }[];
    };
    const readAll = async (field: 'myAgenda' | 'visits' | 'followUps', args: string) => {
      const seen: string[] = [];
      let after: string | null = null;
      const totals = new Set<number>();
      for (let pages = 0; pages < 10; pages += 1) {
        const response: { data?: Record<string, Page> | null } = await app.graphql<Record<string, Page>>(
          `query($after: String) { ${field}(${args}, first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
          { after },
          { token },
        );
        const page = response.data![field];
        totals.add(page.totalCount);
        seen.push(...page.edges.map(({ node }) => node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      return { seen, totals: [...totals] };
    };
    const range = 'from: "2031-03-01T00:00:00Z", to: "2031-03-10T00:00:00Z"';
    expect(await readAll('myAgenda', range)).toEqual({ seen: visitIds, totals: [5] });
    expect(await readAll('visits', `filter: { ${range}, employerId: "${employer.id}" }`)).toEqual({
      seen: visitIds,
      totals: [5],
    });

    // Follow-ups: the soonest due first, those without a date last in the order they were made.
    const followUpIds: string[] = [];
    for (const dueOn of ['2031-04-02', null, '2031-04-01', null, '2031-04-01']) {
      const added = await app.graphql(
        graphql(`
          mutation VisitsAddFollowUp2($input: AddFollowUpInput!) {
            addFollowUp(input: $input) {
              id
            }
          }
        `),
        { input: { visitId: visitIds[0], title: `Actie ${dueOn}`, ownerId: user, ...(dueOn ? { dueOn } : {}) } },
        { token },
      );
      followUpIds.push(added.data!.addFollowUp.id);
    }
    const mine = await readAll('followUps', 'open: true');
    const ours = mine.seen.filter((id) => followUpIds.includes(id));
    expect(ours).toEqual([followUpIds[2], followUpIds[4], followUpIds[0], followUpIds[1], followUpIds[3]]);
    expect(new Set(mine.seen).size).toBe(mine.seen.length);

    const forged = onlyError(
      await app.graphql(
        graphql(`
          query VisitsMyAgenda {
            myAgenda(after: "bm90IGEgY3Vyc29y") {
              totalCount
            }
          }
        `),
        {},
        { token },
      ),
    );
    expect(forged.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'after' }] });
    const tooMany = onlyError(
      await app.graphql(
        graphql(`
          query VisitsVisits {
            visits(first: 500) {
              totalCount
            }
          }
        `),
        {},
        { token },
      ),
    );
    expect(tooMany.extensions?.code).toBe('BAD_USER_INPUT');
    await app.dataSource.query('DELETE FROM visit WHERE id = ANY($1)', [visitIds]);
  });

  it('loads an agenda of 200 visits with a constant number of SQL statements', async () => {
    const employer = await employerWithAddress();
    const user = ids['jobcoach@uwv.demo'];
    const [coach] = await app.dataSource.query('SELECT organisation_id FROM app_user WHERE id = $1', [user]);
    await app.dataSource.query(
      `WITH v AS (
         INSERT INTO visit (employer_id, region_code, starts_at, ends_at, location_kind, purpose, created_by)
         SELECT $1, 'GRONINGEN', timestamptz '2029-01-01 09:00Z' + n * interval '3 hours',
                timestamptz '2029-01-01 10:00Z' + n * interval '3 hours', 'ONLINE', 'Agenda ' || n, $2
           FROM generate_series(1, 200) n RETURNING id)
       INSERT INTO visit_participant (visit_id, user_id, organisation_id, is_lead) SELECT id, $2, $3, true FROM v`,
      [employer.id, user, coach.organisation_id],
    );
    const token = await app.tokenFor('jobcoach@uwv.demo');
    const counts: number[] = [];
    for (const to of ['2029-01-03T00:00:00Z', '2029-02-01T00:00:00Z']) {
      const spy = jest.spyOn(Client.prototype, 'query');
      const response = await app.graphql(
        graphql(`
          query VisitsMyAgenda2($to: DateTime) {
            myAgenda(from: "2029-01-01T00:00:00Z", to: $to, first: 200) {
              totalCount
              edges {
                node {
                  id
                  joint
                  participants {
                    userId
                  }
                  followUps {
                    id
                  }
                  vacancyIds
                }
              }
            }
          }
        `),
        { to },
        { token },
      );
      const statements = spy.mock.calls.filter(
        ([sql]) =>
          !/bullmq|outbox|rate_limit_window/i.test(
            String(typeof sql === 'string' ? sql : (sql as { text?: string }).text),
          ),
      );
      spy.mockRestore();
      expect(response.errors).toBeUndefined();
      counts.push(statements.length);
      if (to.startsWith('2029-02')) expect(response.data!.myAgenda.edges).toHaveLength(200);
    }
    // The actor, and the visits with their participants, vacancies and follow-ups.
    expect(counts).toEqual([2, 2]);
  });
});

describe('calendar feed links behind a proxy', () => {
  const PUBLIC_URL = 'https://crm.example.nl/wsp';
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ RUN_WORKERS: 'false', PUBLIC_URL });
  });
  afterAll(() => app.close());

  it('hands out feed URLs on PUBLIC_URL, the address users reach, not the one the request came in on', async () => {
    const created = await app.graphql(
      graphql(`
        mutation VisitsCreateCalendarFeed3 {
          createCalendarFeed {
            url
          }
        }
      `),
      {},
      { as: AM },
    );
    const url = created.data!.createCalendarFeed.url!; // shown once, when the feed is made
    expect(url.startsWith(`${PUBLIC_URL}/`)).toBe(true);
    // The same path and token serve the feed (the proxy strips its prefix).
    expect((await fetch(url.replace(PUBLIC_URL, app.url))).status).toBe(200);
  });
});
