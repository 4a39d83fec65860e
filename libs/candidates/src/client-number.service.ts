import { Injectable } from '@nestjs/common';
import { Actor, ClientReference, ClientReferenceHasher, DomainError } from '@wsp/platform';
import { CandidateProfileRepository } from './candidate-profile.repository';
import { CandidateProfileEntity } from './entities/candidate-profile.entity';

/** The keyed hashes a client number is stored and looked up under. */
export interface ClientReferences {
  current: ClientReference;
  /** While the organisation's secret is being rotated: the reference under the secret it replaces. */
  previous?: ClientReference;
}

/**
 * An owner's client numbers, kept only as keyed hashes under the organisation's secret: making the references,
 * finding the owner's profile by them (re-keying one made with a secret being rotated out), and refusing a second
 * profile for the same client.
 */
@Injectable()
export class ClientNumberService {
  constructor(
    private readonly hasher: ClientReferenceHasher,
    private readonly repository: CandidateProfileRepository,
  ) {}

  /** A client number's reference under the organisation's secret and, while it is being rotated, the previous one. */
  async referencesOf(actor: Actor, clientNumber: string, field: string): Promise<ClientReferences> {
    const slug = await this.repository.organisationSlug(actor.organisationId);
    return {
      current: await this.hasher.hash(slug, clientNumber, field),
      previous: this.hasher.previousHash(slug, clientNumber),
    };
  }

  /** The owner's profile under either reference; one found under the previous secret is re-keyed on the spot. */
  async findProfile(actor: Actor, { current, previous }: ClientReferences): Promise<CandidateProfileEntity | null> {
    const profile = await this.repository.findByReference(
      actor.organisationId,
      previous ? [current.hash, previous.hash] : [current.hash],
    );
    if (profile && previous) await this.repository.rekeyReference(profile.id, previous.hash, current);
    return profile;
  }

  /** CONFLICT, with the existing profile's id, when the organisation has a profile for this client already. */
  async assertNewClient(actor: Actor, references: ClientReferences): Promise<void> {
    const existing = await this.findProfile(actor, references);
    if (existing) {
      throw DomainError.conflict('Your organisation already has a profile for this client number', {
        existingId: existing.id,
      });
    }
  }
}
