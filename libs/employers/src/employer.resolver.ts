import { Args, Info, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import { DirectoryLoaders, User } from '@wsp/directory';
import {
  Actor,
  Allow,
  ConnectionShape,
  CurrentActor,
  DateTimeScalar,
  GraphQLContext,
  IDEMPOTENCY_KEY_ARG,
  IdArg,
  PageArgs,
  REGION_WRITERS,
  selectedFieldNames,
} from '@wsp/platform';
import { AccountTeamService } from './account-team.service';
import {
  AddContactInput,
  AddEmployerNoteInput,
  CreateEmployerInput,
  EmployerFilter,
  TeamMemberInput,
  UpdateContactInput,
  UpdateEmployerInput,
} from './dto/employer.inputs';
import {
  Employer,
  EmployerConnection,
  EmployerContact,
  EmployerMergePreview,
  TeamMember,
  TimelineEntry,
} from './dto/employer.models';
import { EmployerLoaders } from './employer.loaders';
import { EmployerContactService } from './employer-contact.service';
import { EmployerMergeService } from './employer-merge.service';
import { EmployerService } from './employer.service';
import { TimelineService } from './timeline.service';

@Resolver(() => Employer)
export class EmployerResolver {
  constructor(
    private readonly employerService: EmployerService,
    private readonly contactService: EmployerContactService,
    private readonly teamService: AccountTeamService,
    private readonly timelineService: TimelineService,
    private readonly mergeService: EmployerMergeService,
    private readonly loaders: EmployerLoaders,
  ) {}

  @Query(() => EmployerConnection, { description: "Employers of the caller's regions, by legal name." })
  @Allow()
  employers(
    @CurrentActor() actor: Actor,
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Args('filter', { nullable: true, type: () => EmployerFilter }) filter?: EmployerFilter,
  ): Promise<ConnectionShape<Employer>> {
    const fields = selectedFieldNames(info, ['edges', 'node']);
    return this.employerService.list(actor, filter ?? {}, page, fields) as Promise<ConnectionShape<Employer>>;
  }

  @Query(() => Employer)
  @Allow()
  employer(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<Employer> {
    return this.employerService.get(actor, id) as Promise<Employer>;
  }

  @Mutation(() => Employer, { description: 'A KvK number already in the region is a CONFLICT naming that account.' })
  @Allow(...REGION_WRITERS)
  createEmployer(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateEmployerInput,
    @Args('idempotencyKey', IDEMPOTENCY_KEY_ARG) idempotencyKey?: string,
  ): Promise<Employer> {
    return this.employerService.create(actor, input, idempotencyKey ?? undefined) as Promise<Employer>;
  }

  @Mutation(() => Employer)
  @Allow(...REGION_WRITERS)
  updateEmployer(@CurrentActor() actor: Actor, @Args('input') input: UpdateEmployerInput): Promise<Employer> {
    return this.employerService.update(actor, input) as Promise<Employer>;
  }

  @Mutation(() => EmployerContact)
  @Allow(...REGION_WRITERS)
  addEmployerContact(
    @CurrentActor() actor: Actor,
    @Args('input') input: AddContactInput,
    @Args('idempotencyKey', IDEMPOTENCY_KEY_ARG) idempotencyKey?: string,
  ): Promise<EmployerContact> {
    return this.contactService.add(actor, input, idempotencyKey ?? undefined);
  }

  @Mutation(() => EmployerContact)
  @Allow(...REGION_WRITERS)
  updateEmployerContact(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateContactInput,
  ): Promise<EmployerContact> {
    return this.contactService.update(actor, input);
  }

  @Mutation(() => Boolean)
  @Allow(...REGION_WRITERS)
  removeEmployerContact(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<boolean> {
    return this.contactService.remove(actor, id);
  }

  @Mutation(() => [TeamMember], { description: 'Adds a member to the account team, or makes a member the lead.' })
  @Allow(...REGION_WRITERS)
  addTeamMember(@CurrentActor() actor: Actor, @Args('input') input: TeamMemberInput): Promise<TeamMember[]> {
    return this.teamService.add(actor, input);
  }

  @Mutation(() => [TeamMember])
  @Allow(...REGION_WRITERS)
  removeTeamMember(
    @CurrentActor() actor: Actor,
    @IdArg('employerId') employerId: string,
    @IdArg('userId') userId: string,
  ): Promise<TeamMember[]> {
    return this.teamService.remove(actor, employerId, userId);
  }

  @Mutation(() => TimelineEntry)
  @Allow(...REGION_WRITERS)
  addEmployerNote(
    @CurrentActor() actor: Actor,
    @Args('input') input: AddEmployerNoteInput,
    @Args('idempotencyKey', IDEMPOTENCY_KEY_ARG) idempotencyKey?: string,
  ): Promise<TimelineEntry> {
    return this.timelineService.addNote(actor, input, idempotencyKey ?? undefined) as Promise<TimelineEntry>;
  }

  @Query(() => [Employer], { description: 'Accounts of the same region and municipality with a similar name.' })
  @Allow()
  possibleDuplicates(@CurrentActor() actor: Actor, @IdArg('employerId') employerId: string): Promise<Employer[]> {
    return this.mergeService.possibleDuplicates(actor, employerId) as Promise<Employer[]>;
  }

  @Query(() => EmployerMergePreview, { description: 'What mergeEmployers would move from mergeId to keepId.' })
  @Allow(...REGION_WRITERS)
  employerMergePreview(
    @CurrentActor() actor: Actor,
    @IdArg('keepId') keepId: string,
    @IdArg('mergeId') mergeId: string,
  ): Promise<EmployerMergePreview> {
    return this.mergeService.preview(actor, keepId, mergeId);
  }

  @Mutation(() => Employer, {
    description: 'Moves everything of mergeId to keepId in one transaction; mergeId remains as a pointer to keepId.',
  })
  @Allow(...REGION_WRITERS)
  mergeEmployers(
    @CurrentActor() actor: Actor,
    @IdArg('keepId') keepId: string,
    @IdArg('mergeId') mergeId: string,
  ): Promise<Employer> {
    return this.mergeService.merge(actor, keepId, mergeId) as Promise<Employer>;
  }

  @ResolveField(() => [EmployerContact])
  contacts(employer: Employer, _args: unknown, { req }: GraphQLContext): Promise<EmployerContact[]> {
    return this.contactService.ofEmployer(req, employer.id);
  }

  @ResolveField(() => DateTimeScalar, {
    nullable: true,
    description: 'The last contact: a held visit or a note on the timeline; none yet: null.',
  })
  lastContactAt(employer: Employer, _args: unknown, { req }: GraphQLContext): Promise<Date | null> {
    return this.loaders.of(req).lastContactAt.load(employer.id);
  }

  @ResolveField(() => Boolean, {
    description: 'Another account of the region looks like this one (possibleDuplicates).',
  })
  hasPossibleDuplicates(employer: Employer, _args: unknown, { req }: GraphQLContext): Promise<boolean> {
    return this.loaders.of(req).hasPossibleDuplicates.load(employer.id);
  }

  @ResolveField(() => [TeamMember], { description: 'The account team, lead first.' })
  team(employer: Employer, _args: unknown, { req }: GraphQLContext): Promise<TeamMember[]> {
    return this.teamService.ofEmployer(req, employer.id);
  }

  @ResolveField(() => [TimelineEntry], { description: 'The newest notes and events, newest first.' })
  timeline(employer: Employer, _args: unknown, { req }: GraphQLContext): Promise<TimelineEntry[]> {
    return this.timelineService.ofEmployer(req, employer.id) as Promise<TimelineEntry[]>;
  }
}

@Resolver(() => TeamMember)
export class TeamMemberResolver {
  constructor(private readonly directory: DirectoryLoaders) {}

  @ResolveField(() => User)
  user(member: TeamMember, _args: unknown, { req }: GraphQLContext): Promise<User> {
    return this.directory.of(req).userById.load(member.userId) as Promise<User>;
  }
}
