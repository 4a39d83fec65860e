import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuditEvent, byKeys, GraphQLContext, requestLoader } from '@wsp/platform';
import { User } from './dto/directory.models';
import { UserService } from './user.service';

/** Who did it, by name, for the administrator reading the audit log (a system action has no actor). */
@Resolver(() => AuditEvent)
export class AuditActorResolver {
  constructor(private readonly users: UserService) {}

  @ResolveField(() => User, { nullable: true, description: 'The user who acted; none when the system did.' })
  async actor(@Parent() event: AuditEvent, @Context() { req }: GraphQLContext): Promise<User | undefined> {
    if (!event.actorUserId) return undefined;
    const user = await requestLoader(req, 'user.byId', async (ids: readonly string[]) =>
      byKeys(ids, await this.users.findByIds(ids), (found) => found.id),
    ).load(event.actorUserId);
    return (user ?? undefined) as User | undefined;
  }
}
