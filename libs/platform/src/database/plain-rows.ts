import type { EntityMetadata, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * Reads the rows of a single-entity select as plain objects shaped like the entity: its columns are selected under
 * their property names and come back as pg parsed them. TypeORM's hydration of the same rows took most of a list
 * page's CPU (`bench:api`, see docs/DATA-ACCESS.md). `extra` names further selected expressions, read beside them.
 */
/**
 * The entity's selectable columns of table alias `alias`, each named as its property
 * (`"v"."employer_id" AS "employerId"`), for hand-written selects whose rows are used as the entity.
 */
export function propertyColumns(entity: EntityMetadata, alias: string, properties?: readonly string[]): string {
  return selectable(entity, properties)
    .map((column) => `"${alias}"."${column.databaseName}" AS "${column.propertyName}"`)
    .join(', ');
}

export async function plainRows<E extends ObjectLiteral, X extends object = object>(
  query: SelectQueryBuilder<E>,
  entity: EntityMetadata,
  extra: Record<keyof X & string, string> | Record<string, never> = {},
  /** Only these properties' columns (a Projection's); every selectable column by default. */
  properties?: readonly string[],
): Promise<(E & X)[]> {
  const columns = selectable(entity, properties);
  const selected = query.clone().select(`"${query.alias}"."${columns[0].databaseName}"`, columns[0].propertyName);
  for (const column of columns.slice(1)) {
    selected.addSelect(`"${query.alias}"."${column.databaseName}"`, column.propertyName);
  }
  for (const [name, expression] of Object.entries(extra)) selected.addSelect(expression, name);
  return selected.getRawMany<E & X>();
}

function selectable(entity: EntityMetadata, properties: readonly string[] | undefined) {
  const columns = entity.columns.filter((column) => column.isSelect);
  if (!properties) return columns;
  const chosen = columns.filter((column) => properties.includes(column.propertyName));
  if (chosen.length !== properties.length)
    throw new Error(`${entity.name}: not every property of ${properties.join(', ')} is a column`);
  return chosen;
}
