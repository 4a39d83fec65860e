import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  DataSource,
  EntitySubscriberInterface,
  QueryRunner,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';
import { Transactions } from './transactions';

const pending = new WeakMap<QueryRunner, (() => void)[]>();
const logger = new Logger('AfterCommit');

/**
 * Runs a callback once the current transaction has committed (at once outside a transaction), and never when it
 * rolls back: for effects others must not see before the change is real, such as live events. A callback's
 * failure is logged, never thrown into the committed request.
 */
@Injectable()
export class AfterCommit {
  constructor(private readonly transactions: Transactions) {}

  schedule(callback: () => void | Promise<void>): void {
    const runner = this.transactions.tx.queryRunner;
    if (!runner?.isTransactionActive) {
      run(callback);
      return;
    }
    const callbacks = pending.get(runner) ?? [];
    callbacks.push(callback);
    pending.set(runner, callbacks);
  }
}

function run(callback: () => void | Promise<void>): void {
  try {
    void Promise.resolve(callback()).catch((error: unknown) => logFailure(error));
  } catch (error) {
    logFailure(error);
  }
}

function logFailure(error: unknown): void {
  logger.warn({ error: error instanceof Error ? error.message : String(error) }, 'after-commit callback failed');
}

/** Hears TypeORM's transaction events; a released savepoint is not a commit, so only the outermost one counts. */
@Injectable()
export class AfterCommitSubscriber implements EntitySubscriberInterface {
  constructor(@InjectDataSource() dataSource: DataSource) {
    dataSource.subscribers.push(this);
  }

  afterTransactionCommit({ queryRunner }: TransactionCommitEvent): void {
    if (queryRunner.isTransactionActive) return;
    const callbacks = pending.get(queryRunner);
    pending.delete(queryRunner);
    callbacks?.forEach(run);
  }

  afterTransactionRollback({ queryRunner }: TransactionRollbackEvent): void {
    if (!queryRunner.isTransactionActive) pending.delete(queryRunner);
  }
}
