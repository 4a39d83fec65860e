import { Role } from '@wsp/platform';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';

export interface CreatedUser {
  id: string;
  subject: string;
  email: string;
  organisationId: string;
  version: number;
}

/** Persists one valid user of the organisation with `slug`; override what the test cares about. */
export async function createUser(
  dataSource: DataSource,
  overrides: {
    organisation?: string;
    roles?: Role[];
    active?: boolean;
    displayName?: string;
    subject?: string;
    /** The identity provider; left out, the user signs in through any provider of the organisation. */
    issuer?: string;
  } = {},
): Promise<CreatedUser> {
  const unique = randomUUID().slice(0, 8);
  const email = `test-${unique}@${overrides.organisation ?? 'uwv'}.example`;
  const [row]: CreatedUser[] = await dataSource.query(
    `INSERT INTO app_user (subject, display_name, email, organisation_id, roles, active, issuer)
     SELECT $1, $2, $3, id, $4, $5, $7 FROM organisation WHERE slug = $6
     RETURNING id, subject, email, organisation_id AS "organisationId", version`,
    [
      overrides.subject ?? `test|${unique}`,
      overrides.displayName ?? `Testgebruiker ${unique}`,
      email,
      overrides.roles ?? [Role.ACCOUNT_MANAGER],
      overrides.active ?? true,
      overrides.organisation ?? 'uwv',
      overrides.issuer ?? null,
    ],
  );
  if (!row) throw new Error(`no organisation ${overrides.organisation}`);
  return row;
}

export async function organisationId(dataSource: DataSource, slug: string): Promise<string> {
  const [row]: { id: string }[] = await dataSource.query('SELECT id FROM organisation WHERE slug = $1', [slug]);
  return row.id;
}
