export enum Role {
  ACCOUNT_MANAGER = 'ACCOUNT_MANAGER',
  JOB_COACH = 'JOB_COACH',
  REGIONAL_DIRECTOR = 'REGIONAL_DIRECTOR',
  ADMIN = 'ADMIN',
}

export enum OrganisationKind {
  UWV = 'UWV',
  MUNICIPALITY = 'MUNICIPALITY',
}

/** Who acts: built from a verified token and the directory, passed as the first argument of every service method. */
export interface Actor {
  readonly userId: string;
  readonly subject: string;
  readonly displayName: string;
  readonly organisationId: string;
  readonly organisationKind: OrganisationKind;
  readonly roles: readonly Role[];
  /** Codes of the labour market regions the actor's organisation serves. */
  readonly regionCodes: readonly string[];
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return roles.some((role) => actor.roles.includes(role));
}

/**
 * Finds the actor behind a verified token subject. Provided by the directory, so the platform's guard
 * does not depend on a domain library. `inactive` means the user exists but was deactivated.
 */
export interface ActorDirectory {
  findActorBySubject(subject: string): Promise<Actor | 'inactive' | undefined>;
}

export const ACTOR_DIRECTORY = Symbol('ACTOR_DIRECTORY');
