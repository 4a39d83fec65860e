export * from './auth/actor';
export * from './auth/auth.guard';
export * from './auth/current-actor.decorator';
export * from './auth/dev-issuer';
export * from './auth/identity-providers';
export * from './auth/permissions.decorator';
export * from './auth/token-verifier';
export * from './config/app-config';
export * from './config/config.module';
export * from './database/create-database';
export * from './database/database.module';
export * from './database/after-commit';
export * from './database/changed-columns';
export * from './database/transactions';
export * from './database/request-deadline';
export * from './idempotency/idempotency-keys';
export * from './errors/domain-error';
export * from './errors/graphql-error-formatter';
export * from './graphql/graphql.module';
export * from './graphql/request-loader';
export * from './health/health.module';
export * from './pagination/connection';
export * from './platform.module';
export * from './queue/job-handler';
export * from './queue/job-failures';
export * from './queue/job-handler-registry';
export * from './queue/job-queue';
export * from './queue/jobs';
export * from './runtime/database-runtime';
export * from './database/versioned-update';
export * from './graphql/id-arg.decorator';
export * from './runtime/create-app';
export * from './database/data-source-options';
export * from './database/embedded-postgres';
export * from './errors/graphql-exception.filter';
export * from './database/versioned.entity';
export * from './runtime/run-main';
export * from './auth/region-access';
export * from './database/pg-errors';
export * from './database/plain-rows';
export * from './database/projection';
export * from './graphql/selected-fields';
export * from './database/relation-batch';
export * from './database/stream-rows';
export * from './graphql/versioned.input';
export * from './graphql/date-time.scalar';
export * from './privacy/pii-guard';
export * from './privacy/client-reference';
export * from './privacy/work-phone';
export * from './audit/audit-log';
export * from './audit/audit.module';
export * from './audit/audit.models';
export * from './queue/outbox';
export { LeasingWindowStorage, PostgresWindowCounter, RedisWindowCounter } from './rate-limit/rate-limit-storage';
export type {
  SharedCount,
  SharedHits,
  SharedWindowCounter,
  WindowCheck,
  WindowCount,
  WindowStorage,
} from './rate-limit/rate-limit-storage';
export * from './rate-limit/rate-limit.guard';
export * from './rate-limit/graphql-edge-rate-limit';
export * from './rate-limit/rate-limit.module';
export * from './metrics/app-metrics';
