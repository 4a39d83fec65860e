import type { VerifiedIdentity } from './token-verifier';

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

/** Who a verified token signs in, or why nobody (for the log; the client hears one generic answer). */
export type ActorLookup =
  | { readonly actor: Actor }
  | { readonly refused: 'unknown subject' | 'issuer not trusted for the organisation' | 'inactive' };

/**
 * Finds the actor behind a verified token's issuer and subject. Provided by the directory, so the platform's guard
 * does not depend on a domain library.
 */
export interface ActorDirectory {
  findActor(identity: VerifiedIdentity): Promise<ActorLookup>;
}

export const ACTOR_DIRECTORY = Symbol('ACTOR_DIRECTORY');
