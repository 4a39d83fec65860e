import { ResolveField, Resolver } from '@nestjs/graphql';
import { User } from '@wsp/directory';
import { byKeys, GraphQLContext, hasRole, requestActor, requestLoader, Role } from '@wsp/platform';
import { MailRepository } from './mail/mail.repository';
import { MailProblem } from './notification.models';

/** On the administrators' user list: the address the mail server refused, so they correct it. */
@Resolver(() => User)
export class MailProblemResolver {
  constructor(private readonly mails: MailRepository) {}

  @ResolveField(() => MailProblem, {
    nullable: true,
    description: "Administrators only: the user's address the mail server refused, until a message reaches them.",
  })
  async mailProblem(user: User, _args: unknown, { req }: GraphQLContext): Promise<MailProblem | null> {
    if (!hasRole(requestActor(req), Role.ADMIN)) return null;
    const problem = await requestLoader(req, 'user.mailProblem', async (ids: readonly string[]) =>
      byKeys(ids, await this.mails.problemsOf(ids), (row) => row.userId),
    ).load(user.id);
    return problem ?? null;
  }
}
