/**
 * Building a select with TypeORM costs more CPU than running it for the small statements every request makes, so
 * hot call sites build theirs once and reuse the text. A template is built with a marker object for each named
 * value; where the markers land among the built parameters gives each name's place.
 */
export function parameterMarkers(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(values).map((name) => [name, { marker: name }]));
}

/** The names of the built `params` in order; throws for a parameter that is not one of the markers. */
export function markedNames(params: readonly unknown[], key: string): string[] {
  return params.map((param) => {
    const name = (param as { marker?: unknown } | null)?.marker;
    if (typeof name !== 'string') throw new Error(`${key}: every parameter of a cached select must be a named value`);
    return name;
  });
}

/** This call's values in the template's order. */
export function placedValues(names: readonly string[], values: Record<string, unknown>): unknown[] {
  return names.map((name) => values[name]);
}

/** A select built once per `key`, a constant of its call site: the same key must always build the same select. */
export interface CachedSelectSpec<Q> {
  key: string;
  build(values: Record<string, unknown>): Q;
  values: Record<string, unknown>;
}
