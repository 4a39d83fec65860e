import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import {
  APP_CONFIG,
  AppConfig,
  AppMetrics,
  HandlesJob,
  JobHandler,
  JobName,
  JobQueue,
  JobResults,
} from '@wsp/platform';
import { Counter } from 'prom-client';
import { MatchingRunRepository, MatchingRunRow } from './matching-run.repository';

const SCHEDULER_ID = 'sweep-matching-runs';
const EVERY_MS = 60_000;
const BATCH = 100;
/** A run is looked at when unfinished this long at least, however short the lock. */
const MIN_AGE_MS = 60_000;
/** A run repaired this often (its job id carries one `-repair` per round) is left FAILED: something is wrong. */
const MAX_REPAIRS = 3;
/** States in which the queue will still run the job: its run only waits. */
const STILL_QUEUED = new Set(['waiting', 'delayed', 'prioritized', 'waiting-children']);

/**
 * The last line of defence against a matching run left RUNNING forever: the queue's failure events record what
 * it gives up (see JobFailures), but an event can be lost (the worker recording it died too). Every minute, runs
 * unfinished for longer than two lock durations (by then the stalled check has handed a dead worker's job on), and
 * at least a minute, are checked against their job: still active, it is left alone; queued again, the run shows RETRYING; gone, failed
 * or done without the run knowing, the run becomes FAILED with the reason and its matching runs again.
 */
@Injectable()
@HandlesJob(JobName.SWEEP_MATCHING_RUNS)
export class MatchingRunSweepJob implements JobHandler<JobName.SWEEP_MATCHING_RUNS>, OnApplicationBootstrap {
  private readonly logger = new Logger(MatchingRunSweepJob.name);
  private readonly repairedTotal: Counter<'kind'>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly runs: MatchingRunRepository,
    private readonly queue: JobQueue,
    metrics: AppMetrics,
  ) {
    this.repairedTotal = new Counter({
      name: 'wsp_matching_runs_repaired_total',
      help: 'Matching runs found unfinished after their job stopped, marked FAILED and run again, by kind',
      labelNames: ['kind'] as const,
      registers: [metrics.registry],
    });
  }

  onApplicationBootstrap(): void {
    this.queue.schedule(SCHEDULER_ID, { every: EVERY_MS }, JobName.SWEEP_MATCHING_RUNS, {});
  }

  async handle(): Promise<JobResults[JobName.SWEEP_MATCHING_RUNS]> {
    const overdue = await this.runs.unfinishedSince(Math.max(2 * this.config.queue.lockDurationMs, MIN_AGE_MS), BATCH);
    let repaired = 0;
    let waiting = 0;
    for (const run of overdue) {
      const job = jobOf(run);
      const state = await this.queue.stateOf(job.name, run.job_id);
      if (state === 'active') continue;
      if (STILL_QUEUED.has(state)) {
        await this.runs.markWaiting(run.job_id, 'interrupted; the job waits to run again');
        waiting++;
        continue;
      }
      if (await this.repair(run, job, state)) repaired++;
    }
    return { repaired, waiting };
  }

  /** The run again first, then the old run failed: a sweep interrupted between the two repeats both harmlessly. */
  private async repair(run: MatchingRunRow, job: RunJob, state: string): Promise<boolean> {
    const repairs = run.job_id.split('-repair').length - 1;
    const again = repairs < MAX_REPAIRS;
    if (again) await this.queue.enqueue(job.name, job.payload, { jobId: `${run.job_id}-repair` });
    const reason = `interrupted: the run's job is ${state} without having recorded its end`;
    if (!(await this.runs.markFailed(run.job_id, reason))) return false;
    this.repairedTotal.inc({ kind: run.kind });
    this.logger.error(
      { jobId: run.job_id, kind: run.kind, state, runAgain: again },
      again ? 'matching run left unfinished by its job; it runs again' : 'matching run left unfinished again; given up',
    );
    return true;
  }
}

type RunJob =
  | { name: JobName.MATCH_VACANCY; payload: { vacancyId: string } }
  | { name: JobName.MATCH_PROFILE; payload: { profileId: string } };

function jobOf(run: MatchingRunRow): RunJob {
  return run.kind === 'VACANCY'
    ? { name: JobName.MATCH_VACANCY, payload: { vacancyId: run.vacancy_id! } }
    : { name: JobName.MATCH_PROFILE, payload: { profileId: run.profile_id! } };
}
