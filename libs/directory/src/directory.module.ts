import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ACTOR_DIRECTORY } from '@wsp/platform';
import { ActorDirectoryService } from './actor-directory.service';
import { ActorRepository } from './actor.repository';
import { RegionMembers } from './region-members';
import { DirectoryLoaders } from './directory.loaders';
import { AuditActorResolver } from './audit-actor.resolver';
import { DemoSeedService } from './demo-seed.service';
import { DemoUserRepository } from './demo-user.repository';
import { OrganisationResolver, RegionResolver } from './directory.resolver';
import { LabourMarketRegionEntity } from './entities/labour-market-region.entity';
import { MunicipalityEntity } from './entities/municipality.entity';
import { OrganisationEntity } from './entities/organisation.entity';
import { UserEntity } from './entities/user.entity';
import { OrganisationRepository } from './organisation.repository';
import { OrganisationService } from './organisation.service';
import { ReferenceService } from './reference.service';
import { UserResolver } from './user.resolver';
import { UserService } from './user.service';

/** Every resolver of the directory; the schema printer builds from the same list. */
export const DIRECTORY_RESOLVERS = [RegionResolver, OrganisationResolver, UserResolver, AuditActorResolver];

@Module({
  imports: [TypeOrmModule.forFeature([LabourMarketRegionEntity, MunicipalityEntity, OrganisationEntity, UserEntity])],
  providers: [
    ReferenceService,
    OrganisationService,
    OrganisationRepository,
    UserService,
    DemoSeedService,
    DemoUserRepository,
    ...DIRECTORY_RESOLVERS,
    ActorRepository,
    RegionMembers,
    DirectoryLoaders,
    ActorDirectoryService,
    { provide: ACTOR_DIRECTORY, useExisting: ActorDirectoryService },
  ],
  exports: [
    ACTOR_DIRECTORY,
    DirectoryLoaders,
    ActorDirectoryService,
    RegionMembers,
    DemoSeedService,
    DemoUserRepository,
    UserService,
    OrganisationService,
  ],
})
export class DirectoryModule {}
