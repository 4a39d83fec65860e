import { Module } from '@nestjs/common';
import { CandidatesModule } from '@wsp/candidates';
import { VacanciesModule } from '@wsp/vacancies';
import { MatchProfileJob } from './match-profile.job';
import { MatchVacancyJob } from './match-vacancy.job';
import { ProfileSuggestionsResolver, SuggestionResolver, VacancySuggestionsResolver } from './suggestion.resolver';
import { SuggestionService } from './suggestion.service';

export const MATCHING_RESOLVERS = [SuggestionResolver, VacancySuggestionsResolver, ProfileSuggestionsResolver];

/** The matching queue's jobs and the suggestions they store. */
@Module({
  imports: [VacanciesModule, CandidatesModule],
  providers: [SuggestionService, MatchVacancyJob, MatchProfileJob, ...MATCHING_RESOLVERS],
  exports: [SuggestionService],
})
export class MatchingModule {}
