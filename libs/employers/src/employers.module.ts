import { AccountMerges } from './account-merges';
import { EmployerBookImport } from './employer-book-import';
import { EmployerLoaders } from './employer.loaders';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DirectoryModule } from '@wsp/directory';
import { AccountTeamService } from './account-team.service';
import { EmployerContactService } from './employer-contact.service';
import { EmployerBookRepository } from './employer-book.repository';
import { EmployerMergeService } from './employer-merge.service';
import { EmployerResolver, TeamMemberResolver } from './employer.resolver';
import { EmployerService } from './employer.service';
import { EmployerContactEntity } from './entities/employer-contact.entity';
import { EmployerEntity } from './entities/employer.entity';
import { TimelineEntryEntity } from './entities/timeline-entry.entity';
import { TimelineService } from './timeline.service';

/** Every resolver of the employer book; the schema printer builds from the same list. */
export const EMPLOYER_RESOLVERS = [EmployerResolver, TeamMemberResolver];

/** The shared employer book of a region: accounts, contacts, account team and timeline. */
@Module({
  imports: [DirectoryModule, TypeOrmModule.forFeature([EmployerEntity, EmployerContactEntity, TimelineEntryEntity])],
  providers: [
    EmployerService,
    EmployerContactService,
    AccountTeamService,
    TimelineService,
    EmployerMergeService,
    EmployerBookRepository,
    AccountMerges,
    EmployerBookImport,
    EmployerLoaders,
    ...EMPLOYER_RESOLVERS,
  ],
  exports: [
    EmployerService,
    AccountTeamService,
    EmployerContactService,
    TimelineService,
    AccountMerges,
    EmployerBookImport,
  ],
})
export class EmployersModule {}
