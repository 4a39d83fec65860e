import type { ObjectLiteral, Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { DomainError } from '../errors/domain-error';

/**
 * Optimistic concurrency in one statement: the row changes only if it still has the version the client
 * read; otherwise CONFLICT carries the current version and nothing is overwritten.
 */
export async function versionedUpdate<E extends ObjectLiteral & { id: string; version: number }>(
  repository: Repository<E>,
  what: string,
  id: string,
  expectedVersion: number,
  changes: QueryDeepPartialEntity<E>,
): Promise<E> {
  const result = await repository
    .createQueryBuilder()
    .update()
    .set({ ...changes, version: () => 'version + 1' } as QueryDeepPartialEntity<E>)
    .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
    .execute();
  const current = await repository.findOneBy({ id } as never);
  if (!current) throw DomainError.notFound(what);
  if (!result.affected) {
    throw DomainError.conflict(`${what} was changed by someone else; reload and try again`, {
      currentVersion: current.version,
    });
  }
  return current;
}
