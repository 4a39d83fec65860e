import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The W3C traceparent of the request that recorded an outbox row (when tracing is on), so the job it becomes
 * continues that request's trace. Ids of a trace and a span only: nothing about the data.
 */
export class OutboxTraceParent1763900000012 implements MigrationInterface {
  name = 'OutboxTraceParent1763900000012';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE outbox ADD COLUMN trace_parent text
        CHECK (trace_parent ~ '^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE outbox DROP COLUMN trace_parent`);
  }
}
