import type { DataSource, ObjectLiteral, QueryRunner, Repository, SelectQueryBuilder } from 'typeorm';
import { preparedQuery } from './prepared-query';
import { isTimestamp, sharedSelect, StatementBatch } from './shared-statement';
import { CachedSelectSpec, markedNames, parameterMarkers, placedValues } from './statement-template';

/** A single-table select as SQL text and parameters, and the mapping of its raw rows onto property names. */
export interface PlainSelect<E> {
  sql: string;
  params: unknown[];
  /** The result column that holds `property`. */
  columnOf(property: keyof E & string): string;
  /** The raw rows as plain objects with the entity's property names. */
  toEntities(raw: Record<string, unknown>[]): E[];
  /**
   * Runs `sql` (this select, or a statement built around it) where the builder would run its own; outside a
   * transaction, keeping the connection for `batch`'s next shared statement when given.
   */
  run(sql: string, params: unknown[], batch?: StatementBatch): Promise<Record<string, unknown>[]>;
}

/**
 * The plain form of a single-table select. pg has already parsed the column types, so mapping raw rows by name
 * skips TypeORM's hydration, which dominated the CPU time of list pages (tens of rows with relations per request).
 */
export function plainSelect<E extends ObjectLiteral>(query: SelectQueryBuilder<E>): PlainSelect<E> {
  const alias = query.expressionMap.mainAlias!;
  // Only the entity's columns the select reads (a projection may have narrowed it).
  const read = new Set(query.expressionMap.selects.map((select) => select.selection));
  const columns = alias.metadata.columns
    .filter((column) => column.isSelect)
    .filter((column) => read.has(alias.name) || read.has(`${alias.name}.${column.propertyName}`))
    .map((column) => [`${alias.name}_${column.databaseName}`, column.propertyName]);
  const [sql, params] = query.getQueryAndParameters();
  return {
    sql,
    params,
    columnOf(property) {
      const column = columns.find(([, name]) => name === property);
      if (!column) throw new Error(`${alias.metadata.name}.${property} is not selected`);
      return column[0];
    },
    toEntities: (raw) =>
      raw.map((row) => {
        const entity: Record<string, unknown> = {};
        for (const [key, property] of columns) entity[property] = row[key];
        return entity as E;
      }),
    // A builder of a transaction carries its query runner: the statement must run on that connection.
    run(text, values, batch) {
      const transaction = (query as unknown as { queryRunner?: QueryRunner }).queryRunner;
      return transaction
        ? transaction.query(text, values)
        : preparedQuery(query.connection, text, values, { holdFor: batch });
    },
  };
}

const templates = new Map<string, { select: PlainSelect<ObjectLiteral>; names: string[] }>();

/**
 * {@link plainSelect} of the builder `spec.build` makes, built by TypeORM once per `spec.key` and reused as text
 * with this call's named values (see statement-template). Outside transactions.
 */
export function cachedPlainSelect<E extends ObjectLiteral>(
  dataSource: DataSource,
  { key, build, values }: CachedSelectSpec<SelectQueryBuilder<E>>,
): PlainSelect<E> {
  let template = templates.get(key);
  if (!template) {
    const select = plainSelect(build(parameterMarkers(values)));
    template = { select: select as PlainSelect<ObjectLiteral>, names: markedNames(select.params, key) };
    templates.set(key, template);
  }
  const { select, names } = template as { select: PlainSelect<E>; names: string[] };
  return {
    ...select,
    params: placedValues(names, values),
    // On this call's database: the text is the same for every data source of the entity, the connection is not.
    run: (sql, params, batch) => preparedQuery(dataSource, sql, params, { holdFor: batch }),
  };
}

/**
 * Runs a single-table select and maps its raw rows onto plain objects with the entity's property names.
 * `limit` is a parameter, not part of the text, so a list's statement is prepared once whatever the page size
 * (outside a transaction).
 */
export async function selectPlain<E extends ObjectLiteral>(
  query: SelectQueryBuilder<E>,
  limit?: number,
  batch?: StatementBatch,
): Promise<{ rows: E[]; raw: Record<string, unknown>[] }> {
  const select = plainSelect(query);
  let { sql, params } = select;
  if (limit !== undefined) {
    params = [...params, limit];
    sql = `${sql} LIMIT $${params.length}`;
  }
  const raw = await select.run(sql, params, batch);
  return { rows: select.toEntities(raw), raw };
}

/**
 * `repository.findOneBy({ id })` for the lookups most requests make (the employer or vacancy a page or change is
 * about): one text per entity, built once, prepared outside a transaction and mapped without TypeORM's hydration.
 * With a `batch`, it joins that batch's shared statement (see `prefetchFields`).
 */
export async function findById<E extends ObjectLiteral>(
  repository: Repository<E>,
  id: string,
  batch?: StatementBatch,
): Promise<E | null> {
  return (await findRowById(repository, id, batch))?.entity ?? null;
}

/** {@link findById} with one more column, `extra.expression` (over alias `e`), read from `raw[extra.name]`. */
export async function findRowById<E extends ObjectLiteral>(
  repository: Repository<E>,
  id: string,
  batch?: StatementBatch,
  extra?: { expression: string; name: string },
): Promise<{ entity: E; raw: Record<string, unknown> } | null> {
  const { metadata, manager } = repository;
  const select = cachedPlainSelect<E>(manager.connection, {
    key: `${metadata.tableName}.by-id${extra ? `+${extra.name}=${extra.expression}` : ''}`,
    build: (values) => {
      const query = repository.createQueryBuilder('e').where('e.id = :id', values);
      return extra ? query.addSelect(extra.expression, extra.name) : query;
    },
    values: { id },
  });
  const transaction = repository.queryRunner ?? manager.queryRunner;
  // Through a shared statement rows arrive as JSON: its timestamps are named to become dates again.
  const timestamps = () => metadata.columns.filter(isTimestamp).map((column) => `e_${column.databaseName}`);
  const [raw] = transaction
    ? await transaction.query(select.sql, select.params)
    : batch
      ? await sharedSelect<Record<string, unknown>>(manager.connection, batch, select.sql, select.params, timestamps())
      : await select.run(select.sql, select.params);
  return raw ? { entity: select.toEntities([raw])[0], raw } : null;
}
