import { Injectable, OnModuleInit } from '@nestjs/common';
import { RegionMembers } from '@wsp/directory';
import { AccountMerges, EmployerEntity, EmployerService, TimelineService } from '@wsp/employers';
import {
  Actor,
  assertNoPii,
  businessAddress,
  ConnectionShape,
  decodeKeysetCursor,
  DEFAULT_PAGE_SIZE,
  DomainError,
  FieldProblem,
  IdempotencyKeys,
  keysetConnection,
  PageArgs,
  RegionAccess,
  Role,
  Transactions,
} from '@wsp/platform';
import {
  AddFollowUpInput,
  CancelVisitInput,
  ParticipantInput,
  PlanVisitInput,
  UpdateVisitInput,
  VisitFilter,
  VisitReportInput,
} from './dto/visit.inputs';
import { FollowUp, PlanningCheck, Visit, VisitLocationKind, VisitResult, VisitStatus } from './dto/visit.models';
import { VisitNotifier } from './visit-notifier';
import { assertNoOverlap, dutchDateTime, findClashes, planningWarnings, PlannedSlot } from './visit-planning';
import { VisitRepository, withDetails } from './visit.repository';

const VISIT = 'Visit';
const PLAN_VISIT = 'planVisit';
const ADD_FOLLOW_UP = 'addFollowUp';
const MAX_RANGE_DAYS = 366;

/**
 * Joint employer visits. Partners of the region read all of them; participants and the employer's account
 * team change a visit; only its lead records the report. Every change bumps the iCalendar SEQUENCE.
 */
@Injectable()
export class VisitService implements OnModuleInit {
  constructor(
    private readonly transactions: Transactions,
    private readonly employers: EmployerService,
    private readonly notifier: VisitNotifier,
    private readonly visitRows: VisitRepository,
    private readonly idempotency: IdempotencyKeys,
    private readonly members: RegionMembers,
    private readonly timeline: TimelineService,
    private readonly merges: AccountMerges,
  ) {}

  /** When two accounts merge, the merged one's visits go to the kept one. */
  onModuleInit(): void {
    this.merges.register('visits', (keepId, mergeId) => this.visitRows.moveToAccount(keepId, mergeId));
  }

  /** A retry with the same `idempotencyKey` returns the visit the first request planned, and plans none. */
  async plan(actor: Actor, input: PlanVisitInput, idempotencyKey?: string): Promise<VisitResult> {
    assertNoPii({
      'input.purpose': input.purpose,
      'input.agenda': input.agenda,
      'input.location': businessAddress(input.location),
    });
    const employer = await this.employers.getForUpdate(actor, input.employerId);
    assertTimes(input.startsAt, input.endsAt);
    return this.idempotency.createOnce(
      actor,
      idempotencyKey,
      PLAN_VISIT,
      () => this.insert(actor, employer, input),
      (id) => this.planned(actor, id),
    );
  }

  private async planned(actor: Actor, id: string): Promise<VisitResult> {
    const visit = await this.get(actor, id);
    return { visit, warnings: await planningWarnings(this.visitRows, slotOf(visit)) };
  }

  private async insert(actor: Actor, employer: EmployerEntity, input: PlanVisitInput): Promise<string> {
    const participants = withOneLead(input.participants);
    const rows = await this.participantRows(participants, employer.regionCode);
    if (!input.allowOverlap) {
      await assertNoOverlap(this.visitRows, { ...input, participantIds: rows.map((p) => p.userId) });
    }
    const locationKind = input.locationKind ?? VisitLocationKind.AT_EMPLOYER;
    const street = [employer.street, employer.houseNumber].filter(Boolean).join(' ');
    const address = [street, employer.postcode, employer.city].filter(Boolean).join(', ') || null;
    const visitId = await this.visitRows.insertVisit({
      employerId: employer.id,
      regionCode: employer.regionCode,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      locationKind,
      location: input.location?.trim() || (locationKind === VisitLocationKind.AT_EMPLOYER ? address : null),
      purpose: input.purpose.trim(),
      agenda: input.agenda?.trim() || null,
      createdBy: actor.userId,
    });
    await this.visitRows.insertParticipants(visitId, rows);
    await this.timeline.record(
      employer.id,
      actor,
      'VISIT',
      `Bezoek gepland op ${dutchDateTime(input.startsAt)}: ${input.purpose.trim()}`,
    );
    await this.notifier.changed(actor, visitId, 'PLANNED');
    return visitId;
  }

  /**
   * What planning this visit would run into (clashing visits of its participants, the warnings), checked as
   * `plan` checks it and without saving anything: the planner sees it before confirming.
   */
  async checkPlan(actor: Actor, input: PlanVisitInput): Promise<PlanningCheck> {
    const employer = await this.employers.get(actor, input.employerId);
    assertTimes(input.startsAt, input.endsAt);
    const rows = await this.participantRows(withOneLead(input.participants), employer.regionCode);
    const slot: PlannedSlot = {
      employerId: employer.id,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      participantIds: rows.map((row) => row.userId),
    };
    const [clashes, warnings] = await Promise.all([
      findClashes(this.visitRows, slot, actor.regionCodes),
      planningWarnings(this.visitRows, slot),
    ]);
    return { clashes, warnings };
  }

  async update(actor: Actor, input: UpdateVisitInput): Promise<VisitResult> {
    assertNoPii({
      'input.purpose': input.purpose,
      'input.agenda': input.agenda,
      'input.location': businessAddress(input.location),
    });
    const current = await this.getForEdit(actor, input.id);
    if (current.status !== VisitStatus.PLANNED) {
      throw DomainError.badInput([{ field: 'input.id', message: `a ${current.status} visit cannot be changed` }]);
    }
    const startsAt = input.startsAt ?? current.startsAt;
    const endsAt = input.endsAt ?? current.endsAt;
    assertTimes(startsAt, endsAt);
    await this.transactions.withTransaction(async () => {
      const participants = input.participants
        ? await this.participantRows(withOneLead(input.participants), current.regionCode)
        : undefined;
      if (!input.allowOverlap) {
        const participantIds = participants?.map((p) => p.userId) ?? current.participants.map((p) => p.userId);
        await assertNoOverlap(this.visitRows, { visitId: current.id, startsAt, endsAt, participantIds });
      }
      await this.bumpVersion(current, input.version, {
        starts_at: startsAt,
        ends_at: endsAt,
        location_kind: input.locationKind,
        location: input.location?.trim(),
        purpose: input.purpose?.trim(),
        agenda: input.agenda?.trim(),
      });
      if (participants) {
        await this.visitRows.replaceParticipants(current.id, participants);
      }
      const before = current.participants.map((p) => p.userId);
      await this.notifier.changed(actor, current.id, 'CHANGED', before);
    });
    const visit = await this.get(actor, current.id);
    return { visit, warnings: await planningWarnings(this.visitRows, slotOf(visit)) };
  }

  async cancel(actor: Actor, input: CancelVisitInput): Promise<Visit> {
    assertNoPii({ 'input.reason': input.reason });
    const current = await this.getForEdit(actor, input.id);
    if (current.status !== VisitStatus.PLANNED) {
      throw DomainError.badInput([{ field: 'input.id', message: `a ${current.status} visit cannot be cancelled` }]);
    }
    await this.transactions.withTransaction(async () => {
      await this.bumpVersion(current, input.version, {
        status: VisitStatus.CANCELLED,
        cancel_reason: input.reason.trim(),
      });
      await this.timeline.record(
        current.employerId,
        actor,
        'VISIT',
        `Bezoek van ${dutchDateTime(current.startsAt)} geannuleerd: ${input.reason.trim()}`,
      );
      await this.notifier.changed(actor, current.id, 'CANCELLED');
    });
    return this.get(actor, current.id);
  }

  /** Only the lead records the report; the visit is then HELD. */
  async report(actor: Actor, input: VisitReportInput): Promise<Visit> {
    assertNoPii({ 'input.report': input.report, 'input.agreements': input.agreements });
    const current = await this.get(actor, input.id);
    if (!current.participants.some((p) => p.isLead && p.userId === actor.userId)) {
      throw DomainError.forbidden('Only the lead of the visit records its report');
    }
    if (current.status === VisitStatus.CANCELLED) {
      throw DomainError.badInput([{ field: 'input.id', message: 'a cancelled visit has no report' }]);
    }
    await this.transactions.withTransaction(async () => {
      if (input.vacancyIds?.length) {
        if (await this.visitRows.anyVacancyNotOf(input.vacancyIds, current.employerId)) {
          throw DomainError.badInput([
            { field: 'input.vacancyIds', message: "must be vacancies of the visit's employer" },
          ]);
        }
        await this.visitRows.linkVacancies(current.id, input.vacancyIds);
      }
      await this.bumpVersion(current, input.version, {
        status: VisitStatus.HELD,
        report: input.report.trim(),
        agreements: input.agreements?.trim(),
        target_group_interest: input.targetGroupInterest,
        next_contact_on: input.nextContactOn,
        reported_at: new Date(),
        reported_by: actor.userId,
      });
      if (current.status === VisitStatus.PLANNED) {
        await this.timeline.record(
          current.employerId,
          actor,
          'VISIT',
          `Bezoek van ${dutchDateTime(current.startsAt)} gehouden`,
        );
      }
    });
    return this.get(actor, current.id);
  }

  /** A retry with the same `idempotencyKey` returns the follow-up the first request added, and adds none. */
  async addFollowUp(actor: Actor, input: AddFollowUpInput, idempotencyKey?: string): Promise<FollowUp> {
    assertNoPii({ 'input.title': input.title });
    const visit = await this.getForEdit(actor, input.visitId);
    if (!visit.participants.some((p) => p.userId === input.ownerId)) {
      throw DomainError.badInput([{ field: 'input.ownerId', message: 'must be a participant of the visit' }]);
    }
    return this.idempotency.createOnce(
      actor,
      idempotencyKey,
      ADD_FOLLOW_UP,
      async () => {
        const followUp = await this.visitRows.insertFollowUp({
          visitId: visit.id,
          title: input.title.trim(),
          ownerId: input.ownerId,
          dueOn: input.dueOn ?? null,
        });
        const details = await this.visitRows.calendarVisit(visit.id);
        await this.notifier.followUpAssigned(actor, followUp, details?.employerName ?? '');
        return followUp.id;
      },
      async (id) => {
        const followUp = await this.visitRows.followUp(id);
        if (!followUp) throw DomainError.notFound('Follow-up');
        return followUp;
      },
    );
  }

  async completeFollowUp(actor: Actor, id: string, version: number): Promise<FollowUp> {
    const row = await this.visitRows.followUpOwner(id);
    if (!row) throw DomainError.notFound('Follow-up');
    if (row.owner_id !== actor.userId) await this.getForEdit(actor, row.visit_id);
    else await this.get(actor, row.visit_id);
    const done = await this.visitRows.completeFollowUp(id, version, actor.userId);
    if (!done) throw DomainError.conflict('The follow-up was changed by someone else', { currentVersion: row.version });
    return done;
  }

  /** An owner's follow-ups on visits of the actor's regions, the soonest due first, a page at a time. */
  async followUps(actor: Actor, ownerId: string, open: boolean, page: PageArgs): Promise<ConnectionShape<FollowUp>> {
    const first = page.first ?? DEFAULT_PAGE_SIZE;
    const after = page.after ? decodeKeysetCursor(page.after, 2) : undefined;
    const { rows, total } = await this.visitRows.followUpPage(ownerId, actor.regionCodes, open, first, after);
    return keysetConnection(rows, first, total, (row) => [row.dueKey, row.createdKey, row.id]);
  }

  async get(actor: Actor, id: string): Promise<Visit> {
    const row = await this.visitRows.visit(id);
    if (!row) throw DomainError.notFound(VISIT);
    RegionAccess.assertCanRead(actor, row.regionCode, VISIT);
    return withDetails(row);
  }

  /** Visits of the actor's regions in a time range (at most a year), in start order, a page at a time. */
  async list(actor: Actor, filter: VisitFilter, page: PageArgs): Promise<ConnectionShape<Visit>> {
    const first = page.first ?? DEFAULT_PAGE_SIZE;
    const after = page.after ? decodeKeysetCursor(page.after, 1) : undefined;
    const { rows, total } = await this.visitRows.visitPage(
      { ...filter, ...range(filter.from, filter.to), regionCodes: actor.regionCodes },
      first,
      after,
    );
    return keysetConnection(rows.map(withDetails), first, total, (row) => [row.sortKey, row.id]);
  }

  /** The actor's own visits in a range. */
  agenda(actor: Actor, from: Date | undefined, to: Date | undefined, page: PageArgs): Promise<ConnectionShape<Visit>> {
    return this.list(actor, { from, to, participantId: actor.userId }, page);
  }

  /** For the calendar feed: a user's visits from 90 days back. */
  async forCalendar(userId: string): Promise<(Visit & { sequence: number; updatedAt: Date; employerName: string })[]> {
    const rows = await this.visitRows.forCalendar(userId);
    return rows.map(withDetails);
  }

  private async getForEdit(actor: Actor, id: string): Promise<Visit> {
    const visit = await this.get(actor, id);
    const team = await this.visitRows.onAccountTeam(visit.employerId, actor.userId);
    const participant = visit.participants.some((p) => p.userId === actor.userId);
    if (!participant && !team) {
      throw DomainError.forbidden("Only the visit's participants and the employer's account team change a visit");
    }
    return visit;
  }

  /** Optimistic concurrency and the iCalendar SEQUENCE in one statement. */
  private async bumpVersion(current: Visit, expectedVersion: number, changes: Record<string, unknown>): Promise<void> {
    const updated = await this.visitRows.bumpVersion(current.id, expectedVersion, changes);
    if (!updated) {
      throw DomainError.conflict('The visit was changed by someone else; reload and try again', {
        currentVersion: current.version,
      });
    }
  }

  private async participantRows(
    participants: Required<ParticipantInput>[],
    regionCode: string,
  ): Promise<{ userId: string; organisationId: string; isLead: boolean }[]> {
    const byId = await this.members.serving(
      regionCode,
      participants.map((p) => p.userId),
    );
    const problems: FieldProblem[] = [];
    participants.forEach((p, index) => {
      const user = byId.get(p.userId);
      if (!user || !user.roles.some((role) => role === Role.ACCOUNT_MANAGER || role === Role.JOB_COACH)) {
        problems.push({
          field: `input.participants.${index}.userId`,
          message: 'must be an active account manager or job coach of a partner organisation of the region',
        });
      }
    });
    if (new Set(participants.map((p) => p.userId)).size !== participants.length) {
      problems.push({ field: 'input.participants', message: 'lists someone twice' });
    }
    if (problems.length > 0) throw DomainError.badInput(problems);
    return participants.map((p) => ({
      userId: p.userId,
      organisationId: byId.get(p.userId)!.organisationId,
      isLead: p.isLead,
    }));
  }
}

const slotOf = (visit: Visit): PlannedSlot => ({
  visitId: visit.id,
  employerId: visit.employerId,
  startsAt: visit.startsAt,
  endsAt: visit.endsAt,
  participantIds: visit.participants.map((participant) => participant.userId),
});

function assertTimes(startsAt: Date, endsAt: Date): void {
  if (endsAt <= startsAt) throw DomainError.badInput([{ field: 'input.endsAt', message: 'must be after startsAt' }]);
  if (endsAt.getTime() - startsAt.getTime() > 12 * 3600_000) {
    throw DomainError.badInput([{ field: 'input.endsAt', message: 'a visit lasts at most 12 hours' }]);
  }
}

/** Exactly one lead: the one marked, else the first participant. */
function withOneLead(participants: ParticipantInput[]): Required<ParticipantInput>[] {
  const leads = participants.filter((p) => p.isLead).length;
  if (leads > 1)
    throw DomainError.badInput([{ field: 'input.participants', message: 'exactly one participant leads' }]);
  return participants.map((p, index) => ({ userId: p.userId, isLead: leads === 0 ? index === 0 : Boolean(p.isLead) }));
}

function range(from: Date | undefined, to: Date | undefined): { from: Date; to: Date } {
  const start = from ?? new Date(Date.now() - 30 * 86_400_000);
  const end = to ?? new Date(start.getTime() + 90 * 86_400_000);
  if (end <= start) throw DomainError.badInput([{ field: 'to', message: 'must be after from' }]);
  if (end.getTime() - start.getTime() > MAX_RANGE_DAYS * 86_400_000) {
    throw DomainError.badInput([{ field: 'to', message: `the range is at most ${MAX_RANGE_DAYS} days` }]);
  }
  return { from: start, to: end };
}
