import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  Actor,
  ConnectionShape,
  DomainError,
  GuardedText,
  IdempotencyKeys,
  PageArgs,
  RegionAccess,
  StatementBatch,
  assertNoPii,
  findById,
  foreignKeyViolation,
  inActorRegions,
  isUniqueViolation,
  paginate,
  versionedUpdate,
} from '@wsp/platform';
import { DataSource, EntityManager, IsNull, Repository } from 'typeorm';
import { CreateEmployerInput, EmployerFilter, UpdateEmployerInput } from './dto/employer.inputs';
import { EmployerBookRepository, lastContactOf, TIMELINE_COLUMNS } from './employer-book.repository';
import { EmployerEntity } from './entities/employer.entity';
import { TimelineEntryEntity, TimelineKind } from './entities/timeline-entry.entity';

const EMPLOYER = 'Employer';

/**
 * Fields of an account that load by its id alone (DataLoaders), so a page showing them needs no further column.
 * A relation whose resolver reads more of the account must not be listed here.
 */
export const EMPLOYER_RELATIONS = ['contacts', 'team', 'timeline', 'vacancies'];

const CREATE_EMPLOYER = 'createEmployer';

/** The employer book: accounts shared by the partner organisations of a region. */
@Injectable()
export class EmployerService {
  constructor(
    @InjectRepository(EmployerEntity) private readonly employers: Repository<EmployerEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly idempotency: IdempotencyKeys,
    private readonly book: EmployerBookRepository,
  ) {}

  /** With a `batch`, the read joins that batch's statement (the page's relations, see `prefetchFields`). */
  async get(actor: Actor, id: string, batch?: StatementBatch): Promise<EmployerEntity> {
    return readable(actor, await findById(this.employers, id, batch));
  }

  /** The employer, checked for writing by the actor; read in `manager`'s transaction when given. */
  async getForUpdate(actor: Actor, id: string, manager?: EntityManager): Promise<EmployerEntity> {
    const employer = readable(
      actor,
      await findById(manager ? manager.getRepository(EmployerEntity) : this.employers, id),
    );
    RegionAccess.assertCanWrite(actor, employer.regionCode, EMPLOYER);
    if (employer.mergedIntoId) {
      throw DomainError.conflict('This employer was merged into another account; change that one', {
        mergedIntoId: employer.mergedIntoId,
      });
    }
    return employer;
  }

  /** A page of the actor's regions' accounts; with `fields` (the client's selection), only the columns it shows. */
  async list(
    actor: Actor,
    filter: EmployerFilter,
    page: PageArgs,
    fields?: ReadonlySet<string>,
    batch?: StatementBatch,
  ): Promise<ConnectionShape<EmployerEntity>> {
    const query = this.employers
      .createQueryBuilder('e')
      .where(...inActorRegions(actor, 'e.region_code'))
      .andWhere('e.merged_into_id IS NULL');
    const search = filter.search?.trim();
    if (search) {
      query.andWhere(
        /^[0-9]{8}$/.test(search)
          ? 'e.kvk_number = :search'
          : `(e.name_search LIKE '%' || search_normalize(:search) || '%'
              OR search_normalize(coalesce(e.city, '')) LIKE search_normalize(:search) || '%')`,
        { search: search.replace(/[\\%_]/g, (c) => `\\${c}`) },
      );
    }
    if (filter.municipalityCode)
      query.andWhere('e.municipality_code = :municipality', { municipality: filter.municipalityCode });
    if (filter.sbi) {
      query.andWhere("EXISTS (SELECT 1 FROM unnest(e.sbi_codes) sbi WHERE sbi LIKE :sbi || '%')", { sbi: filter.sbi });
    }
    if (filter.keyAccount !== undefined && filter.keyAccount !== null) {
      query.andWhere('e.key_account = :keyAccount', { keyAccount: filter.keyAccount });
    }
    if (filter.leadUserId) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM employer_team_member t WHERE t.employer_id = e.id AND t.user_id = :lead AND t.is_lead)',
        { lead: filter.leadUserId },
      );
    }
    if (filter.sizeClass) query.andWhere('e.size_class = :size', { size: filter.sizeClass });
    if (filter.hasOpenVacancies !== undefined && filter.hasOpenVacancies !== null) {
      query.andWhere(
        `${filter.hasOpenVacancies ? '' : 'NOT '}EXISTS (SELECT 1 FROM vacancy v WHERE v.employer_id = e.id AND v.status = 'OPEN')`,
      );
    }
    if (filter.noContactForDays) {
      query.andWhere(`coalesce(${lastContactOf('e')}, '-infinity') < now() - :days * interval '1 day'`, {
        days: filter.noContactForDays,
      });
    }
    return paginate(
      query,
      page,
      { column: 'legal_name', valueOf: (employer) => employer.legalName },
      fields && { fields, keys: ['legalName'], resolvedByKey: EMPLOYER_RELATIONS },
      batch,
    );
  }

  /**
   * Creates an account; its creator joins the team as lead. A KvK number already in the region's book is a
   * CONFLICT that names the existing account, so the caller can open it instead of entering it twice. A retry
   * with the same `idempotencyKey` returns the account the first request made, and writes nothing.
   */
  async create(actor: Actor, input: CreateEmployerInput, idempotencyKey?: string): Promise<EmployerEntity> {
    assertNoPiiInBusinessDetails(input);
    const regionCode = RegionAccess.regionForNew(actor, input.regionCode);
    RegionAccess.assertCanWrite(actor, regionCode, EMPLOYER);
    const { regionCode: _region, ...fields } = input;
    try {
      return await this.idempotency.createOnce(
        actor,
        idempotencyKey,
        CREATE_EMPLOYER,
        async (manager) => {
          const employer = await manager.save(
            manager.create(EmployerEntity, {
              ...fields,
              regionCode,
              postcode: normalizePostcode(input.postcode),
              sbiCodes: input.sbiCodes ?? [],
              keyAccount: input.keyAccount ?? false,
              createdBy: actor.userId,
            }),
          );
          await this.book.addTeamLead(manager, employer.id, actor.userId);
          await recordTimeline(manager, employer.id, actor, 'CREATED', `Account aangemaakt door ${actor.displayName}`);
          return employer.id;
        },
        (id) => this.get(actor, id),
      );
    } catch (error) {
      if (isUniqueViolation(error, 'employer_region_kvk_key')) {
        const existing = await this.employers.findOneByOrFail({
          regionCode,
          kvkNumber: input.kvkNumber,
          mergedIntoId: IsNull(),
        });
        throw DomainError.conflict('An employer with this KvK number is already in the employer book of the region', {
          existingEmployerId: existing.id,
          fields: [{ field: 'input.kvkNumber', message: 'already registered in this region' }],
        });
      }
      throw referenceError(error) ?? error;
    }
  }

  async update(actor: Actor, input: UpdateEmployerInput): Promise<EmployerEntity> {
    assertNoPiiInBusinessDetails(input);
    const employer = await this.getForUpdate(actor, input.id);
    const { id, version, ...changes } = input;
    const defined: Partial<EmployerEntity> = Object.fromEntries(
      Object.entries(changes).filter(([, value]) => value !== undefined),
    );
    if (defined.postcode) defined.postcode = normalizePostcode(defined.postcode) ?? null;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const updated = await versionedUpdate(manager.getRepository(EmployerEntity), EMPLOYER, id, version, defined);
        const what = Object.keys(defined).join(', ') || 'niets';
        await recordTimeline(manager, employer.id, actor, 'UPDATED', `Gewijzigd door ${actor.displayName}: ${what}`);
        return updated;
      });
    } catch (error) {
      throw referenceError(error) ?? error;
    }
  }

  findByIds(ids: readonly string[]): Promise<EmployerEntity[]> {
    return this.employers.createQueryBuilder('e').where('e.id = ANY(:ids)', { ids }).getMany();
  }
}

/**
 * An employer's names and address are its business details: a sole trader's name or an address belongs there,
 * a BSN, a birth date or a bank account number does not.
 */
function assertNoPiiInBusinessDetails(input: UpdateEmployerInput | CreateEmployerInput): void {
  assertNoPii(
    {
      'input.legalName': input.legalName,
      'input.tradeName': input.tradeName,
      'input.street': input.street,
      'input.houseNumber': input.houseNumber,
      'input.city': input.city,
    },
    GuardedText.BUSINESS_ADDRESS,
  );
}

/** A timeline entry as RETURNING or a select gives it to the API. */
export { TIMELINE_COLUMNS } from './employer-book.repository';

/** Writes one line to the employer's timeline, inside the caller's transaction (if any); returns that line. */
export async function recordTimeline(
  manager: EntityManager,
  employerId: string,
  actor: Actor,
  kind: TimelineKind,
  text: string,
): Promise<TimelineEntryEntity> {
  const [entry]: TimelineEntryEntity[] = await manager.query(
    `INSERT INTO employer_timeline_entry (employer_id, kind, text, author_id) VALUES ($1, $2, $3, $4)
     RETURNING ${TIMELINE_COLUMNS}`,
    [employerId, kind, text, actor.userId],
  );
  return entry;
}

function readable(actor: Actor, employer: EmployerEntity | null): EmployerEntity {
  if (!employer) throw DomainError.notFound(EMPLOYER);
  RegionAccess.assertCanRead(actor, employer.regionCode, EMPLOYER);
  return employer;
}

/** Dutch postcodes are stored as `9401 AB`. */
export function normalizePostcode(postcode: string | undefined | null): string | undefined {
  return postcode
    ? postcode
        .replace(/\s+/g, '')
        .toUpperCase()
        .replace(/^(\d{4})/, '$1 ')
    : undefined;
}

function referenceError(error: unknown): DomainError | undefined {
  const constraint = foreignKeyViolation(error);
  if (constraint === undefined) return undefined;
  const field = constraint.includes('municipality') ? 'input.municipalityCode' : 'input';
  return DomainError.badInput([{ field, message: 'does not exist' }]);
}
