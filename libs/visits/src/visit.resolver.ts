import { Inject } from '@nestjs/common';
import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  APP_CONFIG,
  Actor,
  Allow,
  AppConfig,
  CurrentActor,
  DateTimeScalar,
  GraphQLContext,
  IDEMPOTENCY_KEY_ARG,
  IdArg,
  REGION_WRITERS,
  Role,
} from '@wsp/platform';
import { CalendarFeedService } from './calendar-feed.service';
import {
  AddFollowUpInput,
  CancelVisitInput,
  PlanVisitInput,
  UpdateVisitInput,
  VisitFilter,
  VisitReportInput,
} from './dto/visit.inputs';
import { CalendarFeed, FollowUp, PlanningCheck, Visit, VisitResult } from './dto/visit.models';
import { VisitService } from './visit.service';

const PROFESSIONALS = [Role.ACCOUNT_MANAGER, Role.JOB_COACH, Role.ADMIN] as const;

@Resolver(() => Visit)
export class VisitResolver {
  constructor(
    private readonly visitService: VisitService,
    private readonly feeds: CalendarFeedService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => [Visit], {
    description: 'Visits of your regions in a range (default: 30 days back, 90 days on), by start.',
  })
  @Allow()
  visits(
    @CurrentActor() actor: Actor,
    @Args('filter', { nullable: true, type: () => VisitFilter }) filter?: VisitFilter,
    @Args('first', { type: () => Int, defaultValue: 200 }) first?: number,
  ): Promise<Visit[]> {
    return this.visitService.list(actor, filter ?? {}, first ?? 200);
  }

  @Query(() => [Visit], { description: 'Your own visits in a range.' })
  @Allow(...PROFESSIONALS)
  myAgenda(
    @CurrentActor() actor: Actor,
    @Args('from', { type: () => DateTimeScalar, nullable: true }) from?: Date,
    @Args('to', { type: () => DateTimeScalar, nullable: true }) to?: Date,
  ): Promise<Visit[]> {
    return this.visitService.agenda(actor, from, to);
  }

  @Query(() => Visit)
  @Allow()
  visit(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<Visit> {
    return this.visitService.get(actor, id);
  }

  @Query(() => [FollowUp], { description: 'Follow-up actions of an owner (default: you).' })
  @Allow(...PROFESSIONALS)
  followUps(
    @CurrentActor() actor: Actor,
    @Args('ownerId', { nullable: true, type: () => String }) ownerId?: string,
    @Args('open', { defaultValue: true }) open?: boolean,
  ): Promise<FollowUp[]> {
    return this.visitService.followUps(actor, ownerId ?? actor.userId, open ?? true);
  }

  @Mutation(() => VisitResult, {
    description: 'A participant booked at that time is a CONFLICT unless allowOverlap; warnings do not stop it.',
  })
  @Allow(...REGION_WRITERS)
  planVisit(
    @CurrentActor() actor: Actor,
    @Args('input') input: PlanVisitInput,
    @Args('idempotencyKey', IDEMPOTENCY_KEY_ARG) idempotencyKey?: string,
  ): Promise<VisitResult> {
    return this.visitService.plan(actor, input, idempotencyKey ?? undefined);
  }

  @Query(() => PlanningCheck, {
    description: 'What planning this visit would run into (clashes, warnings), without saving: ask before planVisit.',
  })
  @Allow(...REGION_WRITERS)
  visitPlanningCheck(@CurrentActor() actor: Actor, @Args('input') input: PlanVisitInput): Promise<PlanningCheck> {
    return this.visitService.checkPlan(actor, input);
  }

  @Mutation(() => VisitResult)
  @Allow(...PROFESSIONALS)
  updateVisit(@CurrentActor() actor: Actor, @Args('input') input: UpdateVisitInput): Promise<VisitResult> {
    return this.visitService.update(actor, input);
  }

  @Mutation(() => Visit)
  @Allow(...PROFESSIONALS)
  cancelVisit(@CurrentActor() actor: Actor, @Args('input') input: CancelVisitInput): Promise<Visit> {
    return this.visitService.cancel(actor, input);
  }

  @Mutation(() => Visit, { description: 'By the lead: the report, agreements and outcomes; the visit is HELD.' })
  @Allow(...PROFESSIONALS)
  recordVisitReport(@CurrentActor() actor: Actor, @Args('input') input: VisitReportInput): Promise<Visit> {
    return this.visitService.report(actor, input);
  }

  @Mutation(() => FollowUp)
  @Allow(...PROFESSIONALS)
  addFollowUp(
    @CurrentActor() actor: Actor,
    @Args('input') input: AddFollowUpInput,
    @Args('idempotencyKey', IDEMPOTENCY_KEY_ARG) idempotencyKey?: string,
  ): Promise<FollowUp> {
    return this.visitService.addFollowUp(actor, input, idempotencyKey ?? undefined);
  }

  @Mutation(() => FollowUp)
  @Allow(...PROFESSIONALS)
  completeFollowUp(
    @CurrentActor() actor: Actor,
    @IdArg('id') id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<FollowUp> {
    return this.visitService.completeFollowUp(actor, id, version);
  }

  @Query(() => [CalendarFeed], { description: 'Your active calendar feeds (their URLs are shown only at creation).' })
  @Allow(...PROFESSIONALS)
  calendarFeeds(@CurrentActor() actor: Actor): Promise<CalendarFeed[]> {
    return this.feeds.list(actor);
  }

  @Mutation(() => CalendarFeed, { description: 'A secret iCalendar URL with your visits, for your own calendar app.' })
  @Allow(...PROFESSIONALS)
  createCalendarFeed(@CurrentActor() actor: Actor, @Context() { req }: GraphQLContext): Promise<CalendarFeed> {
    // Behind a proxy the request's own address may be an internal one: PUBLIC_URL names the one users reach.
    return this.feeds.create(actor, this.config.publicUrl ?? `${req.protocol}://${req.host}`);
  }

  @Mutation(() => Boolean)
  @Allow(...PROFESSIONALS)
  revokeCalendarFeed(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<boolean> {
    return this.feeds.revoke(actor, id);
  }
}
