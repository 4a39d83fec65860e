import { ResolveField, Resolver } from '@nestjs/graphql';
import { User } from '@wsp/directory';
import { GraphQLContext, hasRole, requestActor, Role } from '@wsp/platform';
import { NotificationLoaders } from './notification.loaders';
import { MailProblem } from './notification.models';

/** On the administrators' user list: the address the mail server refused, so they correct it. */
@Resolver(() => User)
export class MailProblemResolver {
  constructor(private readonly loaders: NotificationLoaders) {}

  @ResolveField(() => MailProblem, {
    nullable: true,
    description: "Administrators only: the user's address the mail server refused, until a message reaches them.",
  })
  async mailProblem(user: User, _args: unknown, { req }: GraphQLContext): Promise<MailProblem | null> {
    if (!hasRole(requestActor(req), Role.ADMIN)) return null;
    const problem = await this.loaders.of(req).mailProblem.load(user.id);
    return problem ?? null;
  }
}
