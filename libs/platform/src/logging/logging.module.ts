import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';
import { rootLogger } from './root-logger';

/** Nest's logger on the process's pino logger; request logging itself is Fastify's (see createApp). */
@Module({})
export class LoggingModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: LoggingModule,
      imports: [LoggerModule.forRoot({ pinoHttp: { logger: rootLogger(config) }, useExisting: true })],
    };
  }
}
