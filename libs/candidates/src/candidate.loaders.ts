import { Injectable } from '@nestjs/common';
import { AuthenticatedRequest, batchLoader, RequestLoaders, requestActor } from '@wsp/platform';
import DataLoader from 'dataloader';
import { AnonymisedProfileService } from './anonymised-profile.service';
import { AnonymisedCandidateProfile } from './dto/candidate-profile.models';

/** The candidates' loaders of one request. */
export interface CandidateRequestLoaders {
  /**
   * The anonymised profiles the request's actor views for `purpose` (a suggestion, a proposal, interest), read
   * together; each view by another organisation than the owner is audited with that purpose.
   */
  anonymisedProfiles(purpose: string): DataLoader<string, AnonymisedCandidateProfile | undefined>;
}

@Injectable()
export class CandidateLoaders extends RequestLoaders<CandidateRequestLoaders> {
  constructor(private readonly profiles: AnonymisedProfileService) {
    super();
  }

  protected create(request: object): CandidateRequestLoaders {
    const actor = requestActor(request as AuthenticatedRequest);
    const byPurpose = new Map<string, DataLoader<string, AnonymisedCandidateProfile | undefined>>();
    return {
      anonymisedProfiles: (purpose) => {
        let loader = byPurpose.get(purpose);
        if (!loader) {
          loader = batchLoader((ids: readonly string[]) => this.profiles.viewMany(actor, ids, purpose));
          byPurpose.set(purpose, loader);
        }
        return loader;
      },
    };
  }
}
