import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OrganisationKind, Role } from '@wsp/platform';
import { DataSource } from 'typeorm';

/** A user who may be behind a token's subject, with what sign-in needs to decide. */
export interface SignInCandidateRow {
  id: string;
  subject: string;
  /** Null: recorded before issuers were; any provider trusted for the organisation signs them in. */
  issuer: string | null;
  display_name: string;
  organisation_id: string;
  organisation_slug: string;
  kind: OrganisationKind;
  roles: Role[];
  active: boolean;
  region_codes: string[];
}

/** The directory as sign-in reads it. */
@Injectable()
export class ActorRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every user with this subject, whatever their issuer (subjects of different providers may coincide). */
  findBySubject(subject: string): Promise<SignInCandidateRow[]> {
    return this.dataSource.query(SIGN_IN_CANDIDATES, [subject]);
  }
}

const SIGN_IN_CANDIDATES = `SELECT u.id, u.subject, u.issuer, u.display_name, u.organisation_id, o.slug AS organisation_slug, o.kind,
              u.roles, u.active,
              coalesce(array_agg(r.region_code ORDER BY r.region_code) FILTER (WHERE r.region_code IS NOT NULL), '{}') AS region_codes
         FROM app_user u
         JOIN organisation o ON o.id = u.organisation_id
         LEFT JOIN organisation_region r ON r.organisation_id = o.id
        WHERE u.subject = $1
        GROUP BY u.id, o.id`;
