import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Allow, CurrentActor, IdArg, IDEMPOTENCY_KEY_ARG, REGION_WRITERS } from '@wsp/platform';
import { EmployerImport, StartImportInput } from './dto/import.models';
import { EmployerImportService } from './employer-import.service';

@Resolver(() => EmployerImport)
export class ImportResolver {
  constructor(private readonly importService: EmployerImportService) {}

  @Mutation(() => EmployerImport, {
    description:
      'Imports employers, contacts or vacancies from your own CSV export; runs in the background. A file above 700 kB goes to POST /imports (multipart, up to 50 MB).',
  })
  @Allow(...REGION_WRITERS)
  startImport(
    @CurrentActor() actor: Actor,
    @Args('input') input: StartImportInput,
    @Args('idempotencyKey', IDEMPOTENCY_KEY_ARG) idempotencyKey?: string,
  ): Promise<EmployerImport> {
    return this.importService.start(actor, input, idempotencyKey ?? undefined);
  }

  @Query(() => EmployerImport, { description: 'One import of your organisation, with its progress.' })
  @Allow(...REGION_WRITERS)
  employerImport(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<EmployerImport> {
    return this.importService.get(actor, id);
  }

  @Query(() => [EmployerImport], { description: "Your organisation's latest imports, newest first." })
  @Allow(...REGION_WRITERS)
  employerImports(@CurrentActor() actor: Actor): Promise<EmployerImport[]> {
    return this.importService.list(actor);
  }
}
