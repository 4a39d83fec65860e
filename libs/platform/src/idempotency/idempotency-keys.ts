import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor } from '../auth/actor';
import { Transactions } from '../database/transactions';
import { DomainError } from '../errors/domain-error';

/** How long a key answers a retry with its first result. */
const KEPT_HOURS = 24;
const KEY = /^[A-Za-z0-9_-]{8,100}$/;
const FIELD = 'idempotencyKey';

/** The optional `idempotencyKey` argument of a create mutation. */
export const IDEMPOTENCY_KEY_ARG = {
  type: () => String,
  nullable: true,
  description:
    'Optional, per user: a retry with the same key (e.g. after a timeout) returns what the first request made and ' +
    'writes nothing. 8-100 letters, digits, - or _; kept 24 hours. Make one per form submit.',
} as const;

/** Thrown inside a create's transaction when a concurrent request with the same key committed first. */
class IdempotentReplay extends Error {
  constructor(readonly recordId: string) {
    super('idempotent replay');
  }
}

/**
 * Idempotency keys of create mutations, per user (a client makes one per form submit and sends it again on a
 * retry). A create (`createOnce`) looks its key up first (a retry gets the record the first request made) and
 * claims it in its own transaction, so the record and its key commit together: a retry racing the first request
 * waits for it and then finds its record (IdempotentReplay); a key used for another operation is BAD_USER_INPUT.
 */
@Injectable()
export class IdempotencyKeys {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
  ) {}

  /** The record an earlier request with this key made, if any (undefined without a key). */
  private async previous(actor: Actor, key: string | undefined, operation: string): Promise<string | undefined> {
    if (key === undefined) return undefined;
    assertKey(key);
    const [row]: { record_id: string; operation: string }[] = await this.dataSource.query(
      `SELECT record_id, operation FROM idempotency_key
        WHERE user_id = $1 AND key = $2 AND created_at > now() - $3 * interval '1 hour'`,
      [actor.userId, key, KEPT_HOURS],
    );
    return row ? sameOperation(row, operation) : undefined;
  }

  /** Records that this key made `recordId`, in the create's transaction; a concurrent first request wins. */
  private async claim(actor: Actor, key: string | undefined, operation: string, recordId: string): Promise<void> {
    if (key === undefined) return;
    assertKey(key);
    // An expired key is taken over; a live one (committed by a concurrent request, which this waits for) is not.
    const manager = this.transactions.tx;
    const claimed: unknown[] = await manager.query(
      `INSERT INTO idempotency_key (user_id, key, operation, record_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id, key) DO UPDATE SET operation = excluded.operation, record_id = excluded.record_id,
                                                created_at = now()
        WHERE idempotency_key.created_at <= now() - $5 * interval '1 hour'
       RETURNING 1`,
      [actor.userId, key, operation, recordId, KEPT_HOURS],
    );
    if (claimed.length > 0) return;
    const [row]: { record_id: string; operation: string }[] = await manager.query(
      'SELECT record_id, operation FROM idempotency_key WHERE user_id = $1 AND key = $2',
      [actor.userId, key],
    );
    throw new IdempotentReplay(sameOperation(row, operation));
  }

  /**
   * A create made once per key: a retry gets `load` of what the first request made; otherwise `create` runs in a
   * transaction (which everything it calls joins) that claims the key too and returns the new record's id.
   * Without a key, a plain create in a transaction.
   */
  async createOnce<T>(
    actor: Actor,
    key: string | undefined,
    operation: string,
    create: () => Promise<string>,
    load: (recordId: string) => Promise<T>,
  ): Promise<T> {
    const made = await this.previous(actor, key, operation);
    if (made) return load(made);
    try {
      const recordId = await this.transactions.withTransaction(async () => {
        const id = await create();
        await this.claim(actor, key, operation, id);
        return id;
      });
      return await load(recordId);
    } catch (error) {
      if (error instanceof IdempotentReplay) return load(error.recordId);
      throw error;
    }
  }

  /** Keys past their time; run daily (PurgeIdempotencyKeysJob). */
  async purgeExpired(): Promise<number> {
    const [, deleted]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM idempotency_key WHERE created_at <= now() - $1 * interval '1 hour'`,
      [KEPT_HOURS],
    );
    return deleted;
  }
}

function assertKey(key: string): void {
  if (!KEY.test(key)) {
    throw DomainError.badInput([{ field: FIELD, message: 'must be 8 to 100 letters, digits, - or _ (e.g. a UUID)' }]);
  }
}

function sameOperation(row: { record_id: string; operation: string }, operation: string): string {
  if (row.operation !== operation) {
    throw DomainError.badInput([{ field: FIELD, message: `was used for ${row.operation}; send a new key` }]);
  }
  return row.record_id;
}
