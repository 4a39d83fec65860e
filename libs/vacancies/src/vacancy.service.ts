import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { RegionMembers } from '@wsp/directory';
import { EmployerService, recordTimeline } from '@wsp/employers';
import {
  Actor,
  ConnectionShape,
  DomainError,
  IdempotencyKeys,
  JobName,
  PageArgs,
  RegionAccess,
  StatementBatch,
  assertNoPii,
  findById,
  foreignKeyViolation,
  groupByKeys,
  inActorRegions,
  paginate,
  recordOutbox,
  sharedSelect,
  sharedSelectPlain,
  versionJobId,
  versionedUpdate,
} from '@wsp/platform';
import { DataSource, EntityManager, Repository } from 'typeorm';
import {
  ChangeVacancyStatusInput,
  CreateVacancyInput,
  UpdateVacancyInput,
  VacancyFilter,
  VacancySkillInput,
} from './dto/vacancy.inputs';
import { VacancySkill } from './dto/vacancy.models';
import { VacancyEntity } from './entities/vacancy.entity';
import { assertTransition, VacancyStatus } from './vacancy-lifecycle';

const VACANCY = 'Vacancy';

/** Which input field a refused reference belongs to, by the foreign key's name. */
const REFERENCE_FIELDS: [string, string][] = [
  ['occupation', 'input.occupationCode'],
  ['municipality', 'input.municipalityCode'],
  ['education', 'input.minEducationLevel'],
  ['skill', 'input.skills'],
  ['account_manager', 'input.accountManagerId'],
];

@Injectable()
export class VacancyService {
  constructor(
    @InjectRepository(VacancyEntity) private readonly vacancies: Repository<VacancyEntity>,
    private readonly employers: EmployerService,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly idempotency: IdempotencyKeys,
    private readonly members: RegionMembers,
  ) {}

  /** The account manager of a vacancy works for a partner organisation of its region. */
  private async assertAccountManager(manager: EntityManager, userId: string, regionCode: string): Promise<void> {
    await this.members.assertServes(regionCode, userId, 'input.accountManagerId', undefined, manager);
  }

  /** With a `batch`, the read joins that batch's statement (see `prefetchFields`). */
  async get(actor: Actor, id: string, batch?: StatementBatch): Promise<VacancyEntity> {
    const vacancy = await findById(this.vacancies, id, batch);
    if (!vacancy) throw DomainError.notFound(VACANCY);
    RegionAccess.assertCanRead(actor, vacancy.regionCode, VACANCY);
    return vacancy;
  }

  async list(actor: Actor, filter: VacancyFilter, page: PageArgs): Promise<ConnectionShape<VacancyEntity>> {
    const query = this.vacancies.createQueryBuilder('v').where(...inActorRegions(actor, 'v.region_code'));
    if (filter.status) query.andWhere('v.status = :status', { status: filter.status });
    if (filter.occupationCode)
      query.andWhere("v.occupation_code LIKE :occupation || '%'", { occupation: filter.occupationCode });
    if (filter.municipalityCode)
      query.andWhere('v.municipality_code = :municipality', { municipality: filter.municipalityCode });
    if (filter.employerId) query.andWhere('v.employer_id = :employer', { employer: filter.employerId });
    if (filter.ownerOrganisationId)
      query.andWhere('v.owner_organisation_id = :owner', { owner: filter.ownerOrganisationId });
    return paginate(query, page, { column: 'created_at', valueOf: (v) => v.createdAt.toISOString(), descending: true });
  }

  /** A retry with the same `idempotencyKey` returns the vacancy the first request made, and writes nothing. */
  async create(actor: Actor, input: CreateVacancyInput, idempotencyKey?: string): Promise<VacancyEntity> {
    assertNoPii({ 'input.title': input.title, 'input.description': input.description });
    assertHours(input.hoursMin, input.hoursMax);
    return this.withReferenceErrors(() =>
      this.idempotency.createOnce(
        actor,
        idempotencyKey,
        CREATE_VACANCY,
        (manager) => this.insert(manager, actor, input),
        (id) => this.get(actor, id),
      ),
    );
  }

  /** One connection for the whole change, the employer's read included. */
  private async insert(manager: EntityManager, actor: Actor, input: CreateVacancyInput): Promise<string> {
    const accountManagerId = input.accountManagerId ?? actor.userId;
    const { skills, ...fields } = input;
    const employer = await this.employers.getForUpdate(actor, input.employerId, manager);
    // The actor, signed in and allowed to write the employer's region, serves it: only someone else is checked.
    if (accountManagerId !== actor.userId) {
      await this.assertAccountManager(manager, accountManagerId, employer.regionCode);
    }
    const vacancy = await manager.save(
      manager.create(VacancyEntity, {
        ...fields,
        regionCode: employer.regionCode,
        positions: input.positions ?? 1,
        drivingLicences: input.drivingLicences ?? [],
        languages: input.languages ?? [],
        jobsAgreement: input.jobsAgreement ?? false,
        remoteWork: input.remoteWork ?? false,
        ownerOrganisationId: actor.organisationId,
        accountManagerId,
        status: VacancyStatus.OPEN,
      }),
    );
    await insertSkills(manager, vacancy.id, skills ?? []);
    await recordTimeline(manager, employer.id, actor, 'VACANCY_CREATED', `Vacature "${vacancy.title}" aangemaakt`);
    await requestMatching(manager, vacancy);
    return vacancy.id;
  }

  async update(actor: Actor, input: UpdateVacancyInput): Promise<VacancyEntity> {
    assertNoPii({ 'input.title': input.title, 'input.description': input.description });
    const vacancy = await this.getForUpdate(actor, input.id);
    const { id, version, skills, ...changes } = input;
    const defined = Object.fromEntries(
      Object.entries(changes).filter(([, value]) => value !== undefined && value !== null),
    );
    assertHours(input.hoursMin ?? vacancy.hoursMin, input.hoursMax ?? vacancy.hoursMax);
    assertClosesNotBeforeStart(input.startDate ?? vacancy.startDate, input.closingDate ?? vacancy.closingDate);
    return this.withReferenceErrors(() =>
      this.dataSource.transaction(async (manager) => {
        if (input.accountManagerId)
          await this.assertAccountManager(manager, input.accountManagerId, vacancy.regionCode);
        const updated = await versionedUpdate(manager.getRepository(VacancyEntity), VACANCY, id, version, defined);
        if (skills) await replaceSkills(manager, id, skills);
        await requestMatching(manager, updated);
        return updated;
      }),
    );
  }

  async changeStatus(actor: Actor, input: ChangeVacancyStatusInput): Promise<VacancyEntity> {
    const vacancy = await this.getForUpdate(actor, input.id);
    assertTransition(vacancy.status, input.status);
    return this.dataSource.transaction(async (manager) => {
      const updated = await versionedUpdate(manager.getRepository(VacancyEntity), VACANCY, vacancy.id, input.version, {
        status: input.status,
      });
      await recordTimeline(
        manager,
        vacancy.employerId,
        actor,
        'VACANCY_STATUS',
        `Vacature "${vacancy.title}": ${vacancy.status} -> ${input.status}`,
      );
      await requestMatching(manager, updated);
      return updated;
    });
  }

  /**
   * Inside the caller's transaction (a placement was just recorded): an open vacancy whose positions are all
   * filled becomes FILLED, on its timeline and re-matched (its suggestions go).
   */
  async markFilledIfComplete(manager: EntityManager, actor: Actor, vacancyId: string): Promise<boolean> {
    const [filled]: VacancyEntity[] = await manager.query(
      `WITH filled AS (
         UPDATE vacancy v SET status = 'FILLED', version = version + 1, updated_at = now()
          WHERE v.id = $1 AND v.status = 'OPEN'
            AND (SELECT count(*) FROM placement p WHERE p.vacancy_id = v.id) >= v.positions
          RETURNING v.id, v.version, v.employer_id AS "employerId", v.title)
       SELECT * FROM filled`,
      [vacancyId],
    );
    if (!filled) return false;
    await recordTimeline(manager, filled.employerId, actor, 'VACANCY_STATUS', `Vacature "${filled.title}": vervuld`);
    await requestMatching(manager, filled);
    return true;
  }

  /** For loaders: the vacancies of each employer, newest first. */
  async forEmployers(
    employerIds: readonly string[],
    batch: StatementBatch = {},
    fields?: ReadonlySet<string>,
  ): Promise<VacancyEntity[][]> {
    const rows = await sharedSelectPlain(
      this.dataSource,
      batch,
      {
        key: 'vacancy.for-employers',
        build: (values) =>
          this.vacancies
            .createQueryBuilder('v')
            .where('v.employer_id = ANY(:ids)', values)
            .orderBy('v.created_at', 'DESC')
            .addOrderBy('v.id', 'DESC'),
        values: { ids: employerIds },
      },
      fields && { fields, keys: ['employerId'] },
    );
    return groupByKeys(employerIds, rows, (v) => v.employerId);
  }

  /** For loaders: the skills of each vacancy, required first. */
  async skillsOf(vacancyIds: readonly string[], batch: StatementBatch = {}): Promise<VacancySkill[][]> {
    const rows = await sharedSelect<VacancySkill & { vacancyId: string }>(
      this.dataSource,
      batch,
      `SELECT vacancy_id AS "vacancyId", skill_code AS "skillCode", required, weight
         FROM vacancy_skill WHERE vacancy_id = ANY($1) ORDER BY required DESC, weight DESC, skill_code`,
      [vacancyIds],
    );
    return groupByKeys(vacancyIds, rows, (row) => row.vacancyId);
  }

  private async getForUpdate(actor: Actor, id: string): Promise<VacancyEntity> {
    const vacancy = await this.get(actor, id);
    RegionAccess.assertCanWrite(actor, vacancy.regionCode, VACANCY);
    return vacancy;
  }

  private async withReferenceErrors<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      const constraint = foreignKeyViolation(error);
      if (constraint === undefined) throw error;
      const field = REFERENCE_FIELDS.find(([part]) => constraint.includes(part))?.[1] ?? 'input';
      throw DomainError.badInput([{ field, message: 'does not exist' }]);
    }
  }
}

const CREATE_VACANCY = 'createVacancy';

/** Every committed change of a vacancy is (re)matched: the outbox row commits with the change. */
function requestMatching(manager: EntityManager, vacancy: VacancyEntity): Promise<void> {
  const jobId = versionJobId(JobName.MATCH_VACANCY, vacancy.id, vacancy.version);
  return recordOutbox(manager, JobName.MATCH_VACANCY, { vacancyId: vacancy.id }, jobId);
}

/** An update may move one of the two dates: the other is the stored one. */
function assertClosesNotBeforeStart(startDate: string | null, closingDate: string | null): void {
  if (startDate && closingDate && closingDate < startDate) {
    throw DomainError.badInput([{ field: 'input.closingDate', message: 'must not be before the start date' }]);
  }
}

function assertHours(min: number, max: number): void {
  if (max < min) throw DomainError.badInput([{ field: 'input.hoursMax', message: 'must be at least hoursMin' }]);
}

async function replaceSkills(manager: EntityManager, vacancyId: string, skills: VacancySkillInput[]): Promise<void> {
  await manager.query('DELETE FROM vacancy_skill WHERE vacancy_id = $1', [vacancyId]);
  await insertSkills(manager, vacancyId, skills);
}

async function insertSkills(manager: EntityManager, vacancyId: string, skills: VacancySkillInput[]): Promise<void> {
  if (skills.length === 0) return;
  await manager.query(
    `INSERT INTO vacancy_skill (vacancy_id, skill_code, required, weight)
     SELECT $1, * FROM unnest($2::text[], $3::boolean[], $4::smallint[])`,
    [vacancyId, skills.map((s) => s.code), skills.map((s) => s.required), skills.map((s) => s.weight ?? 1)],
  );
}
