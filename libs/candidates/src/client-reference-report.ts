import { ClientReferenceHasher } from '@wsp/platform';
import { DataSource } from 'typeorm';

/** Which of an organisation's secrets made a client reference, as far as this process's configuration knows. */
export type ReferenceSecret = 'current' | 'previous' | 'retired' | 'unrecorded';

export interface ClientReferenceCount {
  organisation: string;
  secret: ReferenceSecret;
  profiles: number;
}

/**
 * Profiles with a client number, per organisation and per secret that made their reference. During a rotation
 * the previous secret can go once no profile is left on it ("unrecorded": made before references named their
 * secret; "retired": a secret that is configured no more).
 */
export async function clientReferenceReport(
  dataSource: DataSource,
  hasher: ClientReferenceHasher,
): Promise<ClientReferenceCount[]> {
  const rows: { organisation: string; key: string | null; profiles: number }[] = await dataSource.query(
    `SELECT o.slug AS organisation, p.owner_reference_key AS key, count(*)::int AS profiles
       FROM candidate_profile p JOIN organisation o ON o.id = p.owner_organisation_id
      WHERE p.owner_reference IS NOT NULL
      GROUP BY o.slug, p.owner_reference_key`,
  );
  const counts = new Map<string, ClientReferenceCount>();
  for (const row of rows) {
    const keys = await hasher.keyIds(row.organisation);
    const secret: ReferenceSecret =
      row.key === null
        ? 'unrecorded'
        : row.key === keys.current
          ? 'current'
          : row.key === keys.previous
            ? 'previous'
            : 'retired';
    const entry = counts.get(`${row.organisation}:${secret}`) ?? {
      organisation: row.organisation,
      secret,
      profiles: 0,
    };
    entry.profiles += row.profiles;
    counts.set(`${row.organisation}:${secret}`, entry);
  }
  return [...counts.values()].sort(
    (a, b) => a.organisation.localeCompare(b.organisation) || a.secret.localeCompare(b.secret),
  );
}
