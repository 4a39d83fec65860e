import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  Actor,
  ConnectionShape,
  DomainError,
  GuardedText,
  IdempotencyKeys,
  PageArgs,
  RegionAccess,
  assertNoPii,
  foreignKeyViolation,
  isUniqueViolation,
  Transactions,
} from '@wsp/platform';
import { In, IsNull, Repository } from 'typeorm';
import { CreateEmployerInput, EmployerFilter, UpdateEmployerInput } from './dto/employer.inputs';
import { EmployerBookRepository } from './employer-book.repository';
import { EmployerEntity } from './entities/employer.entity';

const EMPLOYER = 'Employer';

const CREATE_EMPLOYER = 'createEmployer';

/** The employer book: accounts shared by the partner organisations of a region. */
@Injectable()
export class EmployerService {
  constructor(
    @InjectRepository(EmployerEntity) private readonly employers: Repository<EmployerEntity>,
    private readonly transactions: Transactions,
    private readonly idempotency: IdempotencyKeys,
    private readonly book: EmployerBookRepository,
  ) {}

  async get(actor: Actor, id: string): Promise<EmployerEntity> {
    return readable(actor, await this.book.employer(id));
  }

  /** The employer, checked for writing by the actor; read in the current transaction, if any. */
  async getForUpdate(actor: Actor, id: string): Promise<EmployerEntity> {
    const employer = readable(actor, await this.book.employer(id));
    RegionAccess.assertCanWrite(actor, employer.regionCode, EMPLOYER);
    if (employer.mergedIntoId) {
      throw DomainError.conflict('This employer was merged into another account; change that one', {
        mergedIntoId: employer.mergedIntoId,
      });
    }
    return employer;
  }

  /** A page of the actor's regions' accounts, by legal name; `fields` is the client's selection on them. */
  list(
    actor: Actor,
    filter: EmployerFilter,
    page: PageArgs,
    fields?: ReadonlySet<string>,
  ): Promise<ConnectionShape<EmployerEntity>> {
    return this.book.page(actor, filter, page, fields);
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
        async () => {
          const employer = await this.book.createEmployer(
            {
              ...fields,
              regionCode,
              postcode: normalizePostcode(input.postcode),
              sbiCodes: input.sbiCodes ?? [],
              keyAccount: input.keyAccount ?? false,
              createdBy: actor.userId,
            },
            actor.userId,
          );
          await this.book.recordTimeline(employer.id, actor, 'CREATED', `Account aangemaakt door ${actor.displayName}`);
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
      return await this.transactions.withTransaction(async () => {
        const updated = await this.book.updateEmployer(id, version, defined);
        const what = Object.keys(defined).join(', ') || 'niets';
        await this.book.recordTimeline(employer.id, actor, 'UPDATED', `Gewijzigd door ${actor.displayName}: ${what}`);
        return updated;
      });
    } catch (error) {
      throw referenceError(error) ?? error;
    }
  }

  findByIds(ids: readonly string[]): Promise<EmployerEntity[]> {
    return this.employers.findBy({ id: In([...ids]) });
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
