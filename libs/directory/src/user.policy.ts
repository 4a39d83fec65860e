import { Actor, DomainError, hasRole, Role } from '@wsp/platform';

/** Who may manage which users: an organisation's ADMIN, for that organisation only. */
export const UserPolicy = {
  assertCanManageUsersOf(actor: Actor, organisationId: string): void {
    if (!hasRole(actor, Role.ADMIN)) throw DomainError.forbidden('Only an administrator manages users');
    if (actor.organisationId !== organisationId) {
      throw DomainError.forbidden("Administrators manage only their own organisation's users");
    }
  },

  /** Users may not lock themselves out: an admin keeps ADMIN and stays active. */
  assertNotSelfLockout(actor: Actor, userId: string, change: { roles?: readonly Role[]; active?: boolean }): void {
    if (actor.userId !== userId) return;
    if (change.active === false)
      throw DomainError.badInput([{ field: 'input.userId', message: 'you cannot deactivate yourself' }]);
    if (change.roles && !change.roles.includes(Role.ADMIN)) {
      throw DomainError.badInput([{ field: 'input.roles', message: 'you cannot remove your own ADMIN role' }]);
    }
  },
};
