import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { EntityMetadata, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { plainRows } from '../database/plain-rows';
import type { Projection } from '../database/projection';
import { DomainError } from '../errors/domain-error';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1-${MAX_PAGE_SIZE}; default ${DEFAULT_PAGE_SIZE}.` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  after?: string;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay-style connection type for `node`, named `<Name>Connection` with `<Name>Edge`. */
export function Connection<T>(node: Type<T>, name = node.name): Type<ConnectionShape<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => node)
    node!: T;

    @Field()
    cursor!: string;
  }

  @ObjectType(`${name}Connection`, { isAbstract: false })
  class ConnectionType {
    @Field(() => [EdgeType])
    edges!: Edge<T>[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }
  return ConnectionType;
}

/**
 * Keyset pagination ordered by `sortColumn` then `id`: stable while rows are added or removed,
 * and cheap on an index over (…, sortColumn, id). The cursor is opaque to clients.
 */
export async function paginate<E extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<E>,
  page: PageArgs,
  sort: { column: string; valueOf: (row: E) => string; descending?: boolean },
  entity: EntityMetadata,
  /** The client's selection on the nodes, and the narrower columns to read when it needs no others. */
  narrow?: { fields: ReadonlySet<string>; projection: Projection<E> },
): Promise<ConnectionShape<E>> {
  const alias = query.alias;
  const first = page.first ?? DEFAULT_PAGE_SIZE;
  const direction = sort.descending ? 'DESC' : 'ASC';
  // The total comes with the rows in one statement, as an uncorrelated sub-select over the same filter (a window
  // count would sort the whole filtered set instead of reading the first rows off an index); the cursor narrows
  // the rows only.
  const count = query.clone().select('count(*)');
  const rowsQuery = query.clone();
  if (page.after) {
    const [value, id] = decodeCursor(page.after);
    rowsQuery.andWhere(
      `(${alias}.${sort.column}, ${alias}.id) ${sort.descending ? '<' : '>'} (:cursorValue, :cursorId)`,
      { cursorValue: value, cursorId: id },
    );
  }
  rowsQuery
    .orderBy(`${alias}.${sort.column}`, direction)
    .addOrderBy(`${alias}.id`, direction)
    .limit(first + 1);
  const properties = narrow?.projection.covers(narrow.fields) ? narrow.projection.properties : undefined;
  const rows = await plainRows<E, { total_count: string }>(
    rowsQuery,
    entity,
    { total_count: `(${count.getQuery()})` },
    properties,
  );
  // No row, no total beside it: before any cursor there is nothing, past the last page it is counted on its own.
  const totalCount = rows.length > 0 ? Number(rows[0].total_count) : page.after ? await query.clone().getCount() : 0;
  const edges = rows.slice(0, first).map(({ total_count: _, ...row }) => {
    const node = row as unknown as E;
    return { node, cursor: encodeCursor(sort.valueOf(node), node.id) };
  });
  return {
    edges,
    totalCount,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

function encodeCursor(value: string, id: string): string {
  return encodeKeysetCursor([value, id]);
}

function decodeCursor(cursor: string): [string, string] {
  return decodeKeysetCursor(cursor, 1) as [string, string];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A cursor for lists paged by hand-written SQL: the sort values of the last row shown, then its id (the tie
 * breaker). Opaque to clients.
 */
export function encodeKeysetCursor(values: readonly string[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** The sort values (`sortValues` of them) and the id a cursor holds; BAD_USER_INPUT on `after` for anything else. */
export function decodeKeysetCursor(cursor: string, sortValues: number): string[] {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(decoded) &&
      decoded.length === sortValues + 1 &&
      decoded.every((value) => typeof value === 'string') &&
      UUID.test(String(decoded[sortValues]))
    ) {
      return decoded as string[];
    }
  } catch {
    // fall through to the input error below
  }
  throw DomainError.badInput([{ field: 'after', message: 'is not a cursor returned by this list' }]);
}

/**
 * A connection from a page read with one row more than shown (`first + 1`, which says whether there is a next
 * page) and the total, each row's cursor made of `keyOf(row)`.
 */
export function keysetConnection<T>(
  rows: readonly T[],
  first: number,
  totalCount: number,
  keyOf: (row: T) => readonly string[],
): ConnectionShape<T> {
  const edges = rows.slice(0, first).map((node) => ({ node, cursor: encodeKeysetCursor(keyOf(node)) }));
  return {
    edges,
    totalCount,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
