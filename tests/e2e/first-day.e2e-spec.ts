import { execFile } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { runFirstDayCommand } from '../../apps/cli/src/first-day';
import { TEST_DATA_DIR, testDatabaseUrl } from '../support/test-database';
import { TestApp } from '../support/test-app';
import { graphql } from '../gql';

const REGION = 'TWENTE';

/** The operator's first day on an empty region: organisations, then the first administrator, who signs in. */
describe('wsp CLI: the first day of a region', () => {
  let app: TestApp;
  let municipalities: string[];
  const slug = `twente-${randomInt(1e6)}`;
  const subject = `keycloak|${slug}-admin`;
  const email = `beheer@${slug}.example`;

  const run = async (command: 'add-organisation' | 'add-admin' | 'list-organisations', ...args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runFirstDayCommand(command, args, app.dataSource, app.config, {
      out: (line) => out.push(line),
      err: (line) => err.push(line),
    });
    return { code, out, err: err.join('\n') };
  };
  const addOrganisation = (...extra: string[]) =>
    run(
      'add-organisation',
      '--kind',
      'MUNICIPALITY',
      '--name',
      'Gemeente Hengelo',
      '--slug',
      slug,
      '--region',
      REGION,
      ...extra,
    );

  beforeAll(async () => {
    app = await TestApp.start({ RUN_WORKERS: 'false' });
    municipalities = (
      await app.dataSource.query('SELECT code FROM municipality WHERE region_code = $1 ORDER BY code LIMIT 2', [REGION])
    ).map((row: { code: string }) => row.code);
  });
  afterAll(async () => {
    await app.dataSource.query(
      'DELETE FROM app_user WHERE organisation_id IN (SELECT id FROM organisation WHERE slug = $1)',
      [slug],
    );
    await app.dataSource.query('DELETE FROM organisation WHERE slug = $1', [slug]);
    await app.close();
  });

  it('adds an organisation with its region and municipalities, and adds only what is missing when run again', async () => {
    const first = await addOrganisation('--municipality', municipalities[0]);
    expect(first).toMatchObject({ code: 0, err: `Added organisation ${slug}` });
    const [id] = first.out;
    const again = await addOrganisation('--municipality', municipalities[0]);
    expect(again).toMatchObject({ code: 0, out: [id], err: `organisation ${slug} was there already: nothing changed` });
    const more = await addOrganisation('--municipality', municipalities[0], '--municipality', municipalities[1]);
    expect(more).toMatchObject({ code: 0, out: [id], err: `organisation ${slug} was there; updated: municipalities` });
    expect(
      await app.dataSource.query(
        'SELECT municipality_code FROM organisation_municipality WHERE organisation_id = $1 ORDER BY 1',
        [id],
      ),
    ).toEqual(municipalities.map((code) => ({ municipality_code: code })));
  });

  it('refuses what it cannot do with the reason, and a wrong call with the usage, changing nothing', async () => {
    const [{ count: before }] = await app.dataSource.query('SELECT count(*)::int AS count FROM organisation');
    expect(await addOrganisation('--region', 'ATLANTIS')).toMatchObject({
      code: 1,
      err: expect.stringContaining('unknown region ATLANTIS'),
    });
    expect(await addOrganisation('--municipality', 'GM0014')).toMatchObject({
      code: 1,
      err: expect.stringContaining(`municipality GM0014 unknown or not in ${REGION}`),
    });
    expect(
      await run('add-organisation', '--kind', 'UWV', '--name', 'UWV Twente', '--slug', slug, '--region', REGION),
    ).toMatchObject({ code: 1, err: expect.stringContaining(`exists as MUNICIPALITY, not UWV`) });
    const usage = await run('add-organisation', '--kind', 'BANK', '--name', 'X', '--slug', 'x-1', '--region', REGION);
    expect(usage).toMatchObject({ code: 2, err: expect.stringContaining('--kind must be UWV or MUNICIPALITY') });
    expect((await run('add-organisation', '--colour', 'blue')).code).toBe(2);
    const [{ count: after }] = await app.dataSource.query('SELECT count(*)::int AS count FROM organisation');
    expect(after).toBe(before);
  });

  it('adds the first administrator, who signs in; again it changes nothing; a clash is refused', async () => {
    const admin = () =>
      run('add-admin', '--organisation', slug, '--email', email, '--name', 'Beheerder Hengelo', '--subject', subject);
    const added = await admin();
    expect(added).toMatchObject({ code: 0, err: `Added administrator ${email}` });
    expect(await admin()).toMatchObject({ code: 0, out: added.out, err: expect.stringContaining('nothing changed') });

    const me = await app.graphql(
      graphql(`
        query FirstDayMe {
          me {
            id
            roles
            organisation {
              slug
              regionCodes
            }
          }
        }
      `),
      {},
      { token: await app.tokenForSubject(subject) },
    );
    expect(me.data!.me).toEqual({ id: added.out[0], roles: ['ADMIN'], organisation: { slug, regionCodes: [REGION] } });

    const clash = await run(
      'add-admin',
      '--organisation',
      slug,
      '--email',
      'ander@hengelo.example',
      '--name',
      'X',
      '--subject',
      subject,
    );
    expect(clash).toMatchObject({ code: 1, err: expect.stringContaining('exists with another e-mail') });
    const elsewhere = await run(
      'add-admin',
      '--organisation',
      'nope',
      '--email',
      email,
      '--name',
      'X',
      '--subject',
      subject,
    );
    expect(elsewhere).toMatchObject({ code: 1, err: expect.stringContaining('no organisation nope') });
    const issuer = await run(
      'add-admin',
      '--organisation',
      slug,
      '--email',
      email,
      '--name',
      'X',
      '--subject',
      subject,
      '--issuer',
      'https://elders.example',
    );
    expect(issuer).toMatchObject({
      code: 1,
      err: 'add-admin: --issuer is not a provider of this organisation: one of urn:wsp-crm:dev-issuer',
    });
    const [recorded] = await app.dataSource.query('SELECT issuer FROM app_user WHERE subject = $1', [subject]);
    expect(recorded).toEqual({ issuer: 'urn:wsp-crm:dev-issuer' });
  });

  it("records the organisation's own provider; where several may sign its people in, --issuer chooses", async () => {
    const providers = [
      { name: 'UWV', issuer: 'https://id.uwv.example', audience: 'crm', organisations: ['uwv'], scopes: '' },
      { name: 'Twente', issuer: 'https://id.twente.example', audience: 'crm', scopes: '' },
      { name: 'Twente (oud)', issuer: 'https://oud.twente.example/', audience: 'crm', scopes: '' },
    ];
    const config = { ...app.config, auth: { mode: 'oidc' as const, providers } };
    const runWith = async (...args: string[]) => {
      const err: string[] = [];
      const code = await runFirstDayCommand('add-admin', args, app.dataSource, config, {
        out: () => undefined,
        err: (line) => err.push(line),
      });
      return { code, err: err.join('\n') };
    };
    const second = [
      '--organisation',
      slug,
      '--email',
      `tweede@${slug}.example`,
      '--name',
      'Tweede',
      '--subject',
      'x|2',
    ];
    expect(await runWith(...second)).toEqual({
      code: 1,
      err: 'add-admin: --issuer is required: this organisation signs in with one of https://id.twente.example, https://oud.twente.example/',
    });
    expect(await runWith(...second, '--issuer', 'https://id.uwv.example')).toMatchObject({ code: 1 });
    expect(await runWith(...second, '--issuer', 'https://oud.twente.example')).toMatchObject({ code: 0 });
    const [[recorded]] = await app.dataSource.query('DELETE FROM app_user WHERE subject = $1 RETURNING issuer', [
      'x|2',
    ]);
    expect(recorded).toEqual({ issuer: 'https://oud.twente.example/' });
  });

  it('lists every organisation with its regions, municipalities, users and administrators, from the built CLI', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [resolve(__dirname, '../../dist/apps/cli/src/main.js'), 'list-organisations'],
      { env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: testDatabaseUrl(), DATA_DIR: TEST_DATA_DIR } },
    );
    const line = stdout.split('\n').find((row) => row.startsWith(`${slug}\t`));
    expect(line?.split('\t')).toEqual([
      slug,
      'MUNICIPALITY',
      'Gemeente Hengelo',
      REGION,
      municipalities.join(','),
      '1 users',
      '1 admins',
    ]);
  });
});
