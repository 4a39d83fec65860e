import { EmployerBookRepository } from './employer-book.repository';
import { Injectable } from '@nestjs/common';
import { Actor, DomainError, IdempotencyKeys, RegionAccess, assertNoPii, currentDeadline } from '@wsp/platform';
import { AddEmployerNoteInput } from './dto/employer.inputs';
import { TimelineEntryEntity } from './entities/timeline-entry.entity';
import { EmployerService } from './employer.service';
import { TimelineKind } from './entities/timeline-entry.entity';

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
    const added = await this.book.addNoteIfWritable(
      input.employerId,
      text,
      actor.userId,
      RegionAccess.writableRegions(actor),
      currentDeadline(),
    );
    if (added) return added;
    assertBeforeDeadline();
    // Nothing written: getForUpdate says why (unknown, not yours to change, merged).
    const employer = await this.employers.getForUpdate(actor, input.employerId);
    return this.book.recordTimeline(employer.id, actor, 'NOTE', text);
  }

  private async addNoteOnce(actor: Actor, employerId: string, text: string, key: string): Promise<TimelineEntryEntity> {
    const employer = await this.employers.getForUpdate(actor, employerId);
    return this.idempotency.createOnce(
      actor,
      key,
      ADD_NOTE,
      async () => (await this.book.recordTimeline(employer.id, actor, 'NOTE', text)).id,
      (id) => this.noteById(id),
    );
  }

  private async noteById(id: string): Promise<TimelineEntryEntity> {
    const note = await this.book.timelineEntry(id);
    if (!note) throw DomainError.notFound('Note');
    return note;
  }

  /**
   * Writes a line on an account's timeline in the current transaction (if any): for the other libraries' changes
   * to an account (a vacancy, a visit), which the account's page shows.
   */
  record(
    employerId: string,
    author: Pick<Actor, 'userId'>,
    kind: TimelineKind,
    text: string,
  ): Promise<TimelineEntryEntity> {
    return this.book.recordTimeline(employerId, author, kind, text);
  }

  /** The newest entries of an account, read with the request's other relations of accounts. */
  ofEmployer(request: object, employerId: string): Promise<TimelineEntryEntity[]> {
    return this.book.relationOf(request, this.book.relations.timeline, employerId);
  }
}
