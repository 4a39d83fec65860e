import type { ObjectLiteral, QueryRunner, SelectQueryBuilder } from 'typeorm';
import { preparedQuery } from './prepared-query';

/**
 * Runs a single-table select and maps its raw rows onto plain objects with the entity's property names.
 * pg has already parsed the column types; this skips TypeORM's hydration, which dominated the CPU time of
 * list pages (tens of rows with their relations per request). `limit` is a parameter, not part of the text,
 * so a list's statement is prepared once whatever the page size (outside a transaction).
 */
export async function selectPlain<E extends ObjectLiteral>(
  query: SelectQueryBuilder<E>,
  limit?: number,
): Promise<{ rows: E[]; raw: Record<string, unknown>[] }> {
  const alias = query.expressionMap.mainAlias!;
  // Only the entity's columns the select reads (a projection may have narrowed it).
  const read = new Set(query.expressionMap.selects.map((select) => select.selection));
  const columns = alias.metadata.columns
    .filter((column) => read.has(alias.name) || read.has(`${alias.name}.${column.propertyName}`))
    .map((column) => [`${alias.name}_${column.databaseName}`, column.propertyName]);
  let [sql, params] = query.getQueryAndParameters();
  if (limit !== undefined) {
    params = [...params, limit];
    sql = `${sql} LIMIT $${params.length}`;
  }
  // A builder of a transaction carries its query runner: the select must run on that connection.
  const transaction = (query as unknown as { queryRunner?: QueryRunner }).queryRunner;
  const raw: Record<string, unknown>[] = transaction
    ? await transaction.query(sql, params)
    : await preparedQuery(query.connection, sql, params);
  const rows = raw.map((row) => {
    const entity: Record<string, unknown> = {};
    for (const [key, property] of columns) entity[property] = row[key];
    return entity as E;
  });
  return { rows, raw };
}
