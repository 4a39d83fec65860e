import { Injectable } from '@nestjs/common';
import { RegionMembers } from '@wsp/directory';
import { InjectRepository } from '@nestjs/typeorm';
import {
  Actor,
  assertNoPii,
  AuditAction,
  AuditEntityType,
  AuditTrail,
  ConnectionShape,
  DomainError,
  FieldProblem,
  GuardedText,
  IdempotencyKeys,
  isUniqueViolation,
  JobName,
  Outbox,
  PageArgs,
  retryTransientConflicts,
  Role,
  Transactions,
  versionJobId,
} from '@wsp/platform';
import { Repository } from 'typeorm';
import {
  CandidateProfileFilter,
  ChangeCandidateStatusInput,
  CreateCandidateProfileInput,
  UpdateCandidateProfileInput,
} from './dto/candidate-profile.inputs';
import { CandidateProfile, CandidateStatus, TargetGroup } from './dto/candidate-profile.models';
import { CandidateProfileEntity } from './entities/candidate-profile.entity';
import {
  addMonths,
  dutchToday,
  missingForSharing,
  monthToDate,
  newPublicCode,
  PROFILE_VALIDITY_MONTHS,
} from './profile-rules';
import { ownerView } from './profile-views';
import { CandidateProfileRepository } from './candidate-profile.repository';
import { ClientNumberService } from './client-number.service';
import { ProfileRemovalService } from './profile-removal.service';
import { LEFT_ON_WITHDRAWAL, WithdrawalReason } from './max-ww-outcome';

const PROFILE = 'Candidate profile';
const OWNER_REFERENCE_KEY = 'candidate_profile_owner_reference_key';
const CREATE_PROFILE = 'createCandidateProfile';

type ProfileFields = Omit<Partial<CreateCandidateProfileInput>, 'clientNumber' | 'status'>;

/**
 * The owner's side of anonymised candidate profiles: the owning organisation's job coaches make, change, renew and
 * withdraw them, every change audited in its own transaction. Client numbers are ClientNumberService's, the
 * partners' anonymised view AnonymisedProfileService's, removal ProfileRemovalService's.
 */
@Injectable()
export class CandidateProfileService {
  constructor(
    @InjectRepository(CandidateProfileEntity) private readonly profiles: Repository<CandidateProfileEntity>,
    private readonly transactions: Transactions,
    private readonly auditTrail: AuditTrail,
    private readonly outbox: Outbox,
    private readonly repository: CandidateProfileRepository,
    private readonly clientNumbers: ClientNumberService,
    private readonly removal: ProfileRemovalService,
    private readonly idempotency: IdempotencyKeys,
    private readonly members: RegionMembers,
  ) {}

  /** A retry with the same `idempotencyKey` returns the profile the first request made, and writes nothing. */
  async create(actor: Actor, input: CreateCandidateProfileInput, idempotencyKey?: string): Promise<CandidateProfile> {
    assertNoPii({ 'input.pitch': input.pitch, 'input.internalNote': input.internalNote }, GuardedText.CANDIDATE);
    const status = input.status ?? CandidateStatus.ACTIVE;
    const fields = normalise(input);
    assertConsistent(fields, status, input);
    const regionCode = await this.regionOfResidence(actor, input.municipalityCode);
    await this.assertReferences(input, actor, regionCode);
    const references = input.clientNumber
      ? await this.clientNumbers.referencesOf(actor, input.clientNumber, 'input.clientNumber')
      : undefined;
    const ownerReference = references?.current.hash ?? null;
    const ownerReferenceKey = references?.current.keyId ?? null;
    try {
      return await this.idempotency.createOnce(
        actor,
        idempotencyKey,
        CREATE_PROFILE,
        // After the key's lookup: a retry of a create with a client number finds its profile, not a conflict.
        async () => {
          if (references) await this.clientNumbers.assertNewClient(actor, references);
          return this.insert(actor, input, { fields, status, regionCode, ownerReference, ownerReferenceKey });
        },
        (id) => this.get(actor, id),
      );
    } catch (error) {
      if (isUniqueViolation(error, OWNER_REFERENCE_KEY)) await this.clientNumbers.assertNewClient(actor, references!);
      throw error;
    }
  }

  private async insert(
    actor: Actor,
    input: CreateCandidateProfileInput,
    made: {
      fields: Partial<CandidateProfileEntity>;
      status: CandidateStatus;
      regionCode: string;
      ownerReference: Buffer | null;
      ownerReferenceKey: CandidateProfileEntity['ownerReferenceKey'];
    },
  ): Promise<string> {
    const { fields, status, regionCode, ownerReference, ownerReferenceKey } = made;
    const today = dutchToday();
    const created = await this.repository.insert({
      ...fields,
      publicCode: newPublicCode(),
      ownerOrganisationId: actor.organisationId,
      pool: actor.organisationKind,
      regionCode,
      coachId: input.coachId ?? actor.userId,
      ownerReference,
      ownerReferenceKey,
      legalBasisRecordedAt: new Date(),
      legalBasisRecordedBy: actor.userId,
      expiresOn: addMonths(today, PROFILE_VALIDITY_MONTHS),
      status,
      createdBy: actor.userId,
    });
    await this.audit(actor, created, AuditAction.CREATE, 'profiel aangemaakt');
    await this.requestMatching(created);
    return created.id;
  }

  /** The owner's view; to anyone else the profile is unknown. */
  async get(actor: Actor, id: string): Promise<CandidateProfile> {
    const found = await this.repository.byIdWithClientNumberFlag(id);
    return ownerView(assertOwned(actor, found?.profile), found?.hasClientNumber === true);
  }

  async findByClientNumber(actor: Actor, clientNumber: string): Promise<CandidateProfile> {
    if (!/^[A-Za-z0-9][A-Za-z0-9 .-]{0,39}$/.test(clientNumber)) {
      throw DomainError.badInput([
        { field: 'clientNumber', message: 'must be 1-40 letters, digits, spaces, dots or dashes' },
      ]);
    }
    const references = await this.clientNumbers.referencesOf(actor, clientNumber, 'clientNumber');
    const profile = await this.clientNumbers.findProfile(actor, references);
    if (!profile) throw DomainError.notFound(PROFILE);
    return ownerView(profile, true);
  }

  async list(actor: Actor, filter: CandidateProfileFilter, page: PageArgs): Promise<ConnectionShape<CandidateProfile>> {
    const connection = await this.repository.page(actor.organisationId, filter, page, dutchToday());
    const withReference = await this.repository.withClientNumber(connection.edges.map((edge) => edge.node.id));
    return {
      ...connection,
      edges: connection.edges.map((edge) => ({ ...edge, node: ownerView(edge.node, withReference.has(edge.node.id)) })),
    };
  }

  async update(actor: Actor, input: UpdateCandidateProfileInput): Promise<CandidateProfile> {
    assertNoPii({ 'input.pitch': input.pitch, 'input.internalNote': input.internalNote }, GuardedText.CANDIDATE);
    const current = await this.findOwned(actor, input.id);
    const { id, version, ...changes } = input;
    const fields = normalise(changes);
    const merged = { ...current, ...fields };
    assertConsistent(merged, current.status as CandidateStatus, changes);
    const regionCode = changes.municipalityCode
      ? await this.regionOfResidence(actor, changes.municipalityCode)
      : current.regionCode;
    await this.assertReferences(changes, actor, regionCode);
    const legalBasis = changes.legalBasis
      ? { legalBasisRecordedAt: new Date(), legalBasisRecordedBy: actor.userId }
      : {};
    await this.transactions.withTransaction(async () => {
      const updated = await this.repository.update(id, version, {
        ...fields,
        ...legalBasis,
        regionCode,
      });
      await this.audit(actor, updated, AuditAction.UPDATE, 'profiel gewijzigd');
      await this.requestMatching(updated);
    });
    return this.get(actor, id);
  }

  async changeStatus(actor: Actor, input: ChangeCandidateStatusInput): Promise<CandidateProfile> {
    const current = await this.findOwned(actor, input.id);
    if (input.status === CandidateStatus.ACTIVE) {
      assertShareable(current, 'input.status');
      if (current.expiresOn < dutchToday()) {
        throw DomainError.badInput([{ field: 'input.status', message: 'the profile has expired: renew it first' }]);
      }
    }
    await this.transactions.withTransaction(async () => {
      const updated = await this.repository.update(current.id, input.version, { status: input.status });
      await this.audit(actor, updated, AuditAction.STATUS_CHANGE, `status ${current.status} -> ${input.status}`);
      await this.requestMatching(updated);
    });
    return this.get(actor, current.id);
  }

  /**
   * Marks a profile PLACED inside the caller's transaction (a placement recorded by the handover flow, possibly
   * by another organisation's account manager), with the first working day: audited and re-matched like any
   * status change.
   */
  async markPlaced(actor: Actor, profileId: string, startDate: string): Promise<void> {
    const profile = await this.repository.markPlaced(profileId, startDate);
    if (!profile) return;
    await this.auditTrail.record(actor, {
      action: AuditAction.STATUS_CHANGE,
      entityType: AuditEntityType.CANDIDATE_PROFILE,
      entityId: profile.id,
      ownerOrganisationId: profile.owner_organisation_id,
      purpose: 'geplaatst via voordracht',
    });
    await this.requestMatching(profile);
  }

  /** Another PROFILE_VALIDITY_MONTHS from today. */
  async renew(actor: Actor, id: string, version: number): Promise<CandidateProfile> {
    const current = await this.findOwned(actor, id);
    await this.transactions.withTransaction(async () => {
      const updated = await this.repository.update(current.id, version, {
        expiresOn: addMonths(dutchToday(), PROFILE_VALIDITY_MONTHS),
      });
      await this.audit(actor, updated, AuditAction.RENEW, `verlengd tot ${updated.expiresOn}`);
      await this.requestMatching(updated);
    });
    return this.get(actor, current.id);
  }

  /**
   * Deletes the profile and everything derived from it at once; only the audit trail (ids, no content) and, for a
   * Max-WW candidate, an anonymous count of the cohort's outcome stay. The reason is a code, never free text, and
   * goes only into that count: the audit trail keeps the profile's id, and beside it the reason would be a fact
   * about one person.
   */
  async withdraw(actor: Actor, id: string, reason: WithdrawalReason): Promise<boolean> {
    const current = await this.findOwned(actor, id);
    await retryTransientConflicts(() =>
      this.transactions.withTransaction(async () => {
        await this.removal.deleteWithDerived([current.id], LEFT_ON_WITHDRAWAL[reason]);
        await this.audit(actor, current, AuditAction.WITHDRAW, 'profiel ingetrokken');
      }),
    );
    return true;
  }

  private async findOwned(actor: Actor, id: string): Promise<CandidateProfileEntity> {
    return assertOwned(actor, await this.profiles.findOneBy({ id }));
  }

  private audit(actor: Actor, profile: CandidateProfileEntity, action: AuditAction, purpose: string): Promise<void> {
    return this.auditTrail.record(actor, {
      action,
      entityType: AuditEntityType.CANDIDATE_PROFILE,
      entityId: profile.id,
      ownerOrganisationId: profile.ownerOrganisationId,
      purpose,
    });
  }

  /** Every committed change of a profile is (re)matched: the outbox row commits with the change. */
  private requestMatching(profile: Pick<CandidateProfileEntity, 'id' | 'version'>): Promise<void> {
    const jobId = versionJobId(JobName.MATCH_PROFILE, profile.id, profile.version);
    return this.outbox.record(JobName.MATCH_PROFILE, { profileId: profile.id }, jobId);
  }

  private async regionOfResidence(actor: Actor, municipalityCode: string): Promise<string> {
    const regionCode = await this.repository.regionOfMunicipality(municipalityCode);
    if (!regionCode) throw DomainError.badInput([{ field: 'input.municipalityCode', message: 'does not exist' }]);
    if (!actor.regionCodes.includes(regionCode)) {
      throw DomainError.badInput([
        { field: 'input.municipalityCode', message: 'lies outside the regions your organisation serves' },
      ]);
    }
    return regionCode;
  }

  /** Codes and the coach are checked up front, so each problem names its field. */
  private async assertReferences(fields: ProfileFields, actor: Actor, regionCode: string): Promise<void> {
    const row = await this.repository.referenceCheck({
      occupationCodes: fields.occupationCodes ?? [],
      skillCodes: fields.skillCodes ?? [],
      educationLevel: fields.educationLevel ?? null,
    });
    const coach = fields.coachId
      ? (await this.members.serving(regionCode, [fields.coachId])).get(fields.coachId)
      : undefined;
    const problems: FieldProblem[] = [];
    if (row.unknown_occupations.length > 0) {
      problems.push({
        field: 'input.occupationCodes',
        message: `unknown unit group(s): ${row.unknown_occupations.join(', ')}`,
      });
    }
    if (row.unknown_skills.length > 0) {
      problems.push({ field: 'input.skillCodes', message: `unknown skill(s): ${row.unknown_skills.join(', ')}` });
    }
    if (!row.education_known) problems.push({ field: 'input.educationLevel', message: 'does not exist' });
    const coachOk =
      !fields.coachId || (coach?.organisationId === actor.organisationId && coach.roles.includes(Role.JOB_COACH));
    if (!coachOk) {
      problems.push({
        field: 'input.coachId',
        message: 'must be an active job coach of your organisation in the region',
      });
    }
    if (problems.length > 0) throw DomainError.badInput(problems);
  }
}

/** Input values as stored: months as their first day, blank texts as nothing. */
function normalise(input: ProfileFields): Partial<CandidateProfileEntity> {
  const { availableFrom, wwEndMonth, pitch, internalNote, coachId: _coachId, ...rest } = input;
  const fields: Partial<CandidateProfileEntity> = Object.fromEntries(
    Object.entries(rest).filter(([, value]) => value !== undefined && value !== null),
  );
  if (availableFrom) fields.availableFrom = monthToDate(availableFrom);
  if (wwEndMonth) fields.wwEndMonth = monthToDate(wwEndMonth);
  if (pitch !== undefined) fields.pitch = pitch?.trim() || null;
  if (internalNote !== undefined) fields.internalNote = internalNote?.trim() || null;
  if (input.coachId) fields.coachId = input.coachId;
  return fields;
}

/** Rules across fields, checked on the profile as it would be after the change. */
function assertConsistent(
  profile: Partial<CandidateProfileEntity>,
  status: CandidateStatus,
  input: { hoursMax?: number; wwEndMonth?: string },
): void {
  const problems: FieldProblem[] = [];
  if (profile.hoursMin != null && profile.hoursMax != null && profile.hoursMax < profile.hoursMin) {
    problems.push({ field: 'input.hoursMax', message: 'must be at least hoursMin' });
  }
  if ((profile.hoursMin == null) !== (profile.hoursMax == null)) {
    problems.push({
      field: input.hoursMax === undefined ? 'input.hoursMax' : 'input.hoursMin',
      message: 'give both hoursMin and hoursMax',
    });
  }
  if (profile.targetGroups?.includes(TargetGroup.MAX_WW) && !profile.wwEndMonth) {
    problems.push({ field: 'input.wwEndMonth', message: 'required for the target group MAX_WW' });
  }
  if (problems.length > 0) throw DomainError.badInput(problems);
  if (status === CandidateStatus.ACTIVE) assertShareable(profile, 'input');
}

function assertShareable(profile: Partial<CandidateProfileEntity>, prefix: string): void {
  const missing = missingForSharing({
    occupationCodes: profile.occupationCodes ?? [],
    educationLevel: profile.educationLevel,
    hoursMin: profile.hoursMin,
    hoursMax: profile.hoursMax,
    availableFrom: profile.availableFrom,
    municipalityCode: profile.municipalityCode,
  });
  if (missing.length > 0) {
    throw DomainError.badInput(
      missing.map((field) => ({
        field: prefix === 'input' ? `input.${field}` : prefix,
        message: `${field} is required before the profile can be shared (ACTIVE)`,
      })),
    );
  }
}

/** Only the owning organisation reaches a profile; another's is as unknown as a missing one (no existence leak). */
function assertOwned(actor: Actor, profile: CandidateProfileEntity | null | undefined): CandidateProfileEntity {
  if (!profile || profile.ownerOrganisationId !== actor.organisationId) throw DomainError.notFound(PROFILE);
  return profile;
}
