import type { DataSource, EntityMetadata } from 'typeorm';
import DataLoader from 'dataloader';
import { batchLoader } from '../graphql/request-loader';

/** A row as `json_agg` hands it over: timestamps as ISO text. */
export type JsonRow = Record<string, unknown>;

/**
 * Records related to a parent (an employer's contacts, its vacancies), read by the parents' ids. `sql` selects them
 * for the parents `$1::uuid[]` (its only placeholder) with the parent's id in column `"parentId"`, in the order
 * shown; `decode` turns one of its rows, as JSON gives it, into the record. Declared once by the repository that
 * owns the table, so the statements combining relations are bounded by the code.
 */
export interface Relation<T> {
  readonly name: string;
  readonly sql: string;
  decode(row: JsonRow): T;
}

/** A decoder for rows of an entity's columns named as its properties (see propertyColumns): timestamps as Dates. */
export function entityDecoder<T>(entity: EntityMetadata): (row: JsonRow) => T {
  const timestamps = entity.columns
    .filter((column) => (typeof column.type === 'string' ? column.type.startsWith('timestamp') : column.type === Date))
    .map((column) => column.propertyName);
  return (row) => {
    for (const property of timestamps) if (row[property] != null) row[property] = new Date(row[property] as string);
    return row as T;
  };
}

interface RelationKey {
  parentId: string;
  relation: Relation<unknown>;
}

/**
 * The records of `relation` for one parent. The relations a GraphQL request asks for together (the fields of a
 * page's rows resolve in one pass, and DataLoader collects their loads) are read in one statement, a column of
 * JSON rows per relation: one round trip and one connection for a page's relations, which was worth a fifth of
 * `bench:api`'s throughput against a statement per relation (docs/DATA-ACCESS.md).
 */
export function loadRelation<T>(
  request: object,
  dataSource: DataSource,
  relation: Relation<T>,
  parentId: string,
): Promise<T[]> {
  let loader = relationLoaders.get(request);
  if (!loader) {
    loader = batchLoader(
      (keys) => readRelations(dataSource, keys),
      (key) => `${key.relation.name}|${key.parentId}`,
    );
    relationLoaders.set(request, loader);
  }
  return loader.load({ parentId, relation }) as Promise<T[]>;
}

/** One loader per request for every relation of every library: what a pass over a page asks is read together. */
const relationLoaders = new WeakMap<object, DataLoader<RelationKey, unknown[]>>();

async function readRelations(dataSource: DataSource, keys: readonly RelationKey[]): Promise<unknown[][]> {
  const relations = [...new Map(keys.map((key) => [key.relation.name, key.relation])).values()].sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  const parentIds = [...new Set(keys.map((key) => key.parentId))];
  const [row]: Record<string, JsonRow[]>[] = await dataSource.query(combined(relations), [parentIds]);
  const records = new Map<string, Map<string, unknown[]>>();
  for (const relation of relations) {
    const byParent = new Map<string, unknown[]>();
    for (const { parentId, ...fields } of row[relation.name]) {
      const list = byParent.get(parentId as string) ?? [];
      list.push(relation.decode(fields));
      byParent.set(parentId as string, list);
    }
    records.set(relation.name, byParent);
  }
  return keys.map((key) => records.get(key.relation.name)!.get(key.parentId) ?? []);
}

const statements = new Map<string, string>();

/** The statement of a combination of relations (a sorted sub-select feeds json_agg in its order). */
function combined(relations: readonly Relation<unknown>[]): string {
  const key = relations.map((relation) => relation.name).join('+');
  let statement = statements.get(key);
  if (statement === undefined) {
    const columns = relations.map(
      (relation) => `(SELECT coalesce(json_agg(q), '[]') FROM (${relation.sql}) q) AS "${relation.name}"`,
    );
    statement = `SELECT ${columns.join(', ')}`;
    statements.set(key, statement);
  }
  return statement;
}
