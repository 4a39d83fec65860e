import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { holdsConnection, preparedQuery } from './prepared-query';
import { selectionKey } from '../graphql/selected-fields';
import { applyProjection, Projection } from './projection';
import { CachedSelectSpec, markedNames, parameterMarkers, placedValues } from './statement-template';

/**
 * The key under which selects share a statement; resolvers pass the request, so the relation loaders
 * of one GraphQL request that dispatch together cost one round trip and one plan instead of one each.
 * A fresh object (the default) runs a select on its own.
 */
export type StatementBatch = object;

type JsonRow = Record<string, unknown>;

interface PendingSelect {
  sql: string;
  params: unknown[];
  resolve(rows: JsonRow[]): void;
  reject(error: unknown): void;
}

const pendingByBatch = new WeakMap<StatementBatch, PendingSelect[]>();

/**
 * Runs `sql` as one column of a statement shared with the other selects of `batch` issued before the
 * event loop turns: each becomes `(SELECT json_agg(q) FROM (<sql>) q)`, so rows arrive as JSON
 * (timestamps as ISO strings: name them in `dates`). Placeholders `$n` are renumbered, so `sql` may not
 * contain `$` anywhere else.
 */
export function sharedSelect<T>(
  dataSource: DataSource,
  batch: StatementBatch,
  sql: string,
  params: unknown[],
  dates: readonly string[] = [],
): Promise<T[]> {
  return new Promise<JsonRow[]>((resolve, reject) => {
    let pending = pendingByBatch.get(batch);
    if (!pending) {
      const selects: PendingSelect[] = [];
      pending = selects;
      pendingByBatch.set(batch, selects);
      const flush = () => {
        pendingByBatch.delete(batch);
        void runTogether(dataSource, batch, selects);
      };
      if (holdsConnection(batch)) {
        // The relations of rows just read, on the connection kept for them: their loaders dispatch one after
        // another on process.nextTick, and this first one's microtask runs once they all have. Not waiting for
        // the event loop to turn also gives the connection back sooner.
        void Promise.resolve().then(() => process.nextTick(flush));
      } else {
        // DataLoaders dispatch on process.nextTick; setImmediate runs after all of them have.
        setImmediate(flush);
      }
    }
    pending.push({ sql, params, resolve, reject });
  }).then((rows) => {
    for (const row of rows)
      for (const field of dates) if (row[field] != null) row[field] = new Date(row[field] as string);
    return rows as T[];
  });
}

interface PlainColumn {
  key: string;
  property: string;
  timestamp: boolean;
}

const plainTemplates = new Map<string, { sql: string; names: string[]; columns: PlainColumn[] }>();

/**
 * A single-table TypeORM select through `sharedSelect`, mapped onto the entity's property names. Given as a
 * {@link CachedSelectSpec}, it is built once per key and selection (see statement-template).
 */
export async function sharedSelectPlain<E extends ObjectLiteral>(
  dataSource: DataSource,
  batch: StatementBatch,
  query: SelectQueryBuilder<E> | CachedSelectSpec<SelectQueryBuilder<E>>,
  projection?: Projection<E>,
): Promise<E[]> {
  let sql: string;
  let params: unknown[];
  let columns: PlainColumn[];
  if ('build' in query) {
    const key = `${query.key}|${projection ? selectionKey(projection.fields) : '*'}`;
    let template = plainTemplates.get(key);
    if (!template) {
      const built = plainColumns(query.build(parameterMarkers(query.values)), projection);
      template = { sql: built.sql, columns: built.columns, names: markedNames(built.params, key) };
      plainTemplates.set(key, template);
    }
    ({ sql, columns } = template);
    params = placedValues(template.names, query.values);
  } else {
    ({ sql, params, columns } = plainColumns(query, projection));
  }
  const raw = await sharedSelect<JsonRow>(dataSource, batch, sql, params);
  return raw.map((row) => {
    const entity: JsonRow = {};
    for (const { key, property, timestamp } of columns) {
      const value = row[key];
      entity[property] = timestamp && value != null ? new Date(value as string) : value;
    }
    return entity as E;
  });
}

function plainColumns<E extends ObjectLiteral>(
  query: SelectQueryBuilder<E>,
  projection: Projection<E> | undefined,
): { sql: string; params: unknown[]; columns: PlainColumn[] } {
  const alias = query.expressionMap.mainAlias!;
  const columns = (applyProjection(query, projection) ?? alias.metadata.columns).map((column) => ({
    key: `${alias.name}_${column.databaseName}`,
    property: column.propertyName,
    timestamp: isTimestamp(column),
  }));
  const [sql, params] = query.getQueryAndParameters();
  return { sql, params, columns };
}

/** Whether a column holds a timestamp, which arrives from `sharedSelect` as its ISO text. */
export function isTimestamp(column: Pick<ColumnMetadata, 'type'>): boolean {
  return typeof column.type === 'string' ? column.type.startsWith('timestamp') : column.type === Date;
}

async function runTogether(dataSource: DataSource, batch: StatementBatch, selects: PendingSelect[]): Promise<void> {
  const params: unknown[] = [];
  const columns = selects.map((select, index) => {
    const offset = params.length;
    params.push(...select.params);
    const sql = select.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
    // A sorted sub-select feeds json_agg in its order (json_agg has no parallel combine step).
    return `(SELECT coalesce(json_agg(q), '[]') FROM (${sql}) q) AS "${index}"`;
  });
  try {
    const [row] = await preparedQuery<Record<string, JsonRow[]>>(dataSource, `SELECT ${columns.join(', ')}`, params, {
      heldBy: batch,
    });
    selects.forEach((select, index) => select.resolve(row[index]));
  } catch (error) {
    for (const select of selects) select.reject(error);
  }
}
