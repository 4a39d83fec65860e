import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { streamRows } from '@wsp/platform';
import { DataSource } from 'typeorm';
import { CandidateIndex } from './candidate-index';
import { FactValues, parseMatchFacts } from './matching-data';

/**
 * Removed profiles are recorded for a day (migration 1763900000014); a copy not brought up to date for half
 * of that (a worker without matches) reads everything again rather than miss a removal.
 */
const READ_ALL_AFTER_MS = 12 * 60 * 60 * 1000;

/** The horizon of the statement's own snapshot: every transaction below it has ended. */
const HORIZON = `SELECT 'H' AS kind, pg_snapshot_xmin(pg_current_snapshot())::text AS id, NULL AS status,
                        NULL AS municipality_code, NULL AS match_facts`;

const READ_ALL = `${HORIZON} UNION ALL
  SELECT 'P', p.id::text, p.status, p.municipality_code, p.match_facts FROM candidate_profile p WHERE p.status = 'ACTIVE'`;

// One statement, so one snapshot: the horizon and the changes it covers are read together.
const READ_CHANGES = `${HORIZON} UNION ALL
  SELECT 'P', p.id::text, p.status, p.municipality_code, p.match_facts FROM candidate_profile p
   WHERE p.facts_xid >= $1::xid8
  UNION ALL
  SELECT 'R', r.profile_id::text, NULL, NULL, NULL FROM candidate_profile_removal r WHERE r.removed_xid >= $1::xid8`;

type FactRow = [kind: 'H' | 'P' | 'R', id: string | null, status: string | null, municipality: string, facts: string];

/**
 * A worker's copy of every shared profile's match facts, so a match reads only what changed since the last one
 * instead of shipping its thousands of candidates from the database again.
 *
 * Brought up to date before each use from the transactions that wrote profiles since the oldest one still
 * running at the previous read (the snapshot's xmin): a transaction that commits late, after younger ones,
 * is still read, because the horizon never passes a transaction that has not ended. Profiles that stopped being
 * shared, or were removed, leave the copy. Only what the engine reads is kept; nothing identifies a person.
 */
@Injectable()
export class CandidateFactsCache {
  private readonly logger = new Logger(CandidateFactsCache.name);
  private profiles = new CandidateIndex();
  private values = new FactValues();
  /** The xmin of the last read's snapshot (xid8 as text); undefined until everything has been read. */
  private horizon: string | undefined;
  private readAt = 0;
  private running: Promise<void> | undefined;
  private waiting: Promise<void> | undefined;
  private mustReadAll = false;
  private fullReadCount = 0;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Every shared profile as of the last read. Iterate it before the next await: another job's read may change
   * it then.
   */
  get current(): CandidateIndex {
    return this.profiles;
  }

  /**
   * Reads what changed, with a snapshot taken after this call. One read at a time: a caller joins the read
   * waiting to start, never the one running, whose snapshot may be earlier than its call.
   */
  bringUpToDate(): Promise<void> {
    if (this.waiting) return this.waiting;
    const waiting = (this.running ?? Promise.resolve())
      .catch(() => undefined)
      .then(() => {
        this.waiting = undefined;
        const running = this.read().finally(() => {
          if (this.running === running) this.running = undefined;
        });
        this.running = running;
        return running;
      });
    this.waiting = waiting;
    return waiting;
  }

  /**
   * Full reads so far: at the first match, after 12 hours without a read, and when the changes cannot tell what
   * was removed.
   */
  get fullReads(): number {
    return this.fullReadCount;
  }

  /**
   * Reads every profile again at the next read not yet started (a stored list found a profile the copy should
   * not have had). A flag, not the horizon: a read running now would set the horizon again.
   */
  readAllNextTime(): void {
    this.mustReadAll = true;
  }

  private async read(): Promise<void> {
    const startedAt = Date.now();
    const all = this.mustReadAll || this.horizon === undefined || startedAt - this.readAt > READ_ALL_AFTER_MS;
    this.mustReadAll = false;
    try {
      if (all || !(await this.readChanges(this.horizon!))) await this.readAll();
    } catch (error) {
      this.mustReadAll ||= all;
      throw error;
    }
    this.readAt = startedAt;
  }

  private async readAll(): Promise<void> {
    const profiles = new CandidateIndex();
    const values = new FactValues();
    let horizon: string | undefined;
    await streamRows(this.dataSource.manager, READ_ALL, [], (row) => {
      const [kind, id, , municipalityCode, facts] = row as FactRow;
      if (kind === 'H') horizon = id!;
      else profiles.put({ facts: parseMatchFacts(id!, facts, values), municipalityCode });
    });
    this.profiles = profiles;
    this.values = values;
    this.horizon = horizon;
    this.fullReadCount += 1;
    this.logger.log({ msg: 'candidate facts read', profiles: profiles.size });
  }

  /**
   * Applies what changed since `horizon`; false when all must be read: every profile was removed at once, or
   * the database is not the one the copy was read from.
   */
  private async readChanges(horizon: string): Promise<boolean> {
    const changed: Record<string, string | null>[] = await this.dataSource.query(READ_CHANGES, [horizon]);
    const rows = changed.map(
      (row) => [row.kind, row.id, row.status, row.municipality_code, row.match_facts] as FactRow,
    );
    if (rows.some(([kind, id]) => kind === 'R' && id === null)) return false;
    // Transaction ids that went back belong to another database (restored from a dump): its changes cannot be
    // told from the copy's, so everything is read again.
    const [, next] = rows.find(([kind]) => kind === 'H')!;
    if (BigInt(next!) < BigInt(horizon)) return false;
    for (const [kind, id, status, municipalityCode, facts] of rows) {
      if (kind === 'H') this.horizon = id!;
      else if (kind === 'P' && status === 'ACTIVE') {
        this.profiles.put({ facts: parseMatchFacts(id!, facts, this.values), municipalityCode });
      } else this.profiles.remove(id!);
    }
    return true;
  }
}
