import { Injectable } from '@nestjs/common';
import { NotificationKind, NotificationService } from '@wsp/notifications';
import { Actor } from '@wsp/platform';
import { renderCalendar } from './icalendar';
import { calendarEventOf, CalendarVisit } from './visit-calendar';
import { dutchDateTime } from './visit-planning';
import { VisitRepository } from './visit.repository';

const VISIT_ENTITY = 'VISIT';

export type VisitChange = 'PLANNED' | 'CHANGED' | 'CANCELLED';

/**
 * Tells a visit's participants (not the one who made the change) what changed, in the change's transaction, with
 * an iTIP invitation: REQUEST for the new and the changed visit, CANCEL for a cancelled one and for whoever no
 * longer takes part. UID and SEQUENCE are the calendar feed's, so every calendar keeps one event per visit.
 * A visit already over gets no invitations: it is being recorded, not planned.
 */
@Injectable()
export class VisitNotifier {
  constructor(
    private readonly visits: VisitRepository,
    private readonly notifications: NotificationService,
  ) {}

  async changed(
    actor: Actor,
    visitId: string,
    change: VisitChange,
    previousParticipantIds: readonly string[] = [],
  ): Promise<void> {
    const visit = await this.visits.calendarVisit(visitId);
    if (!visit || new Date(visit.endsAt) <= new Date()) return;
    const current = visit.participants.map((p) => p.userId);
    const removed = previousParticipantIds.filter((id) => !current.includes(id));
    const people = await this.visits.people([...current, ...removed]);
    const event = calendarEventOf(visit, people);
    const invitation = (method: 'REQUEST' | 'CANCEL', attendees = event.attendees) => ({
      method,
      content: renderCalendar(null, [{ ...event, attendees }], new Date(), method),
    });
    const when = dutchDateTime(new Date(visit.startsAt));
    for (const userId of current) {
      if (userId === actor.userId) continue;
      if (change === 'CANCELLED') {
        await this.notify(
          visit,
          userId,
          NotificationKind.VISIT_CANCELLED,
          invitation('CANCEL'),
          `Het bezoek bij ${visit.employerName} op ${when} is geannuleerd${visit.cancelReason ? `: ${visit.cancelReason}` : ''}.`,
        );
      } else if (change === 'PLANNED' || !previousParticipantIds.includes(userId)) {
        await this.notify(
          visit,
          userId,
          NotificationKind.VISIT_INVITED,
          invitation('REQUEST'),
          `${actor.displayName} nodigt je uit voor ${visit.joint ? 'een gezamenlijk' : 'een'} werkgeversbezoek bij ${visit.employerName} op ${when}${visit.location ? ` (${visit.location})` : ''}.`,
        );
      } else {
        await this.notify(
          visit,
          userId,
          NotificationKind.VISIT_CHANGED,
          invitation('REQUEST'),
          `${actor.displayName} wijzigde het bezoek bij ${visit.employerName}: nu op ${when}${visit.location ? ` (${visit.location})` : ''}.`,
        );
      }
    }
    for (const userId of removed) {
      if (userId === actor.userId) continue;
      const person = people.get(userId);
      await this.notify(
        visit,
        userId,
        NotificationKind.VISIT_CANCELLED,
        invitation('CANCEL', person ? [person] : []),
        `Je neemt niet meer deel aan het bezoek bij ${visit.employerName} op ${when}.`,
      );
    }
  }

  /** A follow-up given to someone else than its maker. */
  async followUpAssigned(
    actor: Actor,
    followUp: { id: string; visitId: string; ownerId: string; title: string; dueOn: string | null },
    employerName: string,
  ): Promise<void> {
    if (followUp.ownerId === actor.userId) return;
    await this.notifications.notify({
      userId: followUp.ownerId,
      kind: NotificationKind.FOLLOW_UP_ASSIGNED,
      message: `${actor.displayName} gaf je een actie na het bezoek bij ${employerName}: "${followUp.title}"${followUp.dueOn ? `, af op ${followUp.dueOn}` : ''}.`,
      entityType: VISIT_ENTITY,
      entityId: followUp.visitId,
      path: `/bezoeken/${followUp.visitId}`,
      dedupeKey: `follow-up-assigned-${followUp.id}`,
    });
  }

  private notify(
    visit: CalendarVisit,
    userId: string,
    kind: NotificationKind,
    calendar: { method: 'REQUEST' | 'CANCEL'; content: string },
    message: string,
  ): Promise<boolean> {
    return this.notifications.notify({
      userId,
      kind,
      message,
      entityType: VISIT_ENTITY,
      entityId: visit.id,
      path: `/bezoeken/${visit.id}`,
      // One per user, visit version and kind: a retried change notifies once.
      dedupeKey: `visit-${visit.id}-s${visit.sequence}-${kind}`,
      calendar,
    });
  }
}
