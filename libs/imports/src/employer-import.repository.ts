import { Injectable } from '@nestjs/common';
import { Transactions } from '@wsp/platform';
import { EmployerImport } from './dto/import.models';
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

const SELECT_IMPORT = `
  SELECT id, kind, file_name AS "fileName", status, rows_total AS "rowsTotal", rows_done AS "rowsDone",
         rows_changed AS "rowsChanged", rows_failed AS "rowsFailed", errors, warnings, failure,
         created_at AS "createdAt", finished_at AS "finishedAt"
    FROM employer_import`;

/**
 * The import job's reads and writes of `employer_import`. Every way an import ends (completed, refused as a file,
 * failed for good) drops the uploaded file in the same statement.
 */
@Injectable()
export class EmployerImportRepository {
  constructor(private readonly transactions: Transactions) {}

  /** A new upload, in the current transaction (its job goes in the outbox beside it). */
  async insert(row: {
    organisationId: string;
    regionCode: string;
    kind: ImportKind;
    fileName: string;
    content: Buffer;
    checksum: string;
    createdBy: string;
  }): Promise<string> {
    const [inserted]: { id: string }[] = await this.transactions.tx.query(
      `INSERT INTO employer_import (organisation_id, region_code, kind, file_name, content, checksum, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [row.organisationId, row.regionCode, row.kind, row.fileName, row.content, row.checksum, row.createdBy],
    );
    return inserted.id;
  }

  /** An import of the organisation as the API shows it; undefined when unknown or another organisation's. */
  async ofOrganisation(id: string, organisationId: string): Promise<EmployerImport | undefined> {
    const [row]: EmployerImport[] = await this.transactions.tx.query(
      `${SELECT_IMPORT} WHERE id = $1 AND organisation_id = $2`,
      [id, organisationId],
    );
    return row;
  }

  /** The organisation's newest imports. */
  latestOf(organisationId: string, limit: number): Promise<EmployerImport[]> {
    return this.transactions.tx.query(`${SELECT_IMPORT} WHERE organisation_id = $1 ORDER BY created_at DESC LIMIT $2`, [
      organisationId,
      limit,
    ]);
  }

  async findForRun(id: string): Promise<ImportRunRow | undefined> {
    const [row]: ImportRunRow[] = await this.transactions.tx.query('SELECT * FROM employer_import WHERE id = $1', [id]);
    return row;
  }

  async markRunning(id: string, rowsTotal: number): Promise<void> {
    await this.transactions.tx.query(
      `UPDATE employer_import SET status = 'RUNNING', rows_total = $2, rows_done = 0, rows_changed = 0, rows_failed = 0,
              errors = '[]', warnings = '[]'
        WHERE id = $1`,
      [id, rowsTotal],
    );
  }

  async recordProgress(id: string, progress: ImportProgress): Promise<void> {
    await this.transactions.tx.query(
      `UPDATE employer_import SET rows_done = $2, rows_changed = $3, rows_failed = $4, errors = $5::jsonb,
              warnings = $6::jsonb
        WHERE id = $1`,
      progressParameters(id, progress),
    );
  }

  async markCompleted(id: string, progress: ImportProgress): Promise<void> {
    await this.transactions.tx.query(
      `UPDATE employer_import SET rows_done = $2, rows_changed = $3, rows_failed = $4, errors = $5::jsonb,
              warnings = $6::jsonb, status = 'COMPLETED', finished_at = now(), content = NULL
        WHERE id = $1`,
      progressParameters(id, progress),
    );
  }

  /** The file was refused as a whole (not a CSV, a required column missing): `failure` names why, never a value. */
  async markFailed(id: string, failure: string): Promise<void> {
    await this.transactions.tx.query(
      "UPDATE employer_import SET status = 'FAILED', failure = $2, finished_at = now(), content = NULL WHERE id = $1",
      [id, failure],
    );
  }

  /** The queue's last attempt failed: an import still open ends as FAILED. */
  async markStoppedForGood(id: string): Promise<void> {
    await this.transactions.tx.query(
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
