import { EmployerBookRepository } from './employer-book.repository';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Actor,
  DomainError,
  IdempotencyKeys,
  RegionAccess,
  StatementBatch,
  assertNoPii,
  currentDeadline,
  groupByKeys,
  preparedQuery,
  sharedSelect,
} from '@wsp/platform';
import { DataSource } from 'typeorm';
import { AddEmployerNoteInput } from './dto/employer.inputs';
import { TimelineEntryEntity } from './entities/timeline-entry.entity';
import { EmployerService, recordTimeline, TIMELINE_COLUMNS } from './employer.service';

/** The newest entries shown per employer. */
export const TIMELINE_LENGTH = 20;

const ADD_NOTE = 'addEmployerNote';

/** Nothing was written because the request's deadline had passed when the statement reached the database. */
function assertBeforeDeadline(): void {
  const deadline = currentDeadline();
  if (deadline !== undefined && Date.now() >= deadline) {
    throw DomainError.unavailable('The request took too long; nothing was saved. Try again.');
  }
}

@Injectable()
export class TimelineService {
  constructor(
    private readonly employers: EmployerService,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly idempotency: IdempotencyKeys,
    private readonly book: EmployerBookRepository,
  ) {}

  /**
   * A retry with the same `idempotencyKey` returns the note the first request added, and adds none. Without a key
   * the note goes in in one statement, which itself checks the request's deadline (a statement that reaches the
   * database late, over a link that went silent, adds nothing).
   */
  async addNote(actor: Actor, input: AddEmployerNoteInput, idempotencyKey?: string): Promise<TimelineEntryEntity> {
    assertNoPii({ 'input.text': input.text });
    const text = input.text.trim();
    if (idempotencyKey !== undefined) return this.addNoteOnce(actor, input.employerId, text, idempotencyKey);
    // One statement in the usual case: the note goes in only where getForUpdate would let it. It returns this
    // note (re-reading the newest could return a colleague's).
    const [added] = await preparedQuery<TimelineEntryEntity>(
      this.dataSource,
      // The employer is locked (KEY SHARE, as the reference check would) before the deadline is read: a note that
      // waited for the lock (a merge holding the employer) is checked when it got it, not when it began to wait.
      // OFFSET 0 keeps the planner from moving the deadline's filter below the lock.
      `INSERT INTO employer_timeline_entry (employer_id, kind, text, author_id)
       SELECT locked.id, 'NOTE', $2, $3
         FROM (SELECT e.id FROM employer e
                WHERE e.id = $1 AND e.region_code = ANY($4) AND e.merged_into_id IS NULL
                  FOR KEY SHARE OFFSET 0) AS locked
        WHERE $5::float8 IS NULL OR clock_timestamp() < to_timestamp($5::float8 / 1000)
       RETURNING ${TIMELINE_COLUMNS}`,
      [input.employerId, text, actor.userId, RegionAccess.writableRegions(actor), currentDeadline() ?? null],
    );
    if (added) return added;
    assertBeforeDeadline();
    // Nothing written: getForUpdate says why (unknown, not yours to change, merged).
    const employer = await this.employers.getForUpdate(actor, input.employerId);
    return recordTimeline(this.dataSource.manager, employer.id, actor, 'NOTE', text);
  }

  private async addNoteOnce(actor: Actor, employerId: string, text: string, key: string): Promise<TimelineEntryEntity> {
    const employer = await this.employers.getForUpdate(actor, employerId);
    return this.idempotency.createOnce(
      actor,
      key,
      ADD_NOTE,
      async (manager) => (await recordTimeline(manager, employer.id, actor, 'NOTE', text)).id,
      (id) => this.noteById(id),
    );
  }

  private async noteById(id: string): Promise<TimelineEntryEntity> {
    const note = await this.book.timelineEntry(id);
    if (!note) throw DomainError.notFound('Note');
    return note;
  }

  /** For loaders: the newest entries of each employer, in one statement. */
  async forEmployers(
    employerIds: readonly string[],
    { perEmployer = TIMELINE_LENGTH, batch = {} }: { perEmployer?: number; batch?: StatementBatch } = {},
  ): Promise<TimelineEntryEntity[][]> {
    const rows = await sharedSelect<TimelineEntryEntity>(
      this.dataSource,
      batch,
      `SELECT t.id, t.employer_id AS "employerId", t.kind, t.text, t.author_id AS "authorId", t.occurred_at AS "occurredAt"
         FROM unnest($1::uuid[]) AS e(id)
         CROSS JOIN LATERAL (
           SELECT * FROM employer_timeline_entry WHERE employer_id = e.id ORDER BY occurred_at DESC, id DESC LIMIT $2
         ) t`,
      [employerIds, perEmployer],
      ['occurredAt'],
    );
    return groupByKeys(employerIds, rows, (row) => row.employerId);
  }
}
