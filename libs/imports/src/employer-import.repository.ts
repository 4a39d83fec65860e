import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ImportKind, RowProblem } from './import-columns';

/** An import as its job reads it. */
export interface ImportRunRow {
  id: string;
  kind: ImportKind;
  file_name: string;
  /** The uploaded file; NULL once its import finished, so no file of an organisation's clients stays behind. */
  content: Buffer | null;
  region_code: string;
  organisation_id: string;
  created_by: string;
  status: string;
}

export interface ImportProgress {
  done: number;
  changed: number;
  /** Refused rows (a row may have several problems). */
  failed: number;
  /** Line, column and reason only, never a cell's value. */
  errors: RowProblem[];
  /** Rows taken with a change (line, column and what was done). */
  warnings: RowProblem[];
}

/**
 * The import job's reads and writes of `employer_import`. Every way an import ends (completed, refused as a file,
 * failed for good) drops the uploaded file in the same statement.
 */
@Injectable()
export class EmployerImportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A new upload, in the caller's transaction (its job goes in the outbox beside it). */
  async insert(
    manager: EntityManager,
    row: {
      organisationId: string;
      regionCode: string;
      kind: ImportKind;
      fileName: string;
      content: Buffer;
      checksum: string;
      createdBy: string;
    },
  ): Promise<string> {
    const [inserted]: { id: string }[] = await manager.query(
      `INSERT INTO employer_import (organisation_id, region_code, kind, file_name, content, checksum, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [row.organisationId, row.regionCode, row.kind, row.fileName, row.content, row.checksum, row.createdBy],
    );
    return inserted.id;
  }

  async findForRun(id: string): Promise<ImportRunRow | undefined> {
    const [row]: ImportRunRow[] = await this.dataSource.query('SELECT * FROM employer_import WHERE id = $1', [id]);
    return row;
  }

  async markRunning(id: string, rowsTotal: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE employer_import SET status = 'RUNNING', rows_total = $2, rows_done = 0, rows_changed = 0, rows_failed = 0,
              errors = '[]', warnings = '[]'
        WHERE id = $1`,
      [id, rowsTotal],
    );
  }

  async recordProgress(id: string, progress: ImportProgress): Promise<void> {
    await this.dataSource.query(
      `UPDATE employer_import SET rows_done = $2, rows_changed = $3, rows_failed = $4, errors = $5::jsonb,
              warnings = $6::jsonb
        WHERE id = $1`,
      progressParameters(id, progress),
    );
  }

  async markCompleted(id: string, progress: ImportProgress, manager = this.dataSource.manager): Promise<void> {
    await manager.query(
      `UPDATE employer_import SET rows_done = $2, rows_changed = $3, rows_failed = $4, errors = $5::jsonb,
              warnings = $6::jsonb, status = 'COMPLETED', finished_at = now(), content = NULL
        WHERE id = $1`,
      progressParameters(id, progress),
    );
  }

  /** The file was refused as a whole (not a CSV, a required column missing): `failure` names why, never a value. */
  async markFailed(id: string, failure: string, manager = this.dataSource.manager): Promise<void> {
    await manager.query(
      "UPDATE employer_import SET status = 'FAILED', failure = $2, finished_at = now(), content = NULL WHERE id = $1",
      [id, failure],
    );
  }

  /** The queue's last attempt failed: an import still open ends as FAILED. */
  async markStoppedForGood(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE employer_import SET status = 'FAILED', failure = 'the import stopped unexpectedly; try again',
              finished_at = now(), content = NULL
        WHERE id = $1 AND status IN ('QUEUED', 'RUNNING')`,
      [id],
    );
  }
}

/** `$1` the import, `$2`-`$6` its progress: the parameters of both progress updates. */
function progressParameters(id: string, progress: ImportProgress): unknown[] {
  return [
    id,
    progress.done,
    progress.changed,
    progress.failed,
    JSON.stringify(progress.errors),
    JSON.stringify(progress.warnings),
  ];
}
