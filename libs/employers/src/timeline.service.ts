import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Actor,
  assertNoPii,
  groupByKeys,
  preparedQuery,
  RegionAccess,
  sharedSelect,
  StatementBatch,
} from '@wsp/platform';
import { DataSource } from 'typeorm';
import { AddEmployerNoteInput } from './dto/employer.inputs';
import { TimelineEntryEntity } from './entities/timeline-entry.entity';
import { EmployerService, recordTimeline, TIMELINE_COLUMNS } from './employer.service';

/** The newest entries shown per employer. */
export const TIMELINE_LENGTH = 20;

@Injectable()
export class TimelineService {
  constructor(
    private readonly employers: EmployerService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async addNote(actor: Actor, input: AddEmployerNoteInput): Promise<TimelineEntryEntity> {
    assertNoPii({ 'input.text': input.text });
    const text = input.text.trim();
    // One statement in the usual case: the note goes in only where getForUpdate would let it. It returns this
    // note (re-reading the newest could return a colleague's).
    const [added] = await preparedQuery<TimelineEntryEntity>(
      this.dataSource,
      `INSERT INTO employer_timeline_entry (employer_id, kind, text, author_id)
       SELECT e.id, 'NOTE', $2, $3 FROM employer e
        WHERE e.id = $1 AND e.region_code = ANY($4) AND e.merged_into_id IS NULL
       RETURNING ${TIMELINE_COLUMNS}`,
      [input.employerId, text, actor.userId, RegionAccess.writableRegions(actor)],
    );
    if (added) return added;
    // Nothing written: getForUpdate says why (unknown, not yours to change, merged).
    const employer = await this.employers.getForUpdate(actor, input.employerId);
    return recordTimeline(this.dataSource.manager, employer.id, actor, 'NOTE', text);
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
