import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { MixedList } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { AfterCommitSubscriber } from './after-commit';
import { dataSourceOptions } from './data-source-options';
import { TransactionDeadlineSubscriber } from './request-deadline';
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
      ],
      providers: [
        { provide: DATABASE_URL, useValue: url },
        AfterCommitSubscriber,
        TransactionDeadlineSubscriber,
        IdempotencyKeys,
      ],
      exports: [DATABASE_URL, IdempotencyKeys],
    };
  }
}
