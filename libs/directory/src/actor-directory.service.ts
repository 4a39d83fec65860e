import { Inject, Injectable } from '@nestjs/common';
import {
  Actor,
  ActorDirectory,
  ActorLookup,
  APP_CONFIG,
  AppConfig,
  mayActFor,
  sameIssuer,
  VerifiedIdentity,
} from '@wsp/platform';
import { LRUCache } from 'lru-cache';
import { ActorRepository, SignInCandidateRow } from './actor.repository';

/**
 * Builds the request's {@link Actor} from the directory, reusing what it read for `actorCacheTtlMs`: a user's
 * every request needs it, and it changes only by an admin's hand. Changes made through this process
 * {@link forget} the subject at once; unknown subjects are never kept, so a new user can sign in straight away.
 */
@Injectable()
export class ActorDirectoryService implements ActorDirectory {
  /** The users behind a subject, by subject (whatever the issuer: `forget` knows only the subject). */
  private readonly recent?: LRUCache<string, SignInCandidateRow[]>;

  constructor(
    private readonly repository: ActorRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    if (config.actorCacheTtlMs > 0) this.recent = new LRUCache({ max: 10_000, ttl: config.actorCacheTtlMs });
  }

  /**
   * The user a verified token signs in: the one recorded with the token's issuer, else the one recorded without
   * an issuer, and only when that issuer is trusted for the user's organisation.
   */
  async findActor(identity: VerifiedIdentity): Promise<ActorLookup> {
    let candidates = this.recent?.get(identity.subject);
    if (!candidates) {
      candidates = await this.repository.findBySubject(identity.subject);
      if (candidates.length > 0) this.recent?.set(identity.subject, candidates);
    }
    const row =
      candidates.find((candidate) => candidate.issuer !== null && sameIssuer(candidate.issuer, identity.issuer)) ??
      candidates.find((candidate) => candidate.issuer === null);
    if (!row) return { refused: 'unknown subject' };
    if (!mayActFor(this.config.auth.providers, identity.issuer, row.organisation_slug)) {
      return { refused: 'issuer not trusted for the organisation' };
    }
    if (!row.active) return { refused: 'inactive' };
    return { actor: toActor(row) };
  }

  /**
   * The active user with this subject and no other (the demo seed's users, which the app itself acts as while
   * making demo data: no sign-in, so no issuer).
   */
  async actorOfSubject(subject: string): Promise<Actor | undefined> {
    const candidates = await this.repository.findBySubject(subject);
    return candidates.length === 1 && candidates[0].active ? toActor(candidates[0]) : undefined;
  }

  /** Reads the users behind `subject` afresh on their next request (after a change of roles or active flag). */
  forget(subject: string): void {
    this.recent?.delete(subject);
  }
}

function toActor(row: SignInCandidateRow): Actor {
  return {
    userId: row.id,
    subject: row.subject,
    displayName: row.display_name,
    organisationId: row.organisation_id,
    organisationKind: row.kind,
    roles: row.roles,
    regionCodes: row.region_codes,
  };
}
