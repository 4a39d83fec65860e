import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isUndefinedTable } from '../database/pg-errors';

/** Whether the database holds the schema this build expects. */
export type SchemaState =
  | { current: true }
  | { current: false; reason: 'NO_SCHEMA' }
  | { current: false; reason: 'PENDING'; pending: string[] };

/** Reads which of this build's migrations the database has applied (TypeORM's `migrations` table). */
@Injectable()
export class SchemaStateRepository {
  /** Once every migration is in, it stays in: later probes need not ask again. */
  private confirmed = false;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async state(): Promise<SchemaState> {
    if (this.confirmed) return { current: true };
    let applied: { name: string }[];
    try {
      applied = await this.dataSource.query('SELECT name FROM migrations');
    } catch (error) {
      if (isUndefinedTable(error)) return { current: false, reason: 'NO_SCHEMA' };
      throw error;
    }
    const names = new Set(applied.map((row) => row.name));
    const pending = this.dataSource.migrations.map((m) => m.name!).filter((name) => !names.has(name));
    if (pending.length > 0) return { current: false, reason: 'PENDING', pending };
    this.confirmed = true;
    return { current: true };
  }
}
