import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { DataSource } from 'typeorm';

export { Propagation } from '@nestjs-cls/transactional';

/**
 * The transaction of the current call chain (`tx`: its EntityManager, or the pool's outside one), carried by
 * `@nestjs-cls/transactional`. Repositories read `tx`; services open a transaction with `withTransaction`, and
 * everything called inside joins it. A named type for the library's `TransactionHost` with our adapter, so a
 * constructor can ask for it by class (a type alias would reach Nest's injector as `Object`).
 */
export abstract class Transactions extends TransactionHost<TransactionalAdapterTypeOrm> {}

/**
 * Transactions over a DataSource outside Nest's injector (the CLI's commands, the benchmarks), built as the plugin
 * builds them for the application.
 */
export function transactionsOver(dataSource: DataSource): Transactions {
  const adapter = new TransactionalAdapterTypeOrm({ dataSourceToken: DataSource });
  return new TransactionHost<TransactionalAdapterTypeOrm>({
    ...adapter.optionsFactory(dataSource),
    connectionName: undefined,
    enableTransactionProxy: false,
    defaultTxOptions: {},
    extraProviderTokens: [],
  }) as Transactions;
}
