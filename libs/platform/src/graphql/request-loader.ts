import DataLoader from 'dataloader';

/**
 * A library's per-request loaders as one typed object, in the shape of Twenty's `createLoaders()`: `create` makes
 * every loader a request may use, and `of(request)` gives that request's object, made on its first use. A loader
 * lives as long as its request (held in a WeakMap keyed by it), so nothing is cached across requests.
 */
export abstract class RequestLoaders<Loaders extends object> {
  private readonly byRequest = new WeakMap<object, Loaders>();

  of(request: object): Loaders {
    let loaders = this.byRequest.get(request);
    if (!loaders) {
      loaders = this.create(request);
      this.byRequest.set(request, loaders);
    }
    return loaders;
  }

  /** The request's loaders; `request` gives what they need of it (its actor). */
  protected abstract create(request: object): Loaders;
}

/**
 * A DataLoader over `batch`, which reads all keys in one statement (`= ANY($1)`) and answers in key order;
 * `cacheKeyOf` identifies a key that is an object.
 */
export function batchLoader<K, V>(
  batch: (keys: readonly K[]) => Promise<V[]>,
  cacheKeyOf?: (key: K) => string,
): DataLoader<K, V> {
  return new DataLoader<K, V, K | string>((keys) => batch(keys), { maxBatchSize: 1000, cacheKeyFn: cacheKeyOf });
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
