import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { HandlesJob, JobContext, JobHandler, JobName, JobPayloads, JobResults } from '@wsp/platform';
import { DataSource } from 'typeorm';
import { CsvFormatError, readCsv } from './csv-reader';
import { ImportKind, parseRow, REQUIRED_COLUMNS, RowProblem } from './import-columns';
import { applyRow, ImportContext, RowError } from './import-rows';

/** Progress is written every this many rows, so a client polling the import sees it move. */
const PROGRESS_EVERY = 100;
const MAX_STORED_ERRORS = 1000;

interface ImportRow {
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

/**
 * Runs an import: every row in its own transaction (a row is applied whole or not at all), problems
 * recorded by line and column (never the cell's value), progress written as it goes.
 */
@Injectable()
@HandlesJob(JobName.EMPLOYER_IMPORT)
export class EmployerImportJob implements JobHandler<JobName.EMPLOYER_IMPORT> {
  private readonly logger = new Logger(EmployerImportJob.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async handle(
    { importId }: JobPayloads[JobName.EMPLOYER_IMPORT],
    { finalAttempt }: JobContext,
  ): Promise<JobResults[JobName.EMPLOYER_IMPORT]> {
    try {
      return await this.run(importId);
    } catch (error) {
      // The last attempt failed: the import is over, and its file goes like that of any finished import.
      if (finalAttempt) {
        await this.dataSource.query(
          `UPDATE employer_import SET status = 'FAILED', failure = 'the import stopped unexpectedly; try again',
                  finished_at = now(), content = NULL
            WHERE id = $1 AND status IN ('QUEUED', 'RUNNING')`,
          [importId],
        );
      }
      throw error;
    }
  }

  private async run(importId: string): Promise<JobResults[JobName.EMPLOYER_IMPORT]> {
    const [job]: ImportRow[] = await this.dataSource.query('SELECT * FROM employer_import WHERE id = $1', [importId]);
    if (!job || job.status === 'COMPLETED' || job.status === 'FAILED' || !job.content) {
      return { status: 'COMPLETED', rowsDone: 0 };
    }
    const content = job.content;
    const context: ImportContext = {
      importId,
      regionCode: job.region_code,
      organisationId: job.organisation_id,
      userId: job.created_by,
      fileName: job.file_name,
    };
    let file;
    try {
      file = readCsv(content);
      const missing = REQUIRED_COLUMNS[job.kind].filter((column) => !file!.columns.includes(column));
      if (missing.length > 0) throw new CsvFormatError(`missing column(s): ${missing.join(', ')}`);
    } catch (error) {
      if (!(error instanceof CsvFormatError)) throw error;
      await this.dataSource.query(
        "UPDATE employer_import SET status = 'FAILED', failure = $2, finished_at = now(), content = NULL WHERE id = $1",
        [importId, error.message],
      );
      return { status: 'FAILED', rowsDone: 0 };
    }
    await this.dataSource.query(
      "UPDATE employer_import SET status = 'RUNNING', rows_total = $2, rows_done = 0, rows_changed = 0, rows_failed = 0, errors = '[]' WHERE id = $1",
      [importId, file.rows.length],
    );
    const errors: RowProblem[] = [];
    let changed = 0;
    let done = 0;
    for (const { line, values } of file.rows) {
      const parsed = parseRow(job.kind, line, values);
      if (Array.isArray(parsed)) {
        errors.push(...parsed);
      } else {
        try {
          const outcome = await this.dataSource.transaction((manager) => applyRow(manager, context, job.kind, parsed));
          if (outcome !== 'UNCHANGED') changed += 1;
        } catch (error) {
          if (!(error instanceof RowError)) throw error;
          errors.push({ line, column: error.column, message: error.message });
        }
      }
      done += 1;
      if (done % PROGRESS_EVERY === 0) await this.progress(importId, done, changed, errors);
    }
    await this.progress(importId, done, changed, errors, true);
    this.logger.log({ importId, rows: done, changed, failed: new Set(errors.map((e) => e.line)).size }, 'import done');
    return { status: 'COMPLETED', rowsDone: done };
  }

  private async progress(importId: string, done: number, changed: number, errors: RowProblem[], finished = false) {
    await this.dataSource.query(
      `UPDATE employer_import SET rows_done = $2, rows_changed = $3, rows_failed = $4, errors = $5::jsonb
              ${finished ? ", status = 'COMPLETED', finished_at = now(), content = NULL" : ''}
        WHERE id = $1`,
      [
        importId,
        done,
        changed,
        new Set(errors.map((e) => e.line)).size,
        JSON.stringify(errors.slice(0, MAX_STORED_ERRORS)),
      ],
    );
  }
}
