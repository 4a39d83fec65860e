import { Injectable, OnModuleInit } from '@nestjs/common';
import { CandidateProfileService } from '@wsp/candidates';
import { AccountMerges } from '@wsp/employers';
import { Actor } from '@wsp/platform';
import { VacancyEntity, VacancyService } from '@wsp/vacancies';
import { PlacementRepository } from './placement.repository';

/** The candidate's facts a placement keeps (read when the proposal reaches PLACED). */
export interface PlacedProfile {
  id: string;
  owner_organisation_id: string;
  pool: 'UWV' | 'MUNICIPALITY';
  target_groups: string[];
  ww_end_month: string | null;
  hours_max: number | null;
}

/**
 * The end of a handover: the placement the reports count, the profile PLACED from its first working day (the
 * candidates' service), and the vacancy FILLED once all its places are (the vacancies' service). In the caller's
 * transaction, with the proposal's step.
 */
@Injectable()
export class PlacementRecordingService implements OnModuleInit {
  constructor(
    private readonly placements: PlacementRepository,
    private readonly profiles: CandidateProfileService,
    private readonly vacancies: VacancyService,
    private readonly merges: AccountMerges,
  ) {}

  /** When two accounts merge, the merged one's placements count for the kept one. */
  onModuleInit(): void {
    this.merges.register('placements', (keepId, mergeId) => this.placements.moveToAccount(keepId, mergeId));
  }

  async record(
    actor: Actor,
    vacancy: VacancyEntity,
    profile: PlacedProfile,
    proposalId: string,
    work: { startDate: string; hoursPerWeek?: number | null },
  ): Promise<void> {
    await this.placements.insert({
      vacancyId: vacancy.id,
      employerId: vacancy.employerId,
      regionCode: vacancy.regionCode,
      pool: profile.pool,
      ownerOrganisationId: profile.owner_organisation_id,
      profileId: profile.id,
      proposalId,
      occupationCode: vacancy.occupationCode,
      contractType: vacancy.contractType,
      startDate: work.startDate,
      hoursPerWeek: work.hoursPerWeek ?? profile.hours_max ?? vacancy.hoursMax,
      targetGroups: profile.target_groups,
      maxWw: profile.target_groups.includes('MAX_WW') && profile.ww_end_month !== null,
      wwEndMonth: profile.ww_end_month,
      createdBy: actor.userId,
    });
    await this.profiles.markPlaced(actor, profile.id, work.startDate);
    await this.vacancies.markFilledIfComplete(actor, vacancy.id);
  }
}
