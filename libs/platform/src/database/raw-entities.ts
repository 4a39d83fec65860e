import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * Runs a single-table select and maps its raw rows onto plain objects with the entity's property names.
 * pg has already parsed the column types; this skips TypeORM's hydration, which dominated the CPU time of
 * list pages (tens of rows with their relations per request).
 */
export async function selectPlain<E extends ObjectLiteral>(
  query: SelectQueryBuilder<E>,
): Promise<{ rows: E[]; raw: Record<string, unknown>[] }> {
  const alias = query.expressionMap.mainAlias!;
  const columns = alias.metadata.columns.map((column) => [`${alias.name}_${column.databaseName}`, column.propertyName]);
  const raw: Record<string, unknown>[] = await query.getRawMany();
  const rows = raw.map((row) => {
    const entity: Record<string, unknown> = {};
    for (const [key, property] of columns) entity[property] = row[key];
    return entity as E;
  });
  return { rows, raw };
}
