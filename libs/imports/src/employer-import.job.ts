import { Injectable, Logger } from '@nestjs/common';
import { HandlesJob, JobContext, JobHandler, JobName, JobPayloads, JobResults, Transactions } from '@wsp/platform';
import { ImportSource } from '@wsp/employers';
import { NotificationKind, NotificationService } from '@wsp/notifications';
import { CsvFormatError, readCsv } from './csv-reader';
import { EmployerImportRepository, ImportProgress } from './employer-import.repository';
import { parseRow, REQUIRED_COLUMNS, RowProblem } from './import-columns';
import { ImportRows, RowError } from './import-rows';

/** Progress is written every this many rows, so a client polling the import sees it move. */
const PROGRESS_EVERY = 100;
const MAX_STORED_ERRORS = 1000;

/**
 * Runs an import: every row in its own transaction (a row is applied whole or not at all), problems
 * recorded by line and column (never the cell's value), progress written as it goes.
 */
@Injectable()
@HandlesJob(JobName.EMPLOYER_IMPORT)
export class EmployerImportJob implements JobHandler<JobName.EMPLOYER_IMPORT> {
  private readonly logger = new Logger(EmployerImportJob.name);

  constructor(
    private readonly imports: EmployerImportRepository,
    private readonly transactions: Transactions,
    private readonly rows: ImportRows,
    private readonly notifications: NotificationService,
  ) {}

  async handle(
    { importId }: JobPayloads[JobName.EMPLOYER_IMPORT],
    { finalAttempt }: JobContext,
  ): Promise<JobResults[JobName.EMPLOYER_IMPORT]> {
    try {
      return await this.run(importId);
    } catch (error) {
      // The last attempt failed: the import is over, and its file goes like that of any finished import.
      if (finalAttempt) await this.imports.markStoppedForGood(importId);
      throw error;
    }
  }

  private async run(importId: string): Promise<JobResults[JobName.EMPLOYER_IMPORT]> {
    const job = await this.imports.findForRun(importId);
    if (!job || job.status === 'COMPLETED' || job.status === 'FAILED' || !job.content) {
      return { status: 'COMPLETED', rowsDone: 0 };
    }
    const content = job.content;
    const source: ImportSource = {
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
      await this.transactions.withTransaction(async () => {
        await this.imports.markFailed(importId, error.message);
        await this.notifyFinished(job.created_by, importId, `is geweigerd: ${error.message}`);
      });
      return { status: 'FAILED', rowsDone: 0 };
    }
    await this.imports.markRunning(importId, file.rows.length);
    const errors: RowProblem[] = [];
    const warnings: RowProblem[] = [];
    let changed = 0;
    let done = 0;
    for (const { line, values } of file.rows) {
      const parsed = parseRow(job.kind, line, values);
      if (Array.isArray(parsed)) {
        errors.push(...parsed);
      } else {
        try {
          const outcome = await this.transactions.withTransaction(() => this.rows.apply(source, job.kind, parsed));
          if (outcome !== 'UNCHANGED') changed += 1;
          warnings.push(...parsed.warnings);
        } catch (error) {
          if (!(error instanceof RowError)) throw error;
          errors.push({ line, column: error.column, message: error.message });
        }
      }
      done += 1;
      if (done % PROGRESS_EVERY === 0)
        await this.imports.recordProgress(importId, progress(done, changed, errors, warnings));
    }
    const result = progress(done, changed, errors, warnings);
    await this.transactions.withTransaction(async () => {
      await this.imports.markCompleted(importId, result);
      await this.notifyFinished(
        job.created_by,
        importId,
        `is klaar: ${result.done} rijen gelezen, ${result.changed} verwerkt, ${result.failed} geweigerd.`,
      );
    });
    this.logger.log({ importId, rows: done, changed, failed: new Set(errors.map((e) => e.line)).size }, 'import done');
    return { status: 'COMPLETED', rowsDone: done };
  }

  /** To the uploader, without the file's name (it may say anything): when, and what became of the rows. */
  private notifyFinished(userId: string, importId: string, outcome: string): Promise<boolean> {
    return this.notifications.notify({
      userId,
      kind: NotificationKind.IMPORT_FINISHED,
      message: `Je import ${outcome}`,
      entityType: 'EMPLOYER_IMPORT',
      entityId: importId,
      path: '/beheer/imports',
      dedupeKey: `import-finished-${importId}`,
    });
  }
}

function progress(done: number, changed: number, errors: RowProblem[], warnings: RowProblem[]): ImportProgress {
  return {
    done,
    changed,
    failed: new Set(errors.map((e) => e.line)).size,
    errors: errors.slice(0, MAX_STORED_ERRORS),
    warnings: warnings.slice(0, MAX_STORED_ERRORS),
  };
}
