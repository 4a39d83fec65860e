import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuditEvent, GraphQLContext } from '@wsp/platform';
import { User } from './dto/directory.models';
import { DirectoryLoaders } from './directory.loaders';

/** Who did it, by name, for the administrator reading the audit log (a system action has no actor). */
@Resolver(() => AuditEvent)
export class AuditActorResolver {
  constructor(private readonly loaders: DirectoryLoaders) {}

  @ResolveField(() => User, { nullable: true, description: 'The user who acted; none when the system did.' })
  async actor(@Parent() event: AuditEvent, @Context() { req }: GraphQLContext): Promise<User | undefined> {
    if (!event.actorUserId) return undefined;
    const user = await this.loaders.of(req).userById.load(event.actorUserId);
    return (user ?? undefined) as User | undefined;
  }
}
