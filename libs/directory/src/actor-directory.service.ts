import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, ActorDirectory, APP_CONFIG, AppConfig, OrganisationKind, preparedQuery, Role } from '@wsp/platform';
import { LRUCache } from 'lru-cache';
import { DataSource } from 'typeorm';

interface ActorRow {
  id: string;
  subject: string;
  display_name: string;
  organisation_id: string;
  kind: OrganisationKind;
  roles: Role[];
  active: boolean;
  region_codes: string[];
}

type Entry = Actor | 'inactive';

/**
 * Builds the request's {@link Actor} from the directory, reusing what it read for `actorCacheTtlMs`: a user's
 * every request needs it, and it changes only by an admin's hand. Changes made through this process
 * {@link forget} the user at once; unknown identities are never kept, so a new user can sign in straight away.
 */
@Injectable()
export class ActorDirectoryService implements ActorDirectory {
  private readonly recent?: LRUCache<string, Entry>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    if (config.actorCacheTtlMs > 0) this.recent = new LRUCache({ max: 10_000, ttl: config.actorCacheTtlMs });
  }

  async findActorBySubject(subject: string): Promise<Entry | undefined> {
    const known = this.recent?.get(subject);
    if (known) return known;
    const entry = await this.read(subject);
    if (entry) this.recent?.set(subject, entry);
    return entry;
  }

  /** Reads the user behind `subject` afresh on their next request (after a change of roles or active flag). */
  forget(subject: string): void {
    this.recent?.delete(subject);
  }

  private async read(subject: string): Promise<Entry | undefined> {
    const [row] = await preparedQuery<ActorRow>(
      this.dataSource,
      `SELECT u.id, u.subject, u.display_name, u.organisation_id, o.kind, u.roles, u.active,
              coalesce(array_agg(r.region_code ORDER BY r.region_code) FILTER (WHERE r.region_code IS NOT NULL), '{}') AS region_codes
         FROM app_user u
         JOIN organisation o ON o.id = u.organisation_id
         LEFT JOIN organisation_region r ON r.organisation_id = o.id
        WHERE u.subject = $1
        GROUP BY u.id, o.id`,
      [subject],
    );
    if (!row) return undefined;
    if (!row.active) return 'inactive';
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
}
