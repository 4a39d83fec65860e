import DataLoader from 'dataloader';

const loadersByRequest = new WeakMap<object, Map<string, DataLoader<unknown, unknown>>>();

/**
 * A DataLoader that lives as long as one request: `key` names the relation, `batch` loads all keys
 * with one query (`= ANY($1)`) and returns results in key order.
 */
export function requestLoader<K, V>(
  request: object,
  key: string,
  batch: (keys: readonly K[]) => Promise<V[]>,
  /** For keys that are objects: the string that identifies one. */
  cacheKeyOf?: (key: K) => string,
): DataLoader<K, V> {
  let loaders = loadersByRequest.get(request);
  if (!loaders) {
    loaders = new Map();
    loadersByRequest.set(request, loaders);
  }
  let loader = loaders.get(key) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V, K | string>((keys) => batch(keys), { maxBatchSize: 1000, cacheKeyFn: cacheKeyOf });
    loaders.set(key, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}

/** Orders `rows` by `keys`, one result per key (undefined where missing), as DataLoader requires. */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | undefined)[] {
  const index = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => index.get(key));
}

/** Groups `rows` by `keys`, one (possibly empty) list per key. */
export function groupByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}
