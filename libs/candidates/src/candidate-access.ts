import { Actor, DomainError, hasRole, Role } from '@wsp/platform';

/** Who may see candidates at all (suggestions, proposals): professionals and admins; directors see figures only. */
export function assertSeesCandidates(actor: Actor): void {
  if (!hasRole(actor, Role.ACCOUNT_MANAGER, Role.JOB_COACH, Role.ADMIN)) {
    throw DomainError.forbidden('Regional directors see figures, not candidates');
  }
}
