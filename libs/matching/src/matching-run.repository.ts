import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export type RunKind = 'VACANCY' | 'PROFILE';
export type RunStatus = 'RUNNING' | 'RETRYING' | 'COMPLETED' | 'FAILED';

export interface MatchingRunRow {
  id: string;
  job_id: string;
  kind: RunKind;
  vacancy_id: string | null;
  profile_id: string | null;
  status: RunStatus;
  attempts: number;
  candidates: number | null;
  suggestions: number | null;
  error: string | null;
  started_at: Date;
  finished_at: Date | null;
}

/** The `matching_run` table: one row per matching job, by its job id. */
@Injectable()
export class MatchingRunRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A first attempt inserts the run; a later attempt of the same job starts it again. */
  async start(run: { jobId: string; kind: RunKind; vacancyId?: string; profileId?: string }): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO matching_run (job_id, kind, vacancy_id, profile_id, status, attempts)
       VALUES ($1, $2, $3, $4, 'RUNNING', 1)
       ON CONFLICT (job_id) DO UPDATE SET status = 'RUNNING', attempts = matching_run.attempts + 1,
                                          started_at = now(), finished_at = NULL`,
      [run.jobId, run.kind, run.vacancyId ?? null, run.profileId ?? null],
    );
  }

  async complete(jobId: string, counts: { candidates: number | null; suggestions: number | null }): Promise<void> {
    await this.dataSource.query(
      `UPDATE matching_run SET status = 'COMPLETED', candidates = $2, suggestions = $3, error = NULL, finished_at = now()
        WHERE job_id = $1`,
      [jobId, counts.candidates, counts.suggestions],
    );
  }

  /** An attempt failed: RETRYING while the queue will try again, FAILED after the last attempt. */
  async endAttempt(jobId: string, status: 'RETRYING' | 'FAILED', error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE matching_run SET status = $2, error = $3, finished_at = now() WHERE job_id = $1`,
      [jobId, status, error],
    );
  }

  /** An unfinished run becomes FAILED with the reason; a finished one stays as it is. Returns whether it changed. */
  async markFailed(jobId: string, reason: string): Promise<boolean> {
    const [, changed]: [unknown, number] = await this.dataSource.query(
      `UPDATE matching_run SET status = 'FAILED', error = $2, finished_at = now()
        WHERE job_id = $1 AND status IN ('RUNNING', 'RETRYING')`,
      [jobId, reason],
    );
    return changed > 0;
  }

  /** A RUNNING run whose job waits to run again (its worker died): RETRYING until the job starts it again. */
  async markWaiting(jobId: string, reason: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE matching_run SET status = 'RETRYING', error = $2 WHERE job_id = $1 AND status = 'RUNNING'`,
      [jobId, reason],
    );
  }

  /** Unfinished runs (RUNNING or RETRYING) started more than `olderThanMs` ago, oldest first. */
  unfinishedSince(olderThanMs: number, limit: number): Promise<MatchingRunRow[]> {
    return this.dataSource.query(
      `SELECT * FROM matching_run
        WHERE status IN ('RUNNING', 'RETRYING') AND started_at < now() - $1 * interval '1 millisecond'
        ORDER BY started_at LIMIT $2`,
      [olderThanMs, limit],
    );
  }

  forVacancy(vacancyId: string, first: number): Promise<MatchingRunRow[]> {
    return this.dataSource.query(
      `SELECT * FROM matching_run WHERE vacancy_id = $1 ORDER BY started_at DESC, id LIMIT $2`,
      [vacancyId, first],
    );
  }
}
