import { Injectable } from '@nestjs/common';
import { Actor, AuditEntityType, DomainError, selectAuditingViews } from '@wsp/platform';
import { AnonymisedCandidateProfile } from './dto/candidate-profile.models';
import { CandidateProfileRepository } from './candidate-profile.repository';
import { anonymisedView } from './profile-views';

/**
 * The anonymised view of profiles for the partners of their region (behind a suggestion, an interest, a proposal),
 * with the audit: a view by another organisation than the owner is recorded as it is read, with its purpose.
 * Profiles of other regions are not found.
 */
@Injectable()
export class AnonymisedProfileService {
  constructor(private readonly repository: CandidateProfileRepository) {}

  async view(actor: Actor, id: string, purpose: string): Promise<AnonymisedCandidateProfile> {
    const [view] = await this.viewMany(actor, [id], purpose);
    if (!view) throw DomainError.notFound('Candidate profile');
    return view;
  }

  /** Many at once, in `ids` order; undefined where unknown or outside the actor's regions. */
  async viewMany(
    actor: Actor,
    ids: readonly string[],
    purpose: string,
  ): Promise<(AnonymisedCandidateProfile | undefined)[]> {
    const visible = new Map((await this.viewWhere(actor, 'p.id = ANY(:ids)', { ids }, purpose)).map((v) => [v.id, v]));
    return ids.map((id) => visible.get(id));
  }

  /**
   * The profiles whose ids `idsQuery` (SQL of one uuid column, with named `params`) selects, read in the same
   * statement: a caller that knows which profiles it will show need not wait for their ids first.
   */
  viewIn(
    actor: Actor,
    idsQuery: string,
    params: Record<string, unknown>,
    purpose: string,
  ): Promise<AnonymisedCandidateProfile[]> {
    return this.viewWhere(actor, `p.id IN (${idsQuery})`, params, purpose);
  }

  private async viewWhere(
    actor: Actor,
    condition: string,
    params: Record<string, unknown>,
    purpose: string,
  ): Promise<AnonymisedCandidateProfile[]> {
    // Profiles of other regions are not found; a view of another organisation's profile is audited as it is read.
    const found = await selectAuditingViews(
      this.repository.profilesInRegions(condition, params, actor.regionCodes),
      actor,
      { entityType: AuditEntityType.CANDIDATE_PROFILE, owner: 'ownerOrganisationId', purpose },
    );
    return found.map(anonymisedView);
  }
}
