import { DirectoryLoaders } from './directory.loaders';
import { Args, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Allow, CurrentActor, GraphQLContext } from '@wsp/platform';
import { Municipality, Organisation, Region } from './dto/directory.models';
import { OrganisationService } from './organisation.service';
import { ReferenceService } from './reference.service';

@Resolver(() => Region)
export class RegionResolver {
  constructor(private readonly reference: ReferenceService) {}

  @Query(() => [Region], { description: 'All labour market regions.' })
  @Allow()
  regions(@CurrentActor() actor: Actor): Promise<Region[]> {
    return this.reference.listRegions(actor);
  }

  @Query(() => [Municipality], { description: 'The municipalities of one labour market region.' })
  @Allow()
  municipalities(@CurrentActor() actor: Actor, @Args('regionCode') regionCode: string): Promise<Municipality[]> {
    return this.reference.listMunicipalities(actor, regionCode);
  }
}

@Resolver(() => Organisation)
export class OrganisationResolver {
  constructor(
    private readonly organisationService: OrganisationService,
    private readonly loaders: DirectoryLoaders,
  ) {}

  @Query(() => [Organisation], { description: 'Partner organisations serving a region the caller serves.' })
  @Allow()
  organisations(@CurrentActor() actor: Actor, @Args('regionCode') regionCode: string): Promise<Organisation[]> {
    return this.organisationService.listInRegion(actor, regionCode);
  }

  @ResolveField(() => [String], { description: 'Codes of the labour market regions served.' })
  regionCodes(organisation: Organisation, _args: unknown, { req }: GraphQLContext): Promise<string[]> {
    return this.loaders.of(req).regionCodesOf.load(organisation.id);
  }

  @ResolveField(() => [String], { description: 'CBS codes of the municipalities served.' })
  municipalityCodes(organisation: Organisation, _args: unknown, { req }: GraphQLContext): Promise<string[]> {
    return this.loaders.of(req).municipalityCodesOf.load(organisation.id);
  }
}
