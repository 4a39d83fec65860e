import { Injectable } from '@nestjs/common';
import { Actor, byKeys, DomainError } from '@wsp/platform';
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
    const rows = await this.repository.anonymisedViews(actor, ids, actor.regionCodes, purpose);
    return byKeys(ids, rows.map(anonymisedView), (view) => view.id);
  }
}
