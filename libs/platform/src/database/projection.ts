import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/**
 * Which columns a single-table select may leave out: those of no property the client selected (`fields`) or
 * the code reads (`keys`). A select with a projection reads only what a page shows (three of twenty-five
 * columns of a vacancy); a selected field it cannot account for keeps every column.
 */
export interface Projection<E> {
  /** The client's selection on the entity's GraphQL type (see selectedFieldNames). */
  fields: ReadonlySet<string>;
  /** Properties the caller reads itself (grouping keys, the sort column); the primary key is always read. */
  keys: readonly (keyof E & string)[];
  /**
   * Selected fields that are not columns but resolve from the keys alone (relations loaded by the entity's
   * id). Any other field that is not a column keeps every column.
   */
  resolvedByKey?: readonly string[];
}

/** Narrows `query` to the columns `projection` needs; returns them, or undefined when it left every column. */
export function applyProjection<E extends ObjectLiteral>(
  query: SelectQueryBuilder<E>,
  projection: Projection<E> | undefined,
): ColumnMetadata[] | undefined {
  if (!projection) return undefined;
  const alias = query.expressionMap.mainAlias!;
  const { metadata } = alias;
  const wanted = new Set<string>([...projection.keys, ...metadata.primaryColumns.map((c) => c.propertyName)]);
  const byKey = new Set(projection.resolvedByKey);
  for (const field of projection.fields) if (field !== '__typename' && !byKey.has(field)) wanted.add(field);
  const columns = metadata.columns.filter((column) => wanted.has(column.propertyName));
  if (columns.length !== wanted.size) return undefined;
  query.select(columns.map((column) => `${alias.name}.${column.propertyName}`));
  return columns;
}
