import { DataSource } from 'typeorm';

export type RunKind = 'VACANCY' | 'PROFILE';

/**
 * Every matching job leaves a run row: RUNNING while it works, COMPLETED with its counts, RETRYING after a
 * failed attempt and FAILED (with the error) when it has failed for good, so nothing is silently lost.
 */
/** `candidates` counts the profiles scored (a vacancy run) or the vacancies re-matched (a profile run). */
export async function withMatchingRun<T extends { candidates?: number; suggestions?: number; vacancies?: number }>(
  dataSource: DataSource,
  run: { jobId: string; kind: RunKind; vacancyId?: string; profileId?: string; finalAttempt: boolean },
  work: () => Promise<T>,
): Promise<T> {
  await dataSource.query(
    `INSERT INTO matching_run (job_id, kind, vacancy_id, profile_id, status, attempts)
     VALUES ($1, $2, $3, $4, 'RUNNING', 1)
     ON CONFLICT (job_id) DO UPDATE SET status = 'RUNNING', attempts = matching_run.attempts + 1,
                                        started_at = now(), finished_at = NULL`,
    [run.jobId, run.kind, run.vacancyId ?? null, run.profileId ?? null],
  );
  try {
    const result = await work();
    await dataSource.query(
      `UPDATE matching_run SET status = 'COMPLETED', candidates = $2, suggestions = $3, error = NULL, finished_at = now()
        WHERE job_id = $1`,
      [run.jobId, result.candidates ?? result.vacancies ?? null, result.suggestions ?? null],
    );
    return result;
  } catch (error) {
    // Our own errors and driver messages; the driver's detail (which can quote values) is not kept.
    const message = error instanceof Error ? error.message.slice(0, 500) : 'unknown error';
    await dataSource.query(`UPDATE matching_run SET status = $2, error = $3, finished_at = now() WHERE job_id = $1`, [
      run.jobId,
      run.finalAttempt ? 'FAILED' : 'RETRYING',
      message,
    ]);
    throw error;
  }
}

/**
 * The queue gave the run's job up for good (also when it stalled past the limit, so `withMatchingRun` never got to
 * record it): an unfinished run becomes FAILED with the reason, never RUNNING forever.
 */
export async function markRunFailed(dataSource: DataSource, jobId: string, reason: string): Promise<void> {
  await dataSource.query(
    `UPDATE matching_run SET status = 'FAILED', error = $2, finished_at = now()
      WHERE job_id = $1 AND status IN ('RUNNING', 'RETRYING')`,
    [jobId, reason],
  );
}
