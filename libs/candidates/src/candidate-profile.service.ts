import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { NotificationService } from '@wsp/notifications';
import {
  Actor,
  assertNoPii,
  GuardedText,
  AuditAction,
  AuditEntityType,
  cachedPlainSelect,
  ClientReference,
  ClientReferenceHasher,
  ConnectionShape,
  DomainError,
  FieldProblem,
  findRowById,
  isUniqueViolation,
  JobName,
  PageArgs,
  paginate,
  recordAudit,
  selectAuditingViews,
  recordOutbox,
  retryTransientConflicts,
  StatementBatch,
  versionedUpdate,
  versionJobId,
  IdempotencyKeys,
} from '@wsp/platform';
import { DataSource, EntityManager, Repository } from 'typeorm';
import {
  CandidateProfileFilter,
  ChangeCandidateStatusInput,
  CreateCandidateProfileInput,
  UpdateCandidateProfileInput,
} from './dto/candidate-profile.inputs';
import {
  AnonymisedCandidateProfile,
  CandidateProfile,
  CandidateStatus,
  TargetGroup,
} from './dto/candidate-profile.models';
import { CandidateProfileEntity } from './entities/candidate-profile.entity';
import {
  addMonths,
  dutchToday,
  missingForSharing,
  monthToDate,
  newPublicCode,
  PROFILE_VALIDITY_MONTHS,
} from './profile-rules';
import { anonymisedView, ownerView } from './profile-views';
import { CohortCount, DeletedProfileRow, MaxWwCohortRepository } from './max-ww-cohort.repository';
import { LEFT_ON_WITHDRAWAL, LeftPoolReason, monthOf, outcomeOnLeaving, WithdrawalReason } from './max-ww-outcome';

const PROFILE = 'Candidate profile';
const OWNER_REFERENCE_KEY = 'candidate_profile_owner_reference_key';
const CREATE_PROFILE = 'createCandidateProfile';

/** The keyed hashes a client number is stored and looked up under. */
interface ClientReferences {
  current: ClientReference;
  previous?: ClientReference;
}

type ProfileFields = Omit<Partial<CreateCandidateProfileInput>, 'clientNumber' | 'status'>;

/**
 * Anonymised candidate profiles. The owning organisation's job coaches keep them; every change is audited in
 * its own transaction; other organisations get the anonymised view only, and each such view is audited.
 */
@Injectable()
export class CandidateProfileService {
  constructor(
    @InjectRepository(CandidateProfileEntity) private readonly profiles: Repository<CandidateProfileEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: ClientReferenceHasher,
    private readonly notifications: NotificationService,
    private readonly idempotency: IdempotencyKeys,
    private readonly cohorts: MaxWwCohortRepository,
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
      ? await this.referencesOf(actor, input.clientNumber, 'input.clientNumber')
      : undefined;
    const ownerReference = references?.current.hash ?? null;
    const ownerReferenceKey = references?.current.keyId ?? null;
    try {
      return await this.idempotency.createOnce(
        actor,
        idempotencyKey,
        CREATE_PROFILE,
        // After the key's lookup: a retry of a create with a client number finds its profile, not a conflict.
        async (manager) => {
          if (references) await this.assertNewClient(actor, references);
          return this.insert(manager, actor, input, { fields, status, regionCode, ownerReference, ownerReferenceKey });
        },
        (id) => this.get(actor, id),
      );
    } catch (error) {
      if (isUniqueViolation(error, OWNER_REFERENCE_KEY)) await this.assertNewClient(actor, references!);
      throw error;
    }
  }

  private async insert(
    manager: EntityManager,
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
    const created = await manager.save(
      manager.create(CandidateProfileEntity, {
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
      }),
    );
    await this.audit(manager, actor, created, AuditAction.CREATE, 'profiel aangemaakt');
    await requestMatching(manager, created);
    return created.id;
  }

  /** The owner's view; to anyone else the profile is unknown. With a `batch`, the read joins its statement. */
  async get(actor: Actor, id: string, batch?: StatementBatch): Promise<CandidateProfile> {
    // The client-number flag comes with the row (the keyed hash itself is never selected): one round trip.
    const found = await findRowById(this.profiles, id, batch, {
      expression: 'e.owner_reference IS NOT NULL',
      name: 'has_client_number',
    });
    return ownerView(assertOwned(actor, found?.entity), found?.raw.has_client_number === true);
  }

  async findByClientNumber(actor: Actor, clientNumber: string): Promise<CandidateProfile> {
    if (!/^[A-Za-z0-9][A-Za-z0-9 .-]{0,39}$/.test(clientNumber)) {
      throw DomainError.badInput([
        { field: 'clientNumber', message: 'must be 1-40 letters, digits, spaces, dots or dashes' },
      ]);
    }
    const profile = await this.findByReference(actor, await this.referencesOf(actor, clientNumber, 'clientNumber'));
    if (!profile) throw DomainError.notFound(PROFILE);
    return ownerView(profile, true);
  }

  async list(actor: Actor, filter: CandidateProfileFilter, page: PageArgs): Promise<ConnectionShape<CandidateProfile>> {
    const query = this.profiles
      .createQueryBuilder('p')
      .where('p.owner_organisation_id = :organisation', { organisation: actor.organisationId });
    if (filter.status) query.andWhere('p.status = :status', { status: filter.status });
    if (filter.coachId) query.andWhere('p.coach_id = :coach', { coach: filter.coachId });
    if (filter.publicCode) {
      query.andWhere("p.public_code LIKE :code || '%'", { code: filter.publicCode.toUpperCase() });
    }
    if (filter.expiringWithinDays !== undefined) {
      query.andWhere('p.expires_on <= (:today)::date + (:days)::int', {
        today: dutchToday(),
        days: filter.expiringWithinDays,
      });
    }
    const connection = await paginate(query, page, {
      column: 'updated_at',
      valueOf: (p) => p.updatedAt.toISOString(),
      descending: true,
    });
    const withReference = await this.withClientNumber(connection.edges.map((edge) => edge.node.id));
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
    await this.dataSource.transaction(async (manager) => {
      const updated = await versionedUpdate(manager.getRepository(CandidateProfileEntity), PROFILE, id, version, {
        ...fields,
        ...legalBasis,
        regionCode,
      });
      await this.audit(manager, actor, updated, AuditAction.UPDATE, 'profiel gewijzigd');
      await requestMatching(manager, updated);
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
    await this.dataSource.transaction(async (manager) => {
      const updated = await versionedUpdate(
        manager.getRepository(CandidateProfileEntity),
        PROFILE,
        current.id,
        input.version,
        { status: input.status },
      );
      await this.audit(
        manager,
        actor,
        updated,
        AuditAction.STATUS_CHANGE,
        `status ${current.status} -> ${input.status}`,
      );
      await requestMatching(manager, updated);
    });
    return this.get(actor, current.id);
  }

  /**
   * Marks a profile PLACED inside the caller's transaction (a placement recorded by the handover flow, possibly
   * by another organisation's account manager), with the first working day: audited and re-matched like any
   * status change.
   */
  async markPlaced(manager: EntityManager, actor: Actor, profileId: string, startDate: string): Promise<void> {
    const [profile]: { id: string; version: number; owner_organisation_id: string }[] = await manager.query(
      `WITH placed AS (
         UPDATE candidate_profile
            SET status = 'PLACED', work_started_on = $2, version = version + 1, updated_at = now()
          WHERE id = $1 AND status <> 'PLACED' RETURNING id, version, owner_organisation_id)
       SELECT * FROM placed`,
      [profileId, startDate],
    );
    if (!profile) return;
    await recordAudit(manager, actor, {
      action: AuditAction.STATUS_CHANGE,
      entityType: AuditEntityType.CANDIDATE_PROFILE,
      entityId: profile.id,
      ownerOrganisationId: profile.owner_organisation_id,
      purpose: 'geplaatst via voordracht',
    });
    await requestMatching(manager, { id: profile.id, version: profile.version } as CandidateProfileEntity);
  }

  /** Another PROFILE_VALIDITY_MONTHS from today. */
  async renew(actor: Actor, id: string, version: number): Promise<CandidateProfile> {
    const current = await this.findOwned(actor, id);
    await this.dataSource.transaction(async (manager) => {
      const updated = await versionedUpdate(
        manager.getRepository(CandidateProfileEntity),
        PROFILE,
        current.id,
        version,
        {
          expiresOn: addMonths(dutchToday(), PROFILE_VALIDITY_MONTHS),
        },
      );
      await this.audit(manager, actor, updated, AuditAction.RENEW, `verlengd tot ${updated.expiresOn}`);
      await requestMatching(manager, updated);
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
      this.dataSource.transaction(async (manager) => {
        await this.deleteWithDerived(manager, [current.id], LEFT_ON_WITHDRAWAL[reason]);
        await this.audit(manager, actor, current, AuditAction.WITHDRAW, 'profiel ingetrokken');
      }),
    );
    return true;
  }

  /**
   * Deletes profiles with what derives from them, keeping each Max-WW candidate's outcome as an anonymous count
   * of its cohort. Suggestions and interest reference the profile with ON DELETE CASCADE; notifications carry
   * only its id and are removed here.
   */
  async deleteWithDerived(manager: EntityManager, ids: readonly string[], reason: LeftPoolReason): Promise<void> {
    // The open vacancies whose top lists lose these candidates are matched again, to fill their places.
    const refill: { vacancy_id: string }[] = await manager.query(
      `SELECT DISTINCT s.vacancy_id FROM suggestion s JOIN vacancy v ON v.id = s.vacancy_id
        WHERE s.profile_id = ANY($1) AND v.status = 'OPEN'`,
      [ids],
    );
    const deleted = await this.cohorts.deleteProfiles(manager, ids);
    await this.cohorts.addCounts(manager, cohortCounts(deleted, dutchToday(), reason));
    await this.notifications.forgetEntities(manager, ids);
    const cause = randomUUID();
    for (const { vacancy_id: vacancyId } of refill) {
      await recordOutbox(
        manager,
        JobName.MATCH_VACANCY,
        { vacancyId },
        `${JobName.MATCH_VACANCY}-${vacancyId}-refill-${cause}`,
      );
    }
  }

  /**
   * The anonymised view for a partner of the region, e.g. behind a matching suggestion; `purpose` says why.
   * A view by another organisation than the owner is audited.
   */
  async viewAnonymised(actor: Actor, id: string, purpose: string): Promise<AnonymisedCandidateProfile> {
    const [view] = await this.viewAnonymisedMany(actor, [id], purpose);
    if (!view) throw DomainError.notFound(PROFILE);
    return view;
  }

  /** The same for many profiles at once (in `ids` order; undefined where unknown or outside the regions). */
  async viewAnonymisedMany(
    actor: Actor,
    ids: readonly string[],
    purpose: string,
  ): Promise<(AnonymisedCandidateProfile | undefined)[]> {
    const visible = new Map(
      (await this.viewAnonymisedWhere(actor, 'p.id = ANY(:ids)', { ids }, purpose)).map((view) => [view.id, view]),
    );
    return ids.map((id) => visible.get(id));
  }

  /**
   * The same for the profiles whose ids `idsQuery` (SQL of one uuid column, with named `params`) selects, read in
   * the same statement: a caller that knows which profiles it will show need not wait for their ids first.
   */
  viewAnonymisedIn(
    actor: Actor,
    idsQuery: string,
    params: Record<string, unknown>,
    purpose: string,
  ): Promise<AnonymisedCandidateProfile[]> {
    return this.viewAnonymisedWhere(actor, `p.id IN (${idsQuery})`, params, purpose);
  }

  private async viewAnonymisedWhere(
    actor: Actor,
    condition: string,
    params: Record<string, unknown>,
    purpose: string,
  ): Promise<AnonymisedCandidateProfile[]> {
    // Profiles of other regions are not found; a view of another organisation's profile is audited as it is read.
    // `condition` is a constant of its caller, so it keys the select's text.
    const where = `${condition} AND p.region_code = ANY(:regions)`;
    const found = await selectAuditingViews(
      cachedPlainSelect(this.profiles.manager.connection, {
        key: `candidate_profile.anonymised:${where}`,
        build: (values) => this.profiles.createQueryBuilder('p').where(where, values),
        values: { ...params, regions: actor.regionCodes },
      }),
      actor,
      { entityType: AuditEntityType.CANDIDATE_PROFILE, owner: 'ownerOrganisationId', purpose },
    );
    return found.map(anonymisedView);
  }

  private async findOwned(actor: Actor, id: string): Promise<CandidateProfileEntity> {
    return assertOwned(actor, await this.profiles.findOneBy({ id }));
  }

  private audit(
    manager: EntityManager,
    actor: Actor,
    profile: CandidateProfileEntity,
    action: AuditAction,
    purpose: string,
  ): Promise<void> {
    return recordAudit(manager, actor, {
      action,
      entityType: AuditEntityType.CANDIDATE_PROFILE,
      entityId: profile.id,
      ownerOrganisationId: profile.ownerOrganisationId,
      purpose,
    });
  }

  private async assertNewClient(actor: Actor, references: ClientReferences): Promise<void> {
    const existing = await this.findByReference(actor, references);
    if (existing) {
      throw DomainError.conflict('Your organisation already has a profile for this client number', {
        existingId: existing.id,
      });
    }
  }

  /** A client number's reference under the organisation's secret and, while it is being rotated, the previous one. */
  private async referencesOf(actor: Actor, clientNumber: string, field: string): Promise<ClientReferences> {
    const slug = await this.organisationSlug(actor.organisationId);
    return {
      current: await this.hasher.hash(slug, clientNumber, field),
      previous: this.hasher.previousHash(slug, clientNumber),
    };
  }

  /** The owner's profile under either reference; one found under the previous secret is re-keyed on the spot. */
  private async findByReference(
    actor: Actor,
    { current, previous }: ClientReferences,
  ): Promise<CandidateProfileEntity | null> {
    const profile = await this.profiles
      .createQueryBuilder('p')
      .where('p.owner_organisation_id = :organisation AND p.owner_reference = ANY(:references)', {
        organisation: actor.organisationId,
        references: previous ? [current.hash, previous.hash] : [current.hash],
      })
      .getOne();
    if (profile && previous) {
      // Not an edit of the profile: its version and update time stay.
      await this.dataSource.query(
        `UPDATE candidate_profile SET owner_reference = $1, owner_reference_key = $2
          WHERE id = $3 AND owner_reference = $4`,
        [current.hash, current.keyId, profile.id, previous.hash],
      );
    }
    return profile;
  }

  private async regionOfResidence(actor: Actor, municipalityCode: string): Promise<string> {
    const [municipality]: { region_code: string }[] = await this.dataSource.query(
      'SELECT region_code FROM municipality WHERE code = $1',
      [municipalityCode],
    );
    if (!municipality) throw DomainError.badInput([{ field: 'input.municipalityCode', message: 'does not exist' }]);
    if (!actor.regionCodes.includes(municipality.region_code)) {
      throw DomainError.badInput([
        { field: 'input.municipalityCode', message: 'lies outside the regions your organisation serves' },
      ]);
    }
    return municipality.region_code;
  }

  /** Codes and the coach are checked up front, so each problem names its field. */
  private async assertReferences(fields: ProfileFields, actor: Actor, regionCode: string): Promise<void> {
    const [row]: {
      unknown_occupations: string[];
      unknown_skills: string[];
      education_known: boolean;
      coach_ok: boolean;
    }[] = await this.dataSource.query(
      `SELECT
         ARRAY(SELECT c FROM unnest($1::text[]) c WHERE NOT EXISTS (SELECT 1 FROM occupation o WHERE o.code = c AND o.level = 4)) AS unknown_occupations,
         ARRAY(SELECT c FROM unnest($2::text[]) c WHERE NOT EXISTS (SELECT 1 FROM skill s WHERE s.code = c)) AS unknown_skills,
         ($3::text IS NULL OR EXISTS (SELECT 1 FROM education_level WHERE code = $3)) AS education_known,
         ($4::uuid IS NULL OR EXISTS (
           SELECT 1 FROM app_user u JOIN organisation_region r ON r.organisation_id = u.organisation_id
            WHERE u.id = $4 AND u.active AND u.organisation_id = $5 AND 'JOB_COACH' = ANY (u.roles) AND r.region_code = $6
         )) AS coach_ok`,
      [
        fields.occupationCodes ?? [],
        fields.skillCodes ?? [],
        fields.educationLevel ?? null,
        fields.coachId ?? null,
        actor.organisationId,
        regionCode,
      ],
    );
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
    if (!row.coach_ok) {
      problems.push({
        field: 'input.coachId',
        message: 'must be an active job coach of your organisation in the region',
      });
    }
    if (problems.length > 0) throw DomainError.badInput(problems);
  }

  private async organisationSlug(organisationId: string): Promise<string> {
    const [organisation]: { slug: string }[] = await this.dataSource.query(
      'SELECT slug FROM organisation WHERE id = $1',
      [organisationId],
    );
    return organisation.slug;
  }

  private async withClientNumber(ids: string[]): Promise<Set<string>> {
    const rows: { id: string }[] = await this.dataSource.query(
      'SELECT id FROM candidate_profile WHERE id = ANY($1) AND owner_reference IS NOT NULL',
      [ids],
    );
    return new Set(rows.map((row) => row.id));
  }
}

/** Every committed change of a profile is (re)matched: the outbox row commits with the change. */
function requestMatching(manager: EntityManager, profile: CandidateProfileEntity): Promise<void> {
  const jobId = versionJobId(JobName.MATCH_PROFILE, profile.id, profile.version);
  return recordOutbox(manager, JobName.MATCH_PROFILE, { profileId: profile.id }, jobId);
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

/** What deleted Max-WW candidates leave of themselves: one count per cohort and outcome. */
function cohortCounts(deleted: readonly DeletedProfileRow[], today: string, reason: LeftPoolReason): CohortCount[] {
  return deleted.flatMap((row) => {
    if (row.max_ww_since === null) return [];
    const facts = {
      status: row.status,
      maxWwSince: row.max_ww_since,
      wwEndMonth: row.ww_end_month,
      workStartedOn: row.work_started_on,
    };
    return [
      {
        ...outcomeOnLeaving(facts, today, reason),
        regionCode: row.region_code,
        ownerOrganisationId: row.owner_organisation_id,
        pool: row.pool,
        entryMonth: monthOf(row.max_ww_since),
        wwEndMonth: row.ww_end_month,
        count: 1,
      },
    ];
  });
}
