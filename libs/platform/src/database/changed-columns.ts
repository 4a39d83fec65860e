import type { EntityManager } from 'typeorm';

/** A stored row as an import locks it: its id and its columns as JSON (`to_jsonb`). */
export interface StoredRow {
  id: string;
  row: Record<string, unknown>;
}

/** Input field -> database column. The column names are fixed by the repository, never taken from input. */
export type ColumnMap = Readonly<Record<string, string>>;

/** The mapped fields as columns and values, in the same order (an unmapped field is left out). */
export function columnsOf(
  fields: Record<string, unknown>,
  columns: ColumnMap,
): { columns: string[]; values: unknown[] } {
  const entries = Object.entries(fields).filter(([field]) => columns[field]);
  return { columns: entries.map(([field]) => columns[field]), values: entries.map(([, value]) => value) };
}

/**
 * Writes only the fields that differ from what is stored, bumping the row's version; leaves the row alone (and
 * answers false) when nothing differs, so importing a file again changes nothing.
 */
export async function updateChangedColumns(
  database: Pick<EntityManager, 'query'>,
  table: string,
  current: StoredRow,
  fields: Record<string, unknown>,
  columns: ColumnMap,
): Promise<boolean> {
  const changed = Object.entries(fields).filter(
    ([field, value]) => columns[field] && JSON.stringify(current.row[columns[field]]) !== JSON.stringify(value),
  );
  if (changed.length === 0) return false;
  await database.query(
    `UPDATE ${table} SET ${changed.map(([field], i) => `${columns[field]} = $${i + 2}`).join(', ')},
            version = version + 1, updated_at = now()
      WHERE id = $1`,
    [current.id, ...changed.map(([, value]) => value)],
  );
  return true;
}
