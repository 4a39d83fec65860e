import { DynamicModule, Global, Module } from '@nestjs/common';
import { ClsPluginTransactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { TypeOrmModule, getDataSourceToken } from '@nestjs/typeorm';
import { ClsModule } from 'nestjs-cls';
import type { MixedList } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { AfterCommit, AfterCommitSubscriber } from './after-commit';
import { AuditTrail } from '../audit/audit-log';
import { Outbox } from '../queue/outbox';
import { dataSourceOptions } from './data-source-options';
import { TransactionDeadlineSubscriber } from './request-deadline';
import { Transactions } from './transactions';
import { IdempotencyKeys } from '../idempotency/idempotency-keys';

/** Injection token of the database URL in use: DATABASE_URL or the embedded server's. */
export const DATABASE_URL = Symbol('DATABASE_URL');

export interface DatabaseModuleOptions {
  config: AppConfig;
  url: string;
  migrations: MixedList<Function>;
}

@Global()
@Module({})
export class DatabaseModule {
  static forRoot({ config, url, migrations }: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions(config, url, migrations),
          autoLoadEntities: true,
          retryAttempts: 0,
        }),
        ClsModule.forRoot({
          global: true,
          plugins: [
            new ClsPluginTransactional({
              adapter: new TransactionalAdapterTypeOrm({ dataSourceToken: getDataSourceToken() }),
            }),
          ],
        }),
      ],
      providers: [
        { provide: DATABASE_URL, useValue: url },
        AfterCommitSubscriber,
        TransactionDeadlineSubscriber,
        IdempotencyKeys,
        { provide: Transactions, useExisting: TransactionHost },
        // The writes and effects that join the caller's transaction.
        AfterCommit,
        AuditTrail,
        Outbox,
      ],
      exports: [DATABASE_URL, IdempotencyKeys, Transactions, AfterCommit, AuditTrail, Outbox],
    };
  }
}
