import { CandidateLoaders } from './candidate.loaders';
import { DirectoryModule } from '@wsp/directory';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '@wsp/notifications';
import { ClientReferenceHasher } from '@wsp/platform';
import { PrivacyCheckResolver } from './privacy-check.resolver';
import { CandidateProfileResolver } from './candidate-profile.resolver';
import { AnonymisedProfileService } from './anonymised-profile.service';
import { CandidateProfileRepository } from './candidate-profile.repository';
import { CandidateProfileService } from './candidate-profile.service';
import { ClientNumberService } from './client-number.service';
import { ProfileRemovalService } from './profile-removal.service';
import { CandidateProfileEntity } from './entities/candidate-profile.entity';
import { ProfileRetentionRepository } from './profile-retention.repository';
import { ProfileRetentionJob } from './profile-retention.job';
import { MaxWwCohortRepository } from './max-ww-cohort.repository';
import { MaxWwWarningJob } from './max-ww-warning.job';

export const CANDIDATE_RESOLVERS = [CandidateProfileResolver, PrivacyCheckResolver];

/** Anonymised candidate profiles: owner-side API, retention job and the anonymised view for matching. */
@Module({
  imports: [TypeOrmModule.forFeature([CandidateProfileEntity]), NotificationsModule, DirectoryModule],
  providers: [
    CandidateProfileService,
    CandidateLoaders,
    CandidateProfileRepository,
    ClientNumberService,
    AnonymisedProfileService,
    ProfileRemovalService,
    ClientReferenceHasher,
    ProfileRetentionJob,
    ProfileRetentionRepository,
    MaxWwCohortRepository,
    MaxWwWarningJob,
    ...CANDIDATE_RESOLVERS,
  ],
  exports: [CandidateProfileService, AnonymisedProfileService, CandidateLoaders, MaxWwCohortRepository],
})
export class CandidatesModule {}
