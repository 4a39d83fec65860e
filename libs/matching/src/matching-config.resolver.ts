import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Allow, CurrentActor, Role } from '@wsp/platform';
import { MatchingConfiguration, UpdateMatchingConfigInput } from './dto/matching-config.models';
import { MatchingConfigService } from './matching-config.service';

@Resolver(() => MatchingConfiguration)
export class MatchingConfigResolver {
  constructor(private readonly configs: MatchingConfigService) {}

  @Query(() => MatchingConfiguration, { description: "A region's matching weights and policy." })
  @Allow()
  matchingConfig(@CurrentActor() actor: Actor, @Args('regionCode') regionCode: string): Promise<MatchingConfiguration> {
    return this.configs.get(actor, regionCode);
  }

  @Mutation(() => MatchingConfiguration, { description: 'Applies to matching runs from now on.' })
  @Allow(Role.ADMIN)
  updateMatchingConfig(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateMatchingConfigInput,
  ): Promise<MatchingConfiguration> {
    return this.configs.update(actor, input);
  }
}
