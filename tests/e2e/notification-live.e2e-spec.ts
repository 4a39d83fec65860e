import { createClient, Client } from 'graphql-ws';
import { randomInt } from 'node:crypto';
import WebSocket from 'ws';
import { NotificationKind, NotificationService } from '@wsp/notifications';
import { Propagation, Role, Transactions } from '@wsp/platform';
import { createEmployer } from '../factories/employer.factory';
import { createUser } from '../factories/user.factory';
import { randomPort, spawnApp, SpawnedApp } from '../support/spawned-app';
import { TestApp } from '../support/test-app';
import { graphql } from '../gql';
import type { NotificationLiveNotificationAddedSubscription } from '../gql/graphql';

const AM = 'accountmanager@groningen.demo';
const UWV_AM = 'accountmanager@uwv.demo';
const SUBSCRIPTION = graphql(`
  subscription NotificationLiveNotificationAdded {
    notificationAdded {
      id
      kind
      message
      path
      delivery
    }
  }
`);

type Added = NotificationLiveNotificationAddedSubscription;

/** A graphql-ws client (the graphql-transport-ws protocol, as the web app's) on `url`, collecting what arrives. */
function subscriber(url: string, authorization?: string) {
  const received: Added[] = [];
  const errors: unknown[] = [];
  let connected = false;
  const client: Client = createClient({
    url: `${url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: authorization ? { authorization } : {},
    retryAttempts: 0,
    on: { connected: () => (connected = true) },
  });
  const stop = client.subscribe<Added>(
    { query: SUBSCRIPTION.toString() },
    {
      next: (value) => (value.data ? received.push(value.data) : errors.push(value.errors)),
      error: (error) => errors.push(error),
      complete: () => undefined,
    },
  );
  return {
    received,
    errors,
    isConnected: () => connected,
    close: async () => {
      stop();
      await client.dispose();
    },
  };
}

async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const backends: [string, Record<string, string>][] = [['PostgreSQL LISTEN/NOTIFY', {}]];
if (process.env.REDIS_URL) backends.push(['Redis pub/sub', { REDIS_URL: process.env.REDIS_URL }]);

describe.each(backends)('live notifications across API replicas (%s)', (_name, env) => {
  let writer: TestApp;
  let reader: SpawnedApp;
  let readerUrl: string;
  let visitId: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    // One replica in this process takes the change; the subscriber's socket is on another process.
    writer = await TestApp.start(env);
    const port = randomPort();
    reader = await spawnApp('api', 'API ready', { ...env, PORT: String(port), RUN_WORKERS: 'false' });
    readerUrl = `http://127.0.0.1:${port}`;
    for (const email of [AM, UWV_AM]) {
      const [user] = await writer.dataSource.query('SELECT id FROM app_user WHERE email = $1', [email]);
      ids[email] = user.id;
    }
    const employer = await createEmployer(writer, AM, { municipalityCode: 'GM0014' });
    const start = new Date(Date.UTC(2029, 5, 1 + randomInt(25), 8, 0));
    const planned = await writer.graphql<{ planVisit: { visit: { id: string } } }>(
      'mutation($input: PlanVisitInput!) { planVisit(input: $input) { visit { id } } }',
      {
        input: {
          employerId: employer.id,
          startsAt: start.toISOString(),
          endsAt: new Date(start.getTime() + 3600_000).toISOString(),
          purpose: 'Live meldingen',
          participants: [{ userId: ids[AM], isLead: true }, { userId: ids[UWV_AM] }],
          allowOverlap: true,
        },
      },
      { as: AM },
    );
    expect(planned.errors).toBeUndefined();
    visitId = planned.data!.planVisit.visit.id;
  }, 60_000);
  afterAll(async () => {
    await reader?.stop();
    await writer?.close();
  });

  const assignFollowUp = (title: string) =>
    writer.graphql(
      'mutation($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }',
      { input: { visitId, ownerId: ids[UWV_AM], title } },
      { as: AM },
    );

  it('pushes a notification made on one replica to its user subscribed on another, and to nobody else', async () => {
    const mine = subscriber(readerUrl, `Bearer ${await writer.tokenFor(UWV_AM)}`);
    const someoneElse = subscriber(readerUrl, `Bearer ${await writer.tokenFor(AM)}`);
    try {
      await until(() => mine.isConnected() && someoneElse.isConnected(), 'the sockets');
      // The reader starts listening with its first subscriber; give it a moment to be in place.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const title = `Live actie ${randomInt(1e6)}`;
      expect((await assignFollowUp(title)).errors).toBeUndefined();
      await until(
        () => mine.received.some((n) => n.notificationAdded.message.includes(title)),
        'the live notification',
      );
      const added = mine.received.find((n) => n.notificationAdded.message.includes(title))!.notificationAdded;
      expect(added).toMatchObject({ kind: 'FOLLOW_UP_ASSIGNED', path: `/bezoeken/${visitId}` });
      const [row] = await writer.dataSource.query('SELECT user_id FROM notification WHERE id = $1', [added.id]);
      expect(row.user_id).toBe(ids[UWV_AM]);
      expect(mine.errors).toEqual([]);
      // Another user's socket hears nothing of it.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(someoneElse.received.filter((n) => n.notificationAdded.message.includes(title))).toEqual([]);
    } finally {
      await mine.close();
      await someoneElse.close();
    }
  });

  it('announces a notification only once its transaction committed, and nothing of one rolled back', async () => {
    const mine = subscriber(readerUrl, `Bearer ${await writer.tokenFor(UWV_AM)}`);
    const notifications = writer.running.app.get(NotificationService);
    const transactions = writer.running.app.get(Transactions);
    const notify = (message: string) => () =>
      notifications.notify({ userId: ids[UWV_AM], kind: NotificationKind.FOLLOW_UP_DUE, message });
    try {
      await until(() => mine.isConnected(), 'the socket');
      await new Promise((resolve) => setTimeout(resolve, 500));
      const marker = randomInt(1e6);
      await expect(
        transactions.withTransaction(async () => {
          await notify(`Teruggedraaid ${marker}`)();
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      // Inside a savepoint that is released, the outer transaction decides.
      await transactions.withTransaction(async () => {
        await transactions.withTransaction(Propagation.Nested, notify(`Vastgelegd ${marker}`));
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(mine.received.some((n) => n.notificationAdded.message.includes(`Vastgelegd ${marker}`))).toBe(false);
      });
      await until(
        () => mine.received.some((n) => n.notificationAdded.message === `Vastgelegd ${marker}`),
        'the committed notification',
      );
      expect(mine.received.filter((n) => n.notificationAdded.message.includes('Teruggedraaid'))).toEqual([]);
    } finally {
      await mine.close();
    }
  });

  it('stops pushing to an open socket once its user is deactivated', async () => {
    const colleague = await createUser(writer.dataSource, { organisation: 'uwv', roles: [Role.ACCOUNT_MANAGER] });
    const socket = subscriber(readerUrl, `Bearer ${await writer.tokenForSubject(colleague.subject)}`);
    const notifications = writer.running.app.get(NotificationService);
    const notify = (message: string) =>
      writer.running.app
        .get(Transactions)
        .withTransaction(() =>
          notifications.notify({ userId: colleague.id, kind: NotificationKind.FOLLOW_UP_DUE, message }),
        );
    try {
      await until(() => socket.isConnected(), 'the socket');
      await new Promise((resolve) => setTimeout(resolve, 500));
      await notify('Voor de deactivering');
      await until(() => socket.received.length === 1, 'the first notification');
      await writer.dataSource.query('UPDATE app_user SET active = false WHERE id = $1', [colleague.id]);
      await notify('Na de deactivering');
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(socket.received.map((n) => n.notificationAdded.message)).toEqual(['Voor de deactivering']);
    } finally {
      await socket.close();
    }
  });

  it('refuses a socket without a bearer token, and a subscription with an invalid one', async () => {
    const anonymous = subscriber(readerUrl);
    const forged = subscriber(readerUrl, 'Bearer not-a-token');
    try {
      await until(() => anonymous.errors.length > 0, 'the refusal');
      expect(anonymous.received).toEqual([]);
      await until(() => forged.errors.length > 0, 'the refusal of a forged token');
      expect(JSON.stringify(forged.errors)).toMatch(/UNAUTHENTICATED|invalid/i);
    } finally {
      await anonymous.close();
      await forged.close();
    }
  });
});
