import { Role } from '@wsp/platform';
import { createUser, organisationId } from '../factories/user.factory';
import { onlyError, TestApp } from '../support/test-app';
import { graphql } from '../gql';
import type { AddUserInput } from '../gql/graphql';

const CHANGE_ROLES = graphql(`
  mutation DirectoryChangeUserRoles($input: ChangeUserRolesInput!) {
    changeUserRoles(input: $input) {
      id
      roles
      version
    }
  }
`);
const DEACTIVATE = graphql(`
  mutation DirectoryDeactivateUser($input: SetUserActiveInput!) {
    deactivateUser(input: $input) {
      id
      active
      version
    }
  }
`);
const ADD_USER = graphql(`
  mutation DirectoryAddUser($input: AddUserInput!) {
    addUser(input: $input) {
      id
      email
      roles
      active
      organisation {
        slug
      }
    }
  }
`);

describe('directory', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.close());

  describe('regions, municipalities and organisations', () => {
    it('lists the regions and the municipalities of one region', async () => {
      const response = await app.graphql(
        graphql(`
          query DirectoryRegions {
            regions {
              code
              name
            }
            municipalities(regionCode: "GRONINGEN") {
              code
              name
              regionCode
            }
          }
        `),
        {},
        { as: 'jobcoach@uwv.demo' },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.regions.map((r) => r.code)).toEqual(expect.arrayContaining(['GRONINGEN', 'DRENTHE']));
      expect(response.data!.municipalities).toEqual(
        expect.arrayContaining([{ code: 'GM0106', name: 'Assen', regionCode: 'GRONINGEN' }]),
      );
      expect(response.data!.municipalities.map((m) => m.code)).not.toContain('GM0114');
    });

    it('has all 35 labour market regions and every municipality with its centroid', async () => {
      const response = await app.graphql(
        graphql(`
          query DirectoryRegions2 {
            regions {
              code
            }
            municipalities(regionCode: "ZUID_LIMBURG") {
              code
              name
              latitude
              longitude
            }
          }
        `),
        {},
        {
          as: 'director@emmen.demo',
        },
      );
      expect(response.data!.regions).toHaveLength(35);
      expect(response.data!.municipalities).toHaveLength(16);
      expect(response.data!.municipalities).toEqual(
        expect.arrayContaining([{ code: 'GM0935', name: 'Maastricht', latitude: 50.852, longitude: 5.694 }]),
      );
      const unknown = await app.graphql(
        graphql(`
          query DirectoryMunicipalities {
            municipalities(regionCode: "ATLANTIS") {
              code
            }
          }
        `),
        {},
        { as: 'director@emmen.demo' },
      );
      expect(onlyError(unknown).extensions?.code).toBe('NOT_FOUND');
    });

    it('lists the partner organisations of a region with what they serve', async () => {
      const response = await app.graphql(
        graphql(`
          query DirectoryOrganisations {
            organisations(regionCode: "GRONINGEN") {
              slug
              kind
              regionCodes
              municipalityCodes
            }
          }
        `),
        {},
        { as: 'director@uwv.demo' },
      );
      expect(response.errors).toBeUndefined();
      const slugs = response.data!.organisations.map((o) => o.slug);
      expect(slugs).toEqual(expect.arrayContaining(['uwv', 'wpda', 'groningen']));
      expect(slugs).not.toContain('emmen');
      expect(response.data!.organisations.find((o) => o.slug === 'wpda')!.municipalityCodes).toEqual([
        'GM0106',
        'GM1680',
        'GM1730',
      ]);
    });

    it('does not reveal the organisations of a region the caller does not serve', async () => {
      const response = await app.graphql(
        graphql(`
          query DirectoryOrganisations2 {
            organisations(regionCode: "DRENTHE") {
              slug
            }
          }
        `),
        {},
        { as: 'admin@uwv.demo' },
      );
      expect(onlyError(response).extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('users', () => {
    it('pages through the users of a partner organisation', async () => {
      const wpda = await organisationId(app.dataSource, 'wpda');
      const query =
        'query($org: ID!, $after: String) { users(organisationId: $org, first: 2, after: $after) { totalCount edges { node { email organisation { slug } } } pageInfo { hasNextPage endCursor } } }';
      type Page = {
        users: {
          totalCount: number;
          edges: { node: { email: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      };
      const seen: string[] = [];
      let after: string | null = null;
      let total: number;
      do {
        const response: Awaited<ReturnType<typeof app.graphql<Page>>> = await app.graphql<Page>(
          query,
          { org: wpda, after },
          { as: 'accountmanager@uwv.demo' },
        );
        expect(response.errors).toBeUndefined();
        expect(response.data!.users.edges.length).toBeLessThanOrEqual(2);
        seen.push(...response.data!.users.edges.map((e) => e.node.email));
        total = response.data!.users.totalCount;
        after = response.data!.users.pageInfo.hasNextPage ? response.data!.users.pageInfo.endCursor : null;
      } while (after);
      expect(seen).toHaveLength(total);
      expect(new Set(seen).size).toBe(total);
      expect(seen).toEqual(expect.arrayContaining(['admin@wpda.demo', 'jobcoach@wpda.demo']));
    });

    it('refuses a page size above the maximum with BAD_USER_INPUT on first', async () => {
      const wpda = await organisationId(app.dataSource, 'wpda');
      const response = await app.graphql(
        graphql(`
          query DirectoryUsers2($org: ID!) {
            users(organisationId: $org, first: 500) {
              totalCount
            }
          }
        `),
        { org: wpda },
        { as: 'admin@wpda.demo' },
      );
      const error = onlyError(response);
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.extensions?.fields).toEqual([expect.objectContaining({ field: 'first' })]);
    });

    it('does not reveal the users of an organisation in another region', async () => {
      const emmen = await organisationId(app.dataSource, 'emmen');
      const response = await app.graphql(
        graphql(`
          query DirectoryUsers3($org: ID!) {
            users(organisationId: $org) {
              totalCount
            }
          }
        `),
        { org: emmen },
        { as: 'admin@uwv.demo' },
      );
      expect(onlyError(response).extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('user administration', () => {
    it('lets an admin add a user to their own organisation, who can then sign in', async () => {
      const response = await app.graphql(
        ADD_USER,
        {
          input: {
            subject: 'oidc|new-coach-1',
            displayName: 'Nieuwe Werkcoach',
            email: 'Nieuwe.Werkcoach@wpda.example',
            roles: ['JOB_COACH'],
          },
        },
        { as: 'admin@wpda.demo' },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.addUser).toMatchObject({
        email: 'nieuwe.werkcoach@wpda.example',
        roles: ['JOB_COACH'],
        active: true,
        organisation: { slug: 'wpda' },
      });
      const me = await app.graphql(
        graphql(`
          query DirectoryMe {
            me {
              email
            }
          }
        `),
        {},
        { token: await app.tokenForSubject('oidc|new-coach-1') },
      );
      expect(me.data).toEqual({ me: { email: 'nieuwe.werkcoach@wpda.example' } });
    });

    it('refuses a second user with the same e-mail address as CONFLICT', async () => {
      const input: AddUserInput = {
        subject: 'oidc|dup-2',
        displayName: 'Dubbel',
        email: 'admin@wpda.demo',
        roles: ['JOB_COACH'],
      };
      const error = onlyError(await app.graphql(ADD_USER, { input }, { as: 'admin@wpda.demo' }));
      expect(error.extensions?.code).toBe('CONFLICT');
      expect(error.extensions?.fields).toEqual([expect.objectContaining({ field: 'input.email' })]);
    });

    it("answers a deactivated user's e-mail added again with that user's id and how to reactivate them", async () => {
      const gone = await createUser(app.dataSource, { organisation: 'wpda', active: false });
      const input: AddUserInput = {
        subject: `oidc|again-${gone.id}`,
        displayName: 'Terug',
        email: gone.email,
        roles: ['JOB_COACH'],
      };
      const error = onlyError(await app.graphql(ADD_USER, { input }, { as: 'admin@wpda.demo' }));
      expect(error.extensions).toMatchObject({
        code: 'CONFLICT',
        existingId: gone.id,
        existingActive: false,
        fields: [{ field: 'input.email', message: 'belongs to a deactivated user' }],
      });
      expect(error.message).toMatch(/reactivate them \(reactivateUser\)/);
      const active = onlyError(
        await app.graphql(ADD_USER, { input: { ...input, email: 'admin@wpda.demo' } }, { as: 'admin@wpda.demo' }),
      );
      expect(active.extensions).toMatchObject({ code: 'CONFLICT', existingActive: true });
    });

    it('refuses a blank subject as BAD_USER_INPUT, not as an internal error', async () => {
      const input: AddUserInput = {
        subject: '   ',
        displayName: 'Leeg',
        email: 'leeg@wpda.example',
        roles: ['JOB_COACH'],
      };
      const error = onlyError(await app.graphql(ADD_USER, { input }, { as: 'admin@wpda.demo' }));
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.extensions?.fields).toEqual([expect.objectContaining({ field: 'input.subject' })]);
    });

    it("shows a user's subject to their own administrators, who correct it with the name and e-mail, audited", async () => {
      const user = await createUser(app.dataSource, { organisation: 'wpda', roles: [Role.JOB_COACH] });
      const USERS = graphql(`
        query DirectoryUsers($id: ID!) {
          users(organisationId: $id, first: 200) {
            edges {
              node {
                id
                subject
              }
            }
          }
        }
      `);
      const subjectAs = async (as: string) =>
        (await app.graphql(USERS, { id: await organisationId(app.dataSource, 'wpda') }, { as })).data!.users.edges.find(
          (e) => e.node.id === user.id,
        )?.node.subject;
      expect(await subjectAs('admin@wpda.demo')).toBe(user.subject);
      expect(await subjectAs('admin@groningen.demo')).toBeNull(); // a partner's administrator
      expect(await subjectAs('accountmanager@wpda.demo')).toBeNull();

      const UPDATE = graphql(`
        mutation DirectoryUpdateUser($input: UpdateUserInput!) {
          updateUser(input: $input) {
            id
            displayName
            email
            version
            subject
          }
        }
      `);
      const corrected = await app.graphql(
        UPDATE,
        {
          input: {
            userId: user.id,
            version: user.version,
            subject: `keycloak|${user.id}`,
            displayName: 'Gecorrigeerde Naam',
            email: `Gecorrigeerd-${user.id.slice(0, 8)}@wpda.example`,
          },
        },
        { as: 'admin@wpda.demo' },
      );
      expect(corrected.errors).toBeUndefined();
      expect(corrected.data!.updateUser).toMatchObject({
        subject: `keycloak|${user.id}`,
        email: `gecorrigeerd-${user.id.slice(0, 8)}@wpda.example`,
      });
      // The person signs in under the corrected subject, and no longer under the old one.
      const me = await app.graphql(
        graphql(`
          query DirectoryMe2 {
            me {
              displayName
            }
          }
        `),
        {},
        { token: await app.tokenForSubject(`keycloak|${user.id}`) },
      );
      expect(me.data).toEqual({ me: { displayName: 'Gecorrigeerde Naam' } });
      const old = await app.graphql(
        graphql(`
          query DirectoryMe3 {
            me {
              id
            }
          }
        `),
        {},
        { token: await app.tokenForSubject(user.subject) },
      );
      expect(onlyError(old).extensions?.code).toBe('FORBIDDEN');
      const audit = await app.dataSource.query(
        `SELECT action, entity_type, purpose FROM audit_event WHERE entity_id = $1`,
        [user.id],
      );
      expect(audit).toEqual([
        { action: 'UPDATE', entity_type: 'USER', purpose: 'gebruiker gecorrigeerd: subject, naam, e-mail' },
      ]);

      const blank = onlyError(
        await app.graphql(UPDATE, { input: { userId: user.id, version: 2, subject: ' ' } }, { as: 'admin@wpda.demo' }),
      );
      expect(blank.extensions?.fields).toEqual([expect.objectContaining({ field: 'input.subject' })]);
      const taken = onlyError(
        await app.graphql(
          UPDATE,
          { input: { userId: user.id, version: 2, email: 'admin@wpda.demo' } },
          { as: 'admin@wpda.demo' },
        ),
      );
      expect(taken.extensions).toMatchObject({ code: 'CONFLICT', existingActive: true });
      const foreign = onlyError(
        await app.graphql(
          UPDATE,
          { input: { userId: user.id, version: 2, displayName: 'X' } },
          { as: 'admin@groningen.demo' },
        ),
      );
      expect(foreign.extensions?.code).toBe('FORBIDDEN');
    });

    it('refuses malformed input with BAD_USER_INPUT naming each field, and stores nothing', async () => {
      const input = { subject: 'oidc|bad-input', displayName: ' ', email: 'not-an-email', roles: [] };
      const error = onlyError(await app.graphql(ADD_USER, { input }, { as: 'admin@wpda.demo' }));
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      const fields = (error.extensions?.fields as { field: string }[]).map((f) => f.field);
      expect(fields).toEqual(expect.arrayContaining(['input.displayName', 'input.email', 'input.roles']));
      const [{ count }] = await app.dataSource.query(
        "SELECT count(*)::int AS count FROM app_user WHERE subject = 'oidc|bad-input'",
      );
      expect(count).toBe(0);
    });

    it('refuses input of the wrong type with BAD_USER_INPUT and the variable path', async () => {
      const error = onlyError(
        await app.graphql(
          ADD_USER,
          // Not a role, as a client might send it.
          { input: { subject: 'x', displayName: 'X', email: 'x@x.nl', roles: ['CEO' as Role] } },
          { as: 'admin@wpda.demo' },
        ),
      );
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.extensions?.fields).toEqual([expect.objectContaining({ field: 'input.roles.0' })]);
    });

    it("refuses an admin who touches another organisation's users as FORBIDDEN", async () => {
      const colleague = await createUser(app.dataSource, { organisation: 'groningen' });
      const changeRoles = await app.graphql(
        CHANGE_ROLES,
        { input: { userId: colleague.id, roles: ['ADMIN'], version: colleague.version } },
        { as: 'admin@wpda.demo' },
      );
      expect(onlyError(changeRoles).extensions?.code).toBe('FORBIDDEN');
      const deactivate = await app.graphql(
        DEACTIVATE,
        { input: { userId: colleague.id, version: colleague.version } },
        { as: 'admin@wpda.demo' },
      );
      expect(onlyError(deactivate).extensions?.code).toBe('FORBIDDEN');
      const add = await app.graphql(
        ADD_USER,
        {
          input: {
            organisationId: colleague.organisationId,
            subject: 'oidc|sneaky',
            displayName: 'X',
            email: 'x@groningen.example',
            roles: ['ADMIN'],
          },
        },
        { as: 'admin@wpda.demo' },
      );
      expect(onlyError(add).extensions?.code).toBe('FORBIDDEN');
      const [row] = await app.dataSource.query('SELECT roles, active, version FROM app_user WHERE id = $1', [
        colleague.id,
      ]);
      expect(row).toEqual({ roles: ['ACCOUNT_MANAGER'], active: true, version: colleague.version });
    });

    it("answers NOT_FOUND for a user of another region's organisation", async () => {
      const stranger = await createUser(app.dataSource, { organisation: 'emmen' });
      const response = await app.graphql(
        DEACTIVATE,
        { input: { userId: stranger.id, version: stranger.version } },
        { as: 'admin@uwv.demo' },
      );
      expect(onlyError(response).extensions?.code).toBe('NOT_FOUND');
    });

    it('changes roles with the current version and refuses a stale version with CONFLICT', async () => {
      const user = await createUser(app.dataSource, { organisation: 'uwv', roles: [Role.JOB_COACH] });
      const first = await app.graphql(
        CHANGE_ROLES,
        { input: { userId: user.id, roles: ['JOB_COACH', 'ACCOUNT_MANAGER'], version: user.version } },
        { as: 'admin@uwv.demo' },
      );
      expect(first.errors).toBeUndefined();
      expect(first.data!.changeUserRoles).toMatchObject({
        roles: ['JOB_COACH', 'ACCOUNT_MANAGER'],
        version: user.version + 1,
      });

      const stale = await app.graphql(
        CHANGE_ROLES,
        { input: { userId: user.id, roles: ['ADMIN'], version: user.version } },
        { as: 'admin@uwv.demo' },
      );
      const error = onlyError(stale);
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: user.version + 1 });
      const [row] = await app.dataSource.query('SELECT roles FROM app_user WHERE id = $1', [user.id]);
      expect(row.roles).toEqual(['JOB_COACH', 'ACCOUNT_MANAGER']);
    });

    it('lets exactly one of two concurrent edits of the same version win', async () => {
      const user = await createUser(app.dataSource, { organisation: 'uwv', roles: [Role.JOB_COACH] });
      const edits = await Promise.all(
        ([['ACCOUNT_MANAGER'], ['REGIONAL_DIRECTOR']] as Role[][]).map((roles) =>
          app.graphql(
            CHANGE_ROLES,
            { input: { userId: user.id, roles, version: user.version } },
            { as: 'admin@uwv.demo' },
          ),
        ),
      );
      const codes = edits.map((e) => e.errors?.[0]?.extensions?.code ?? 'OK').sort();
      expect(codes).toEqual(['CONFLICT', 'OK']);
    });

    it('deactivates a user, who is then refused, and reactivates them', async () => {
      const user = await createUser(app.dataSource, { organisation: 'groningen', roles: [Role.ACCOUNT_MANAGER] });
      const token = await app.tokenForSubject(user.subject);
      // Signed in before: the process knows the user as active, and the deactivation must replace that at once.
      expect(
        (
          await app.graphql(
            graphql(`
              query DirectoryMe4 {
                me {
                  id
                }
              }
            `),
            {},
            { token },
          )
        ).data,
      ).toEqual({ me: { id: user.id } });
      const deactivated = await app.graphql(
        DEACTIVATE,
        { input: { userId: user.id, version: user.version } },
        { as: 'admin@groningen.demo' },
      );
      expect(deactivated.data!.deactivateUser.active).toBe(false);
      expect(
        onlyError(
          await app.graphql(
            graphql(`
              query DirectoryMe5 {
                me {
                  id
                }
              }
            `),
            {},
            { token },
          ),
        ).extensions?.code,
      ).toBe('FORBIDDEN');

      const reactivated = await app.graphql(
        graphql(`
          mutation DirectoryReactivateUser($input: SetUserActiveInput!) {
            reactivateUser(input: $input) {
              active
            }
          }
        `),
        { input: { userId: user.id, version: deactivated.data!.deactivateUser.version } },
        { as: 'admin@groningen.demo' },
      );
      expect(reactivated.data).toEqual({ reactivateUser: { active: true } });
      expect(
        (
          await app.graphql(
            graphql(`
              query DirectoryMe6 {
                me {
                  id
                }
              }
            `),
            {},
            { token },
          )
        ).data,
      ).toEqual({ me: { id: user.id } });
    });

    it('keeps an admin from deactivating themselves', async () => {
      const admin = await createUser(app.dataSource, { organisation: 'emmen', roles: [Role.ADMIN] });
      const response = await app.graphql(
        DEACTIVATE,
        { input: { userId: admin.id, version: admin.version } },
        { token: await app.tokenForSubject(admin.subject) },
      );
      expect(onlyError(response).extensions?.code).toBe('BAD_USER_INPUT');
    });
  });
});
