import { Inject } from '@nestjs/common';
import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  APP_CONFIG,
  Actor,
  Allow,
  AppConfig,
  ConnectionShape,
  CurrentActor,
  DateTimeScalar,
  GraphQLContext,
  IDEMPOTENCY_KEY_ARG,
  IdArg,
  PageArgs,
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
import {
  CalendarFeed,
  FollowUp,
  FollowUpConnection,
  PlanningCheck,
  Visit,
  VisitConnection,
  VisitResult,
} from './dto/visit.models';
import { VisitService } from './visit.service';

const PROFESSIONALS = [Role.ACCOUNT_MANAGER, Role.JOB_COACH, Role.ADMIN] as const;

@Resolver(() => Visit)
export class VisitResolver {
  constructor(
    private readonly visitService: VisitService,
    private readonly feeds: CalendarFeedService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => VisitConnection, {
    description: 'Visits of your regions in a range (default: 30 days back, 90 days on), by start, a page at a time.',
  })
  @Allow()
  visits(
    @CurrentActor() actor: Actor,
    @Args() page: PageArgs,
    @Args('filter', { nullable: true, type: () => VisitFilter }) filter?: VisitFilter,
  ): Promise<ConnectionShape<Visit>> {
    return this.visitService.list(actor, filter ?? {}, page);
  }

  @Query(() => VisitConnection, { description: 'Your own visits in a range, by start, a page at a time.' })
  @Allow(...PROFESSIONALS)
  myAgenda(
    @CurrentActor() actor: Actor,
    @Args() page: PageArgs,
    @Args('from', { type: () => DateTimeScalar, nullable: true }) from?: Date,
    @Args('to', { type: () => DateTimeScalar, nullable: true }) to?: Date,
  ): Promise<ConnectionShape<Visit>> {
    return this.visitService.agenda(actor, from, to, page);
  }

  @Query(() => Visit)
  @Allow()
  visit(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<Visit> {
    return this.visitService.get(actor, id);
  }

  @Query(() => FollowUpConnection, {
    description: 'Follow-up actions of an owner (default: you), the soonest due first, a page at a time.',
  })
  @Allow(...PROFESSIONALS)
  followUps(
    @CurrentActor() actor: Actor,
    @Args() page: PageArgs,
    @Args('ownerId', { nullable: true, type: () => String }) ownerId?: string,
    @Args('open', { defaultValue: true }) open?: boolean,
  ): Promise<ConnectionShape<FollowUp>> {
    return this.visitService.followUps(actor, ownerId ?? actor.userId, open ?? true, page);
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
