import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import type { MixedList } from 'typeorm';
import { AuthModule } from './auth/auth.module';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { GraphQLPassThroughFilter } from './errors/graphql-exception.filter';
import { InputValidationPipe } from './errors/input-validation.pipe';
import { LoggingModule } from './logging/logging.module';
import { MetricsModule } from './metrics/metrics.module';
import { QueueModule } from './queue/queue.module';

export interface PlatformOptions {
  config: AppConfig;
  databaseUrl: string;
  migrations: MixedList<Function>;
  /** Run the queue workers in this process. */
  workers: boolean;
}

/** Configuration, logging, metrics, database, queue and token verification: what every app of wsp-crm stands on. */
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        ConfigModule.forRoot(options.config),
        LoggingModule.forRoot(options.config),
        DatabaseModule.forRoot({ config: options.config, url: options.databaseUrl, migrations: options.migrations }),
        QueueModule.forRoot({ config: options.config, databaseUrl: options.databaseUrl, workers: options.workers }),
        AuthModule,
        MetricsModule,
      ],
      providers: [
        { provide: APP_PIPE, useClass: InputValidationPipe },
        { provide: APP_FILTER, useClass: GraphQLPassThroughFilter },
      ],
    };
  }
}
