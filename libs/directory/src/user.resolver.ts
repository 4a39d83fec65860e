import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Actor,
  Allow,
  ConnectionShape,
  CurrentActor,
  GraphQLContext,
  hasRole,
  IdArg,
  IDEMPOTENCY_KEY_ARG,
  PageArgs,
  Role,
} from '@wsp/platform';
import { IdentityProviderInfo, Organisation, User, UserConnection } from './dto/directory.models';
import { AddUserInput, ChangeUserRolesInput, SetUserActiveInput, UpdateUserInput } from './dto/user.inputs';
import { DirectoryLoaders } from './directory.loaders';
import { OrganisationService } from './organisation.service';
import { UserService } from './user.service';

@Resolver(() => User)
export class UserResolver {
  constructor(
    private readonly userService: UserService,
    private readonly organisations: OrganisationService,
    private readonly loaders: DirectoryLoaders,
  ) {}

  @Query(() => User, { description: 'The signed-in user.' })
  @Allow()
  me(@CurrentActor() actor: Actor): Promise<User> {
    return this.userService.me(actor);
  }

  @Query(() => UserConnection, { description: 'Users of a partner organisation, by display name.' })
  @Allow()
  users(
    @CurrentActor() actor: Actor,
    @IdArg('organisationId') organisationId: string,
    @Args() page: PageArgs,
    @Args('active', { nullable: true, type: () => Boolean }) active?: boolean,
  ): Promise<ConnectionShape<User>> {
    return this.userService.list(actor, organisationId, page, { active: active ?? undefined });
  }

  @Query(() => [IdentityProviderInfo], {
    description:
      "The identity providers that may sign in people of an organisation (default the actor's own): for administrators choosing a user's issuer.",
  })
  @Allow(Role.ADMIN)
  async identityProviders(
    @CurrentActor() actor: Actor,
    @IdArg('organisationId', { nullable: true }) organisationId?: string,
  ): Promise<IdentityProviderInfo[]> {
    const providers = await this.userService.identityProvidersOf(actor, organisationId ?? actor.organisationId);
    return providers.map(({ name, issuer }) => ({ name, issuer }));
  }

  @Mutation(() => User, { description: "Adds a user to the administrator's own organisation." })
  @Allow(Role.ADMIN)
  addUser(
    @CurrentActor() actor: Actor,
    @Args('input') input: AddUserInput,
    @Args('idempotencyKey', IDEMPOTENCY_KEY_ARG) idempotencyKey?: string,
  ): Promise<User> {
    return this.userService.add(actor, input, idempotencyKey ?? undefined);
  }

  @Mutation(() => User)
  @Allow(Role.ADMIN)
  changeUserRoles(@CurrentActor() actor: Actor, @Args('input') input: ChangeUserRolesInput): Promise<User> {
    return this.userService.changeRoles(actor, input);
  }

  @Mutation(() => User, { description: 'A deactivated user keeps their history but can no longer sign in.' })
  @Allow(Role.ADMIN)
  deactivateUser(@CurrentActor() actor: Actor, @Args('input') input: SetUserActiveInput): Promise<User> {
    return this.userService.setActive(actor, input, false);
  }

  @Mutation(() => User)
  @Allow(Role.ADMIN)
  reactivateUser(@CurrentActor() actor: Actor, @Args('input') input: SetUserActiveInput): Promise<User> {
    return this.userService.setActive(actor, input, true);
  }

  @Mutation(() => User, {
    description:
      "Corrects a user's sign-in issuer, subject, name or e-mail (audited); what the input leaves out stays.",
  })
  @Allow(Role.ADMIN)
  updateUser(@CurrentActor() actor: Actor, @Args('input') input: UpdateUserInput): Promise<User> {
    return this.userService.update(actor, input);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: "The identity provider's subject this user signs in with: for their organisation's administrators.",
  })
  subject(@Parent() user: User & { subject?: string }, @CurrentActor() actor: Actor): string | null {
    const ownAdmin = hasRole(actor, Role.ADMIN) && actor.organisationId === user.organisationId;
    return ownAdmin ? (user.subject ?? null) : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      "The identity provider (issuer URL) this user signs in with, null when not recorded (any provider of the organisation): for their organisation's administrators.",
  })
  issuer(@Parent() user: User & { issuer?: string | null }, @CurrentActor() actor: Actor): string | null {
    const ownAdmin = hasRole(actor, Role.ADMIN) && actor.organisationId === user.organisationId;
    return ownAdmin ? (user.issuer ?? null) : null;
  }

  @ResolveField(() => Organisation)
  organisation(user: User, _args: unknown, { req }: GraphQLContext): Promise<Organisation> {
    return this.loaders.of(req).organisationById.load(user.organisationId) as Promise<Organisation>;
  }
}
