import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AsyncLocalStorage } from 'node:async_hooks';
import type {
  DataSource,
  EntitySubscriberInterface,
  QueryRunner,
  TransactionCommitEvent,
  TransactionRollbackEvent,
  TransactionStartEvent,
} from 'typeorm';
import { DomainError } from '../errors/domain-error';

const deadlines = new AsyncLocalStorage<number>();

/** Runs the rest of a request with its deadline (epoch ms): no write of it starts or commits after that. */
export function runWithDeadline<T>(deadlineAt: number, work: () => T): T {
  return deadlines.run(deadlineAt, work);
}

export function currentDeadline(): number | undefined {
  return deadlines.getStore();
}

/** PostgreSQL cancelled a statement at its statement_timeout: here, the request's deadline. */
export function isStatementTimeout(error: unknown): boolean {
  // TypeORM wraps the driver's error; either carries the SQLSTATE.
  for (const candidate of [error, (error as { driverError?: unknown } | undefined)?.driverError]) {
    const { code, message } = (candidate ?? {}) as { code?: unknown; message?: unknown };
    if (code === '57014' && typeof message === 'string' && message.includes('statement timeout')) return true;
  }
  return false;
}

/**
 * A request's transaction ends by its deadline, so a client that gave up never finds its write committed later:
 * the transaction's statements are cancelled past it (`statement_timeout`), and the server ends the session itself
 * when the link goes silent past it (`idle_in_transaction_session_timeout`: a COMMIT that arrives late finds no
 * transaction). A transaction that would start after the deadline does not start. Background jobs have none.
 */
@Injectable()
export class TransactionDeadlineSubscriber implements EntitySubscriberInterface {
  /** Connections whose transaction already has the deadline: a savepoint started within it is not a new one. */
  private readonly limited = new WeakSet<QueryRunner>();

  constructor(@InjectDataSource() dataSource: DataSource) {
    dataSource.subscribers.push(this);
  }

  async afterTransactionStart({ queryRunner }: TransactionStartEvent): Promise<void> {
    const deadline = currentDeadline();
    if (deadline === undefined || this.limited.has(queryRunner)) return;
    const left = Math.ceil(deadline - Date.now());
    if (left <= 0) throw DomainError.unavailable('The request took too long; nothing was saved. Try again.');
    this.limited.add(queryRunner);
    await queryRunner.query(
      `SELECT set_config('statement_timeout', $1, true), set_config('idle_in_transaction_session_timeout', $1, true)`,
      [String(left)],
    );
  }

  afterTransactionCommit({ queryRunner }: TransactionCommitEvent): void {
    if (!queryRunner.isTransactionActive) this.limited.delete(queryRunner);
  }

  afterTransactionRollback({ queryRunner }: TransactionRollbackEvent): void {
    if (!queryRunner.isTransactionActive) this.limited.delete(queryRunner);
  }
}
