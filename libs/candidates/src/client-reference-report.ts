import { ClientReferenceHasher } from '@wsp/platform';
import { DataSource } from 'typeorm';
import { countClientReferences } from './candidate-profile.repository';

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
  const rows = await countClientReferences(dataSource);
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
