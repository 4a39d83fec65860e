import { Actor, OrganisationKind, Role } from '@wsp/platform';
import { UserPolicy } from './user.policy';

const admin: Actor = {
  userId: 'u1',
  subject: 's1',
  displayName: 'Beheerder',
  organisationId: 'org-a',
  organisationKind: OrganisationKind.UWV,
  roles: [Role.ADMIN],
  regionCodes: ['GRONINGEN'],
};

describe('UserPolicy', () => {
  it('lets an admin manage their own organisation only', () => {
    expect(() => UserPolicy.assertCanManageUsersOf(admin, 'org-a')).not.toThrow();
    expect(() => UserPolicy.assertCanManageUsersOf(admin, 'org-b')).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
  });

  it('refuses non-admins', () => {
    const coach = { ...admin, roles: [Role.JOB_COACH] };
    expect(() => UserPolicy.assertCanManageUsersOf(coach, 'org-a')).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
  });

  it('keeps admins from locking themselves out', () => {
    expect(() => UserPolicy.assertNotSelfLockout(admin, 'u1', { active: false })).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    );
    expect(() => UserPolicy.assertNotSelfLockout(admin, 'u1', { roles: [Role.JOB_COACH] })).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    );
    expect(() => UserPolicy.assertNotSelfLockout(admin, 'u2', { active: false })).not.toThrow();
  });
});
