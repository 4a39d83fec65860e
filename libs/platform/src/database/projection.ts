/**
 * The columns a list reads when the client's selection needs no others, declared by the entity's repository for a
 * screen (an employer list shows 6 of 20 columns): `bench:api` served half again as many list pages reading them
 * instead of every column (docs/DATA-ACCESS.md). Declared in the code, so the statements stay few and fixed.
 */
export class Projection<E> {
  private readonly readable: ReadonlySet<string>;

  constructor(
    /** Distinguishes the statements that read it. */
    readonly name: string,
    /** The entity's properties it reads; `id` always. */
    properties: readonly (keyof E & string)[],
    /** Fields of the entity's GraphQL type that resolve from its id alone (relations by loader). */
    resolvedById: readonly string[] = [],
  ) {
    this.properties = ['id', ...properties.filter((property) => property !== 'id')];
    this.readable = new Set([...this.properties, ...resolvedById, '__typename']);
  }

  readonly properties: readonly string[];

  /** Whether every selected field resolves from these columns (or from the id alone). */
  covers(fields: ReadonlySet<string>): boolean {
    for (const field of fields) if (!this.readable.has(field)) return false;
    return true;
  }
}
