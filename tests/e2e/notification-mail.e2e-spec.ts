import { createVacancy } from '../factories/vacancy.factory';
import { JobName, JobQueue, Role } from '@wsp/platform';
import { dutchTomorrow } from '@wsp/visits';
import ICAL from 'ical.js';
import { randomInt } from 'node:crypto';
import { createProfile } from '../factories/candidate-profile.factory';
import { createEmployer } from '../factories/employer.factory';
import { createUser } from '../factories/user.factory';
import { SmtpTestServer, ReceivedMail } from '../support/smtp-test-server';
import { TestApp } from '../support/test-app';
import { graphql } from '../gql';
import type { NotificationKind } from '../gql/graphql';

const AM = 'accountmanager@groningen.demo';
const UWV_AM = 'accountmanager@uwv.demo';
const UWV_COACH = 'jobcoach@uwv.demo';
const GRONINGEN_COACH = 'jobcoach@groningen.demo';
const PUBLIC_URL = 'https://crm.wsp.test';
// Pastry cooks: an occupation no other test file uses.
const OCCUPATION = '7512';

const PLAN = graphql(`
  mutation NotificationMailPlanVisit($input: PlanVisitInput!) {
    planVisit(input: $input) {
      visit {
        id
        version
        participants {
          userId
        }
      }
    }
  }
`);
const UPDATE = graphql(`
  mutation NotificationMailUpdateVisit($input: UpdateVisitInput!) {
    updateVisit(input: $input) {
      visit {
        id
        version
        participants {
          userId
        }
      }
    }
  }
`);
const CANCEL = graphql(`
  mutation NotificationMailCancelVisit($input: CancelVisitInput!) {
    cancelVisit(input: $input) {
      id
      version
    }
  }
`);
const FOLLOW_UP = graphql(`
  mutation NotificationMailAddFollowUp($input: AddFollowUpInput!) {
    addFollowUp(input: $input) {
      id
    }
  }
`);
const SET_PREFERENCE = graphql(`
  mutation NotificationMailSetNotificationPreference($kind: NotificationKind!, $delivery: NotificationDelivery) {
    setNotificationPreference(kind: $kind, delivery: $delivery) {
      kind
      delivery
      isDefault
    }
  }
`);

type VisitView = { id: string; version: number };

/** The one VEVENT of an invitation, parsed with ical.js. */
function invitationOf(mail: ReceivedMail) {
  expect(mail.calendar).toBeDefined();
  const calendar = new ICAL.Component(ICAL.parse(mail.calendar!.content));
  const event = calendar.getFirstSubcomponent('vevent')!;
  const start = event.getFirstProperty('dtstart')!;
  return {
    partMethod: mail.calendar!.method,
    method: calendar.getFirstPropertyValue('method'),
    uid: event.getFirstPropertyValue('uid'),
    sequence: Number(event.getFirstPropertyValue('sequence')),
    status: event.getFirstPropertyValue('status'),
    tzid: start.getParameter('tzid'),
    start: (start.getFirstValue() as ICAL.Time).toString(),
    attendees: event.getAllProperties('attendee').map((p) => String(p.getFirstValue()).replace(/^mailto:/i, '')),
  };
}

describe('notifications that reach people by e-mail', () => {
  const smtp = new SmtpTestServer();
  let app: TestApp;
  const ids: Record<string, string> = {};
  let slot = 0;
  /** A fresh one-hour slot in the future (12:00 Amsterdam time in winter), in a year no other test file plans in. */
  const nextSlot = () => {
    slot += 1;
    const start = new Date(Date.UTC(2031, 0, 8 + slot, 11, 0));
    return { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 3600_000).toISOString() };
  };
  const mailRows = (where: string, params: unknown[]) =>
    app.dataSource.query(`SELECT id, status, attempts, last_error FROM mail_message WHERE ${where}`, params);

  async function jointVisit(employerName: string, participants = [AM, UWV_AM, UWV_COACH]): Promise<VisitView> {
    const employer = await createEmployer(app, AM, { municipalityCode: 'GM0014', legalName: employerName });
    const response = await app.graphql(
      PLAN,
      {
        input: {
          employerId: employer.id,
          ...nextSlot(),
          purpose: 'Kennismaking en personeelsbehoefte',
          location: 'Grote Markt 1, Groningen',
          participants: participants.map((email, index) => ({ userId: ids[email], isLead: index === 0 })),
        },
      },
      { as: participants[0] },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.planVisit.visit;
  }

  beforeAll(async () => {
    await smtp.start();
    app = await TestApp.start({ SMTP_URL: smtp.url, PUBLIC_URL, MAIL_RETRY_INTERVAL_MS: '1000' });
    for (const email of [AM, UWV_AM, UWV_COACH, GRONINGEN_COACH]) {
      const [user] = await app.dataSource.query('SELECT id FROM app_user WHERE email = $1', [email]);
      ids[email] = user.id;
      // Every test here starts from the defaults.
      await app.dataSource.query('DELETE FROM notification_preference WHERE user_id = $1', [user.id]);
    }
  });
  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  it('mails the owning coach at once when an account manager shows interest: Dutch, a link, nothing but code and title', async () => {
    const profile = await createProfile(app, UWV_COACH, { occupationCodes: [OCCUPATION], skillCodes: [] });
    const employer = await createEmployer(app, AM, { municipalityCode: 'GM0014' });
    const title = `Banketbakker ${randomInt(1e6)}`;
    const vacancy = await createVacancy(app, AM, {
      employerId: employer.id,
      title,
      occupationCode: OCCUPATION,
      hoursMin: 24,
      hoursMax: 36,
      municipalityCode: 'GM0014',
      contractType: 'PERMANENT',
      positions: 1,
    });
    const vacancyId = vacancy.id;
    for (const deadline = Date.now() + 20_000; ;) {
      const [{ n }] = await app.dataSource.query(
        'SELECT count(*)::int AS n FROM suggestion WHERE vacancy_id = $1 AND profile_id = $2',
        [vacancyId, profile.id],
      );
      if (n > 0) break;
      if (Date.now() > deadline) throw new Error('the profile was not suggested');
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    const interest = await app.graphql(
      graphql(`
        mutation NotificationMailExpressInterest($input: ExpressInterestInput!) {
          expressInterest(input: $input) {
            id
          }
        }
      `),
      { input: { vacancyId, profileId: profile.id, note: 'Werkgever zoekt iemand voor de vroege dienst' } },
      { as: AM },
    );
    expect(interest.errors).toBeUndefined();

    const [mail] = await smtp.waitFor(UWV_COACH, (m) => m.text.includes(title));
    expect(mail.subject).toBe('Interesse in je kandidaat');
    expect(mail.text).toContain(`Interesse in kandidaat ${profile.publicCode} voor vacature "${title}"`);
    expect(mail.text).toContain(`${PUBLIC_URL}/inbox`);
    expect(mail.text).not.toContain('vroege dienst');
    expect(mail.html).toContain('<html lang="nl">');
    expect(mail.html).toContain(`<a href="${PUBLIC_URL}/inbox">Bekijk de interesse in je inbox</a>`);
    expect(mail.html).toContain(`${PUBLIC_URL}/meldingen/instellingen`);
    expect(mail.messageId).toMatch(/^<[0-9a-f-]{36}@wsp-crm>$/);

    // Declined: the account manager hears it, without the coach's reason (which is about the candidate).
    const reason = 'Kandidaat heeft net elders een baan aangenomen';
    const declined = await app.graphql(
      graphql(`
        mutation NotificationMailDeclineInterest($input: DeclineInterestInput!) {
          declineInterest(input: $input) {
            id
          }
        }
      `),
      { input: { interestId: interest.data!.expressInterest.id, reason } },
      { as: UWV_COACH },
    );
    expect(declined.errors).toBeUndefined();
    const [decline] = await smtp.waitFor(AM, (m) => m.subject === 'Interesse afgewezen' && m.text.includes(title));
    expect(decline.text).toContain(profile.publicCode);
    expect(decline.text).toContain(`${PUBLIC_URL}/vacatures/${vacancyId}`);
    expect(decline.text + decline.html).not.toContain('elders een baan');
  });

  it('invites the other participants of a joint visit with an iTIP REQUEST, re-sends a change with a higher SEQUENCE and cancels with CANCEL', async () => {
    const employerName = `Bakkerij De Korenschoof ${randomInt(1e6)} B.V.`;
    const visit = await jointVisit(employerName);
    const aboutIt = (m: ReceivedMail) => m.text.includes(employerName.replace(' B.V.', ''));

    const [invitation] = await smtp.waitFor(UWV_AM, aboutIt);
    await smtp.waitFor(UWV_COACH, aboutIt);
    expect(smtp.to(AM, aboutIt)).toHaveLength(0); // the planner does not invite themselves
    expect(invitation.subject).toBe('Uitnodiging werkgeversbezoek');
    expect(invitation.text).toContain(`${PUBLIC_URL}/bezoeken/${visit.id}`);
    const invited = invitationOf(invitation);
    expect(invited).toMatchObject({
      partMethod: 'REQUEST',
      method: 'REQUEST',
      uid: `${visit.id}@wsp-crm`,
      status: 'CONFIRMED',
      tzid: 'Europe/Amsterdam',
      start: `2031-01-${String(8 + slot).padStart(2, '0')}T12:00:00`,
    });
    expect(invited.attendees.sort()).toEqual([AM, UWV_AM, UWV_COACH].sort());

    // The calendar feed holds the same event: same UID and SEQUENCE.
    const feed = await app.graphql(
      graphql(`
        mutation NotificationMailCreateCalendarFeed {
          createCalendarFeed {
            url
          }
        }
      `),
      {},
      { as: UWV_AM },
    );
    const feedText = await (await fetch(feed.data!.createCalendarFeed.url!.replace(PUBLIC_URL, app.url))).text();
    const feedEvent = new ICAL.Component(ICAL.parse(feedText))
      .getAllSubcomponents('vevent')
      .find((event) => event.getFirstPropertyValue('uid') === invited.uid)!;
    expect(Number(feedEvent.getFirstPropertyValue('sequence'))).toBe(invited.sequence);

    // A change (an hour later, and the municipality's coach instead of UWV's) re-sends the invitation.
    const later = new Date(Date.UTC(2031, 0, 8 + slot, 13, 0));
    const updated = await app.graphql(
      UPDATE,
      {
        input: {
          id: visit.id,
          version: visit.version,
          startsAt: later.toISOString(),
          endsAt: new Date(later.getTime() + 3600_000).toISOString(),
          participants: [{ userId: ids[AM], isLead: true }, { userId: ids[UWV_AM] }, { userId: ids[GRONINGEN_COACH] }],
        },
      },
      { as: AM },
    );
    expect(updated.errors).toBeUndefined();
    const [change] = await smtp.waitFor(UWV_AM, (m) => aboutIt(m) && m.subject === 'Werkgeversbezoek gewijzigd');
    const changed = invitationOf(change);
    expect(changed).toMatchObject({ method: 'REQUEST', uid: invited.uid, start: expect.stringMatching(/T14:00:00$/) });
    expect(changed.sequence).toBeGreaterThan(invited.sequence);
    // Who joined is invited; who left gets a cancellation addressed to them alone.
    const [joined] = await smtp.waitFor(
      GRONINGEN_COACH,
      (m) => aboutIt(m) && m.subject === 'Uitnodiging werkgeversbezoek',
    );
    expect(invitationOf(joined)).toMatchObject({ method: 'REQUEST', sequence: changed.sequence });
    const [left] = await smtp.waitFor(UWV_COACH, (m) => aboutIt(m) && m.subject === 'Werkgeversbezoek geannuleerd');
    expect(invitationOf(left)).toMatchObject({ method: 'CANCEL', uid: invited.uid, attendees: [UWV_COACH] });

    const cancelled = await app.graphql(
      CANCEL,
      { input: { id: visit.id, version: updated.data!.updateVisit.visit.version, reason: 'Werkgever verhuist' } },
      { as: AM },
    );
    expect(cancelled.errors).toBeUndefined();
    const [cancellation] = await smtp.waitFor(
      UWV_AM,
      (m) => aboutIt(m) && m.subject === 'Werkgeversbezoek geannuleerd',
    );
    const cancel = invitationOf(cancellation);
    expect(cancel).toMatchObject({ partMethod: 'CANCEL', method: 'CANCEL', uid: invited.uid, status: 'CANCELLED' });
    expect(cancel.sequence).toBeGreaterThan(changed.sequence);
    expect(cancellation.text).toContain('Werkgever verhuist');
  });

  it("follows each user's preference: in the app only sends nothing, the daily digest gathers what waited", async () => {
    await app.graphql(SET_PREFERENCE, { kind: 'VISIT_INVITED', delivery: 'IN_APP_ONLY' }, { as: UWV_AM });
    const digest = await app.graphql(
      SET_PREFERENCE,
      { kind: 'VISIT_INVITED', delivery: 'DAILY_DIGEST' },
      { as: UWV_COACH },
    );
    expect(digest.data!.setNotificationPreference.find((p) => p.kind === 'VISIT_INVITED')).toEqual({
      kind: 'VISIT_INVITED',
      delivery: 'DAILY_DIGEST',
      isDefault: false,
    });
    try {
      const employerName = `Banketbakkerij Van Dijk ${randomInt(1e6)}`;
      const visit = await jointVisit(employerName);
      const aboutIt = (m: ReceivedMail) => m.text.includes(employerName);
      const notified = await app.dataSource.query(
        "SELECT u.email, n.delivery FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.entity_id = $1 AND n.kind = 'VISIT_INVITED' ORDER BY u.email",
        [visit.id],
      );
      expect(notified).toEqual([
        { email: UWV_AM, delivery: 'IN_APP_ONLY' },
        { email: UWV_COACH, delivery: 'DAILY_DIGEST' },
      ]);
      expect(await mailRows('entity_id = $1', [visit.id])).toHaveLength(0);

      await app.running.app.get(JobQueue).enqueue(JobName.MAIL_DIGEST, {}, { jobId: `digest-test-${visit.id}` });
      const [daily] = await smtp.waitFor(UWV_COACH, (m) => m.subject.startsWith('Je meldingen van') && aboutIt(m));
      expect(daily.text).toContain(`${PUBLIC_URL}/bezoeken/${visit.id}`);
      expect(daily.calendar).toBeUndefined();
      expect(daily.html).toContain('<ul>');
      // A second digest run finds nothing left of it; the in-app-only user never gets a mail about it.
      await app.running.app.get(JobQueue).enqueue(JobName.MAIL_DIGEST, {}, { jobId: `digest-again-${visit.id}` });
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(smtp.to(UWV_COACH, aboutIt)).toHaveLength(1);
      expect(smtp.to(UWV_AM, aboutIt)).toHaveLength(0);
    } finally {
      for (const as of [UWV_AM, UWV_COACH]) {
        await app.graphql(SET_PREFERENCE, { kind: 'VISIT_INVITED', delivery: null }, { as });
      }
    }
  });

  it('lists every kind with its default until the user chooses, and refuses an unknown kind with the field path', async () => {
    const preferences = await app.graphql(
      graphql(`
        query NotificationMailNotificationPreferences {
          notificationPreferences {
            kind
            delivery
            isDefault
          }
        }
      `),
      {},
      { as: GRONINGEN_COACH },
    );
    const byKind = Object.fromEntries(preferences.data!.notificationPreferences.map((p) => [p.kind, p]));
    expect(Object.keys(byKind)).toHaveLength(13);
    expect(byKind.CANDIDATE_INTEREST).toEqual({ kind: 'CANDIDATE_INTEREST', delivery: 'IMMEDIATE', isDefault: true });
    expect(byKind.PROFILE_EXPIRING).toMatchObject({ delivery: 'DAILY_DIGEST', isDefault: true });
    const bad = await app.graphql(
      SET_PREFERENCE,
      { kind: 'EVERYTHING' as NotificationKind, delivery: 'IMMEDIATE' }, // not a kind, as a client might send it
      { as: GRONINGEN_COACH },
    );
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    // With a real mail server there is no development mailbox.
    const mailbox = await app.graphql(
      graphql(`
        query NotificationMailDevMailbox {
          devMailbox {
            id
          }
        }
      `),
      {},
      { as: GRONINGEN_COACH },
    );
    expect(mailbox.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await (await fetch(`${app.url}/config.json`)).json()).toMatchObject({ devMailbox: false });
  });

  it('tells the owner of a follow-up when it is given to them and the day before it is due', async () => {
    const employerName = `Patisserie Het Gebak ${randomInt(1e6)}`;
    const visit = await jointVisit(employerName, [AM, UWV_AM]);
    const tomorrow = dutchTomorrow();
    const title = `Offerte proefplaatsing ${randomInt(1e6)}`;
    const added = await app.graphql(
      FOLLOW_UP,
      { input: { visitId: visit.id, ownerId: ids[UWV_AM], title, dueOn: tomorrow } },
      { as: AM },
    );
    expect(added.errors).toBeUndefined();
    const [assigned] = await smtp.waitFor(UWV_AM, (m) => m.text.includes(title));
    expect(assigned.subject).toBe('Nieuwe actie voor jou');
    expect(assigned.text).toContain(employerName);

    await app.running.app.get(JobQueue).enqueue(JobName.FOLLOW_UP_REMINDERS, {}, { jobId: `reminders-${visit.id}` });
    const [due] = await smtp.waitFor(UWV_AM, (m) => m.subject === 'Actie morgen af' && m.text.includes(title));
    expect(due.text).toContain(`${PUBLIC_URL}/bezoeken/${visit.id}`);
    // Once per follow-up and date, however often the job runs.
    await app.running.app
      .get(JobQueue)
      .enqueue(JobName.FOLLOW_UP_REMINDERS, {}, { jobId: `reminders-again-${visit.id}` });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(smtp.to(UWV_AM, (m) => m.subject === 'Actie morgen af' && m.text.includes(title))).toHaveLength(1);
  });

  it('tells the uploader that their import finished, with the refused rows, and not the file name', async () => {
    const base = randomInt(10_000_000, 90_000_000);
    const file = [
      'kvk_nummer,naam,handelsnaam,sbi,postcode,gemeentecode,grote_opdrachtgever',
      `${base},Bedrijf ${base},,4711,9401 AB,GM0106,nee`,
      `${base + 1},Bedrijf ${base + 1},,4711,9401 AB,GM9999,nee`,
    ].join('\r\n');
    const started = await app.graphql(
      graphql(`
        mutation NotificationMailStartImport($input: StartImportInput!) {
          startImport(input: $input) {
            id
          }
        }
      `),
      { input: { kind: 'EMPLOYERS', fileName: `klanten-${base}.csv`, content: Buffer.from(file).toString('base64') } },
      { as: 'accountmanager@wpda.demo' },
    );
    expect(started.errors).toBeUndefined();
    const [mail] = await smtp.waitFor(
      'accountmanager@wpda.demo',
      (m) => m.subject === 'Import klaar' && m.text.includes('2 rijen gelezen, 1 verwerkt, 1 geweigerd'),
    );
    expect(mail.text).toContain(`${PUBLIC_URL}/beheer/imports`);
    expect(mail.text).not.toContain(`klanten-${base}`);
  });

  it('reminds a coach of an expiring profile and tells them it was removed, in the daily digest by default', async () => {
    const profile = await createProfile(app, GRONINGEN_COACH, { occupationCodes: ['7512'], skillCodes: [] });
    await app.dataSource.query('UPDATE candidate_profile SET expires_on = current_date + 10 WHERE id = $1', [
      profile.id,
    ]);
    const queue = app.running.app.get(JobQueue);
    const runJob = async (name: JobName.PROFILE_RETENTION | JobName.MAIL_DIGEST, id: string) => {
      const job = await queue.enqueue(name, {}, { jobId: id });
      for (
        const deadline = Date.now() + 20_000;
        !(await queue.queue(job.queueName as never).getJob(job.id!))?.finishedOn;
      ) {
        if (Date.now() > deadline) throw new Error(`${name} did not finish`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    await runJob(JobName.PROFILE_RETENTION, `retention-${profile.id}`);
    expect(smtp.to(GRONINGEN_COACH, (m) => m.text.includes(profile.publicCode))).toHaveLength(0);
    await runJob(JobName.MAIL_DIGEST, `digest-expiring-${profile.id}`);
    const [expiring] = await smtp.waitFor(GRONINGEN_COACH, (m) =>
      m.text.includes(`Profiel ${profile.publicCode} verloopt`),
    );
    expect(expiring.text).toContain(`${PUBLIC_URL}/kandidaten/${profile.id}`);

    await app.dataSource.query('UPDATE candidate_profile SET expires_on = current_date - 1 WHERE id = $1', [
      profile.id,
    ]);
    await runJob(JobName.PROFILE_RETENTION, `retention-removed-${profile.id}`);
    await runJob(JobName.MAIL_DIGEST, `digest-removed-${profile.id}`);
    const [removed] = await smtp.waitFor(GRONINGEN_COACH, (m) =>
      m.text.includes(`Profiel ${profile.publicCode} is verwijderd`),
    );
    expect(removed.text).toContain(`${PUBLIC_URL}/kandidaten`);
  });

  it('sends a message once however often its job runs, also when two runs race', async () => {
    const title = `Dubbelcheck ${randomInt(1e6)}`;
    const visit = await jointVisit(`Broodfabriek ${randomInt(1e6)}`, [AM, UWV_AM]);
    await app.graphql(FOLLOW_UP, { input: { visitId: visit.id, ownerId: ids[UWV_AM], title } }, { as: AM });
    await smtp.waitFor(UWV_AM, (m) => m.text.includes(title));
    const [row] = await app.dataSource.query(
      "SELECT m.id FROM mail_message m WHERE m.kind = 'FOLLOW_UP_ASSIGNED' AND m.text_body LIKE $1",
      [`%${title}%`],
    );
    const queue = app.running.app.get(JobQueue);
    await Promise.all(
      [1, 2, 3].map((n) => queue.enqueue(JobName.SEND_MAIL, { mailId: row.id }, { jobId: `again-${row.id}-${n}` })),
    );
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(smtp.to(UWV_AM, (m) => m.text.includes(title))).toHaveLength(1);
    expect(await mailRows('id = $1', [row.id])).toEqual([expect.objectContaining({ status: 'SENT', attempts: 1 })]);
  });

  it('keeps messages while the mail server is down and delivers all five exactly once when it is back; metrics show the wait', async () => {
    const employerName = `Storingsbakkerij ${randomInt(1e6)}`;
    const visit = await jointVisit(employerName, [AM, UWV_AM]);
    await smtp.stop();
    const titles = [1, 2, 3, 4, 5].map((n) => `Actie tijdens storing ${n} ${randomInt(1e6)}`);
    for (const title of titles) {
      const added = await app.graphql(
        FOLLOW_UP,
        { input: { visitId: visit.id, ownerId: ids[UWV_AM], title } },
        { as: AM },
      );
      expect(added.errors).toBeUndefined();
    }
    const ofOutage = () =>
      app.dataSource.query(
        "SELECT status, attempts, last_error FROM mail_message WHERE kind = 'FOLLOW_UP_ASSIGNED' AND entity_id = $1",
        [visit.id],
      ) as Promise<{ status: string; attempts: number; last_error: string | null }[]>;
    for (const deadline = Date.now() + 20_000; ;) {
      const rows = await ofOutage();
      if (rows.length === 5 && rows.every((r) => r.attempts >= 1)) {
        expect(rows.every((r) => r.status === 'QUEUED' && r.last_error)).toBe(true);
        break;
      }
      if (Date.now() > deadline) throw new Error(`no failed attempts recorded: ${JSON.stringify(rows)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const metrics = await (await fetch(`${app.url}/metrics`)).text();
    expect(Number(/^wsp_mail_messages\{status="queued"\} (\d+)/m.exec(metrics)?.[1])).toBeGreaterThanOrEqual(5);
    expect(Number(/^wsp_mail_oldest_queued_seconds (\S+)/m.exec(metrics)?.[1])).toBeGreaterThan(0);
    expect(metrics).toMatch(/^wsp_mail_send_attempts_total\{outcome="FAILED"\} [1-9]/m);

    await smtp.start(); // same port
    for (const title of titles) await smtp.waitFor(UWV_AM, (m) => m.text.includes(title), 1, 40_000);
    await new Promise((resolve) => setTimeout(resolve, 2500)); // retries and sweeps that might still send again
    for (const title of titles) expect(smtp.to(UWV_AM, (m) => m.text.includes(title))).toHaveLength(1);
    expect((await ofOutage()).every((r) => r.status === 'SENT')).toBe(true);
  });

  it('marks an address the mail server refuses on its user, for their administrator, and clears it once mail arrives', async () => {
    const coach = await createUser(app.dataSource, { organisation: 'groningen', roles: [Role.JOB_COACH] });
    smtp.refused.add(coach.email.toLowerCase());
    const visit = await jointVisit(`Bakkerij Retour ${randomInt(1e6)}`, [AM, UWV_AM]);
    const title = `Terugbellen werkgever ${randomInt(1e6)}`;
    await app.graphql(
      UPDATE,
      {
        input: {
          id: visit.id,
          version: visit.version,
          participants: [{ userId: ids[AM], isLead: true }, { userId: ids[UWV_AM] }, { userId: coach.id }],
        },
      },
      { as: AM },
    );
    await app.graphql(FOLLOW_UP, { input: { visitId: visit.id, ownerId: coach.id, title } }, { as: AM });
    const usersQuery = `query($org: ID!) { users(organisationId: $org, first: 200) { edges { node { email mailProblem { address reason } } } } }`;
    const problemOf = async (as: string) =>
      (
        await app.graphql<{
          users: { edges: { node: { email: string; mailProblem: { address: string; reason: string } | null } }[] };
        }>(usersQuery, { org: coach.organisationId }, { as })
      ).data!.users.edges.find((e) => e.node.email === coach.email)!.node.mailProblem;
    for (const deadline = Date.now() + 20_000; ;) {
      if (await problemOf('admin@groningen.demo')) break;
      if (Date.now() > deadline) throw new Error('the refused address was not marked');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const problem = await problemOf('admin@groningen.demo');
    expect(problem).toEqual({ address: coach.email, reason: expect.stringContaining('550') });
    expect(await problemOf(AM)).toBeNull(); // administrators only
    // Both messages (the invitation and the follow-up) refused for good after one attempt: no retries.
    for (const deadline = Date.now() + 20_000; ;) {
      const rows: { status: string; attempts: number }[] = await mailRows('user_id = $1', [coach.id]);
      if (rows.length === 2 && rows.every((r) => r.status === 'UNDELIVERABLE')) {
        expect(rows.every((r) => r.attempts === 1)).toBe(true);
        break;
      }
      if (Date.now() > deadline) throw new Error(`not refused: ${JSON.stringify(rows)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }

    // The address works again: the next message clears the mark.
    smtp.refused.delete(coach.email.toLowerCase());
    await app.graphql(
      FOLLOW_UP,
      { input: { visitId: visit.id, ownerId: coach.id, title: `${title} (2)` } },
      { as: AM },
    );
    await smtp.waitFor(coach.email, (m) => m.text.includes(`${title} (2)`));
    for (const deadline = Date.now() + 10_000; await problemOf('admin@groningen.demo');) {
      if (Date.now() > deadline) throw new Error('the mark stayed');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  });
});
