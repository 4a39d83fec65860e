import { Module } from '@nestjs/common';
import { CandidatesModule } from '@wsp/candidates';
import { VacanciesModule } from '@wsp/vacancies';
import { CandidateFactsCache } from './candidate-facts-cache';
import { CandidateFactsMetrics } from './candidate-facts-metrics';
import { MatchingConfigResolver } from './matching-config.resolver';
import { MatchingConfigRepository } from './matching-config.repository';
import { MatchingConfigService } from './matching-config.service';
import { MatchingPreviewService } from './matching-preview.service';
import { SuggestionRepository } from './suggestion.repository';
import { MatchingRunRepository } from './matching-run.repository';
import { MatchingRunSweepJob } from './matching-run-sweep.job';
import { MatchProfileJob } from './match-profile.job';
import { MatchVacancyJob } from './match-vacancy.job';
import { ProfileSuggestionsResolver, SuggestionResolver, VacancySuggestionsResolver } from './suggestion.resolver';
import { SuggestionService } from './suggestion.service';

export const MATCHING_RESOLVERS = [
  SuggestionResolver,
  VacancySuggestionsResolver,
  ProfileSuggestionsResolver,
  MatchingConfigResolver,
];

/** The matching queue's jobs and the suggestions they store. */
@Module({
  imports: [VacanciesModule, CandidatesModule],
  providers: [
    CandidateFactsCache,
    CandidateFactsMetrics,
    SuggestionService,
    SuggestionRepository,
    MatchingRunRepository,
    MatchingRunSweepJob,
    MatchingConfigService,
    MatchingConfigRepository,
    MatchingPreviewService,
    MatchVacancyJob,
    MatchProfileJob,
    ...MATCHING_RESOLVERS,
  ],
  exports: [SuggestionService],
})
export class MatchingModule {}
