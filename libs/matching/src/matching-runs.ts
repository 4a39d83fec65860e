import { MatchingRunRepository, RunKind } from './matching-run.repository';

/**
 * Every matching job leaves a run row: RUNNING while it works, COMPLETED with its counts, RETRYING after a
 * failed attempt and FAILED (with the error) when it has failed for good, so nothing is silently lost.
 * `candidates` counts the profiles scored (a vacancy run) or the vacancies re-matched (a profile run).
 */
export async function withMatchingRun<T extends { candidates?: number; suggestions?: number; vacancies?: number }>(
  runs: MatchingRunRepository,
  run: { jobId: string; kind: RunKind; vacancyId?: string; profileId?: string; finalAttempt: boolean },
  work: () => Promise<T>,
): Promise<T> {
  await runs.start(run);
  try {
    const result = await work();
    await runs.complete(run.jobId, {
      candidates: result.candidates ?? result.vacancies ?? null,
      suggestions: result.suggestions ?? null,
    });
    return result;
  } catch (error) {
    // Our own errors and driver messages; the driver's detail (which can quote values) is not kept.
    const message = error instanceof Error ? error.message.slice(0, 500) : 'unknown error';
    await runs.endAttempt(run.jobId, run.finalAttempt ? 'FAILED' : 'RETRYING', message);
    throw error;
  }
}
