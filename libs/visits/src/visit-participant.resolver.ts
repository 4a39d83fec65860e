import { ResolveField, Resolver } from '@nestjs/graphql';
import { DirectoryLoaders, User } from '@wsp/directory';
import { GraphQLContext } from '@wsp/platform';
import { VisitParticipant } from './dto/visit.models';

/** A participant's name and organisation, for screens that list who goes; one batched read per request. */
@Resolver(() => VisitParticipant)
export class VisitParticipantResolver {
  constructor(private readonly loaders: DirectoryLoaders) {}

  @ResolveField(() => User)
  user(participant: VisitParticipant, _args: unknown, { req }: GraphQLContext): Promise<User> {
    return this.loaders.of(req).userById.load(participant.userId) as Promise<User>;
  }
}
