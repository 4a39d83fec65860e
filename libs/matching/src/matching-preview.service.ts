import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { dutchToday } from '@wsp/candidates';
import { Actor, DomainError } from '@wsp/platform';
import { DataSource } from 'typeorm';
import { UpdateMatchingConfigInput } from './dto/matching-config.models';
import { MatchingPreview } from './dto/matching-preview.models';
import { CandidateFactsCache } from './candidate-facts-cache';
import { MatchingConfigService } from './matching-config.service';
import { loadCandidateSetContext, loadVacancy } from './matching-data';
import { rankCandidates, RankedCandidate } from './vacancy-ranking';

/**
 * A vacancy's top list under the region's configuration and under an edited one, side by side, before anything is
 * saved: the same ranking the matching job stores, run twice on the same candidates, storing nothing.
 */
@Injectable()
export class MatchingPreviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly configs: MatchingConfigService,
    private readonly candidates: CandidateFactsCache,
  ) {}

  async preview(actor: Actor, vacancyId: string, input: UpdateMatchingConfigInput): Promise<MatchingPreview> {
    const { current, edited } = await this.configs.withChangesPreviewed(actor, input);
    const vacancy = await loadVacancy(this.dataSource.manager, vacancyId);
    if (!vacancy || vacancy.regionCode !== input.regionCode) throw DomainError.notFound('Vacancy');
    await this.candidates.bringUpToDate();
    const today = dutchToday();
    const candidateSet = await loadCandidateSetContext(this.dataSource.manager, vacancy, today);
    const rank = (config: typeof current) =>
      rankCandidates(this.candidates.current, vacancy, candidateSet, config, today).top.map(entry);
    return { vacancyId, current: rank(current), edited: rank(edited) };
  }
}

const entry = ({ profileId, pool, score, rank, balanced }: RankedCandidate) => ({
  profileId,
  pool,
  score,
  rank,
  balanced,
});
