import { DataSource, EntityManager } from 'typeorm';

/** An organisation as the operator lists them. */
export interface OrganisationListing {
  slug: string;
  kind: 'UWV' | 'MUNICIPALITY';
  name: string;
  regions: string[];
  municipalities: string[];
  users: number;
  admins: number;
}

export interface NewOrganisation {
  kind: 'UWV' | 'MUNICIPALITY';
  name: string;
  slug: string;
  regions: string[];
  municipalities: string[];
}

export interface NewAdmin {
  organisation: string;
  email: string;
  name: string;
  subject: string;
  /** The provider the subject belongs to (see `issuerForUser`). */
  issuer: string;
}

/** What a command did: `created` false when everything was there already (the commands are idempotent). */
export interface SetupResult {
  id: string;
  created: boolean;
  changed: string[];
}

/** Why an operator's command was refused, in words the operator can act on. */
export class SetupError extends Error {}

/**
 * The first day of a region in an empty production database: organisations with the regions and municipalities
 * they serve, and their first administrator. Run from the `wsp` CLI, so without the API: plain statements on the
 * DataSource, each command in one transaction, every command safe to run again.
 */
export class RegionSetupRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The user signing in with this e-mail address (any case), for the CLI's development token. */
  async userByEmail(email: string): Promise<{ subject: string; active: boolean } | undefined> {
    const [user]: { subject: string; active: boolean }[] = await this.dataSource.query(
      'SELECT subject, active FROM app_user WHERE lower(email) = lower($1)',
      [email],
    );
    return user;
  }

  addOrganisation(organisation: NewOrganisation): Promise<SetupResult> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertPlaces(manager, organisation.regions, organisation.municipalities);
      const [existing]: { id: string; kind: string; name: string }[] = await manager.query(
        'SELECT id, kind, name FROM organisation WHERE slug = $1 FOR UPDATE',
        [organisation.slug],
      );
      if (existing && existing.kind !== organisation.kind) {
        throw new SetupError(`organisation ${organisation.slug} exists as ${existing.kind}, not ${organisation.kind}`);
      }
      const changed: string[] = [];
      let id = existing?.id;
      if (!id) {
        [{ id }] = await manager.query('INSERT INTO organisation (kind, name, slug) VALUES ($1, $2, $3) RETURNING id', [
          organisation.kind,
          organisation.name,
          organisation.slug,
        ]);
      } else if (existing.name !== organisation.name) {
        await manager.query(
          'UPDATE organisation SET name = $2, version = version + 1, updated_at = now() WHERE id = $1',
          [id, organisation.name],
        );
        changed.push('name');
      }
      const regions: unknown[] = await manager.query(
        `INSERT INTO organisation_region (organisation_id, region_code) SELECT $1, unnest($2::text[])
         ON CONFLICT DO NOTHING RETURNING region_code`,
        [id, organisation.regions],
      );
      const municipalities: unknown[] = await manager.query(
        `INSERT INTO organisation_municipality (organisation_id, municipality_code) SELECT $1, unnest($2::text[])
         ON CONFLICT DO NOTHING RETURNING municipality_code`,
        [id, organisation.municipalities],
      );
      if (existing && regions.length > 0) changed.push('regions');
      if (existing && municipalities.length > 0) changed.push('municipalities');
      return { id: id!, created: !existing, changed };
    });
  }

  addAdmin(admin: NewAdmin): Promise<SetupResult> {
    return this.dataSource.transaction(async (manager) => {
      const [organisation]: { id: string }[] = await manager.query('SELECT id FROM organisation WHERE slug = $1', [
        admin.organisation,
      ]);
      if (!organisation) {
        throw new SetupError(`no organisation ${admin.organisation}: add it first (wsp add-organisation)`);
      }
      const email = admin.email.trim().toLowerCase();
      const [existing]: {
        id: string;
        email: string;
        subject: string;
        issuer: string | null;
        organisation_id: string;
        roles: string[];
        active: boolean;
      }[] = await manager.query(
        `SELECT id, email, subject, issuer, organisation_id, roles, active FROM app_user
            WHERE (subject = $1 AND (issuer = $3 OR issuer IS NULL)) OR lower(email) = $2
            ORDER BY subject = $1 DESC, issuer IS NULL LIMIT 1 FOR UPDATE`,
        [admin.subject, email, admin.issuer],
      );
      if (!existing) {
        const [{ id }]: { id: string }[] = await manager.query(
          `INSERT INTO app_user (subject, issuer, display_name, email, organisation_id, roles)
           VALUES ($1, $2, $3, $4, $5, ARRAY['ADMIN']) RETURNING id`,
          [admin.subject, admin.issuer, admin.name, email, organisation.id],
        );
        return { id, created: true, changed: [] };
      }
      const sameIdentity = existing.subject === admin.subject && (existing.issuer ?? admin.issuer) === admin.issuer;
      if (!sameIdentity || existing.email !== email) {
        throw new SetupError(
          `a user with this ${existing.subject === admin.subject ? 'subject' : 'e-mail'} exists with another ` +
            `${existing.subject === admin.subject ? 'e-mail' : 'subject'}: correct them on the Gebruikers page`,
        );
      }
      if (existing.organisation_id !== organisation.id) {
        throw new SetupError(`this user belongs to another organisation`);
      }
      const changed: string[] = [];
      if (existing.issuer === null) changed.push('issuer');
      if (!existing.roles.includes('ADMIN')) changed.push('role ADMIN');
      if (!existing.active) changed.push('reactivated');
      if (changed.length > 0) {
        await manager.query(
          `UPDATE app_user SET roles = array_append(array_remove(roles, 'ADMIN'), 'ADMIN'), active = true,
                  issuer = $2, version = version + 1, updated_at = now() WHERE id = $1`,
          [existing.id, admin.issuer],
        );
      }
      return { id: existing.id, created: false, changed };
    });
  }

  listOrganisations(): Promise<OrganisationListing[]> {
    return this.dataSource.query(
      `SELECT o.slug, o.kind, o.name,
              coalesce((SELECT array_agg(region_code ORDER BY region_code) FROM organisation_region r
                         WHERE r.organisation_id = o.id), '{}') AS regions,
              coalesce((SELECT array_agg(municipality_code ORDER BY municipality_code) FROM organisation_municipality m
                         WHERE m.organisation_id = o.id), '{}') AS municipalities,
              (SELECT count(*)::int FROM app_user u WHERE u.organisation_id = o.id AND u.active) AS users,
              (SELECT count(*)::int FROM app_user u
                WHERE u.organisation_id = o.id AND u.active AND 'ADMIN' = ANY (u.roles)) AS admins
         FROM organisation o ORDER BY o.name`,
    );
  }

  /** Every region exists, and every municipality lies in one of them. */
  private async assertPlaces(manager: EntityManager, regions: string[], municipalities: string[]): Promise<void> {
    const known: { code: string }[] = await manager.query(
      'SELECT code FROM labour_market_region WHERE code = ANY($1)',
      [regions],
    );
    const unknownRegions = regions.filter((code) => !known.some((k) => k.code === code));
    if (unknownRegions.length > 0) {
      throw new SetupError(`unknown region ${unknownRegions.join(', ')} (codes like GRONINGEN; see the regions table)`);
    }
    const places: { code: string; region_code: string }[] = await manager.query(
      'SELECT code, region_code FROM municipality WHERE code = ANY($1)',
      [municipalities],
    );
    const wrong = municipalities.filter(
      (code) => !places.some((place) => place.code === code && regions.includes(place.region_code)),
    );
    if (wrong.length > 0) {
      throw new SetupError(
        `municipality ${wrong.join(', ')} unknown or not in ${regions.join(', ')} (CBS codes like GM0106)`,
      );
    }
  }
}
