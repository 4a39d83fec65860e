import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Allow, CurrentActor, IdArg, Role } from '@wsp/platform';
import { MatchingConfiguration, UpdateMatchingConfigInput } from './dto/matching-config.models';
import { MatchingConfigService } from './matching-config.service';
import { MatchingPreview } from './dto/matching-preview.models';
import { MatchingPreviewService } from './matching-preview.service';

@Resolver(() => MatchingConfiguration)
export class MatchingConfigResolver {
  constructor(
    private readonly configs: MatchingConfigService,
    private readonly preview: MatchingPreviewService,
  ) {}

  @Query(() => MatchingConfiguration, { description: "A region's matching weights and policy." })
  @Allow()
  matchingConfig(@CurrentActor() actor: Actor, @Args('regionCode') regionCode: string): Promise<MatchingConfiguration> {
    return this.configs.get(actor, regionCode);
  }

  @Query(() => MatchingPreview, {
    description: "A vacancy's top list under the current and the edited configuration, side by side; nothing saved.",
  })
  @Allow(Role.ADMIN)
  matchingPreview(
    @CurrentActor() actor: Actor,
    @IdArg('vacancyId') vacancyId: string,
    @Args('input') input: UpdateMatchingConfigInput,
  ): Promise<MatchingPreview> {
    return this.preview.preview(actor, vacancyId, input);
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
