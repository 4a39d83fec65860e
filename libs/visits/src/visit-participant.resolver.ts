import { ResolveField, Resolver } from '@nestjs/graphql';
import { User, UserService } from '@wsp/directory';
import { byKeys, GraphQLContext, requestLoader } from '@wsp/platform';
import { VisitParticipant } from './dto/visit.models';

/** A participant's name and organisation, for screens that list who goes; one batched read per request. */
@Resolver(() => VisitParticipant)
export class VisitParticipantResolver {
  constructor(private readonly userService: UserService) {}

  @ResolveField(() => User)
  user(participant: VisitParticipant, _args: unknown, { req }: GraphQLContext): Promise<User> {
    return requestLoader(req, 'user.byId', async (ids: readonly string[]) =>
      byKeys(ids, await this.userService.findByIds(ids), (u) => u.id),
    ).load(participant.userId) as Promise<User>;
  }
}
