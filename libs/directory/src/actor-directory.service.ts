import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, ActorDirectory, OrganisationKind, preparedQuery, Role } from '@wsp/platform';
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

/** Builds the request's {@link Actor} from the directory in one query per request. */
@Injectable()
export class ActorDirectoryService implements ActorDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findActorBySubject(subject: string): Promise<Actor | 'inactive' | undefined> {
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
