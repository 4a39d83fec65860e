import { Injectable, OnModuleInit } from '@nestjs/common';
import { RegionMembers } from '@wsp/directory';
import { AccountMerges, EmployerService, TimelineService } from '@wsp/employers';
import {
  Actor,
  ConnectionShape,
  DomainError,
  IdempotencyKeys,
  JobName,
  PageArgs,
  RegionAccess,
  assertNoPii,
  foreignKeyViolation,
  Outbox,
  Transactions,
  versionJobId,
} from '@wsp/platform';
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
import { SkillToStore, VACANCY_SUMMARY, VacancyRepository } from './vacancy.repository';

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
export class VacancyService implements OnModuleInit {
  constructor(
    private readonly repository: VacancyRepository,
    private readonly employers: EmployerService,
    private readonly transactions: Transactions,
    private readonly idempotency: IdempotencyKeys,
    private readonly members: RegionMembers,
    private readonly timeline: TimelineService,
    private readonly outbox: Outbox,
    private readonly merges: AccountMerges,
  ) {}

  /** When two accounts merge, the merged one's vacancies go to the kept one. */
  onModuleInit(): void {
    this.merges.register('vacancies', (keepId, mergeId) => this.repository.moveToAccount(keepId, mergeId));
  }

  /** The account manager of a vacancy works for a partner organisation of its region. */
  private async assertAccountManager(userId: string, regionCode: string): Promise<void> {
    await this.members.assertServes(regionCode, userId, 'input.accountManagerId');
  }

  async get(actor: Actor, id: string): Promise<VacancyEntity> {
    const vacancy = await this.repository.byId(id);
    if (!vacancy) throw DomainError.notFound(VACANCY);
    RegionAccess.assertCanRead(actor, vacancy.regionCode, VACANCY);
    return vacancy;
  }

  list(actor: Actor, filter: VacancyFilter, page: PageArgs): Promise<ConnectionShape<VacancyEntity>> {
    return this.repository.page(actor, filter, page);
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
        () => this.insert(actor, input),
        (id) => this.get(actor, id),
      ),
    );
  }

  /** In the create's transaction, the employer's read included. */
  private async insert(actor: Actor, input: CreateVacancyInput): Promise<string> {
    const accountManagerId = input.accountManagerId ?? actor.userId;
    const { skills, ...fields } = input;
    const employer = await this.employers.getForUpdate(actor, input.employerId);
    // The actor, signed in and allowed to write the employer's region, serves it: only someone else is checked.
    if (accountManagerId !== actor.userId) {
      await this.assertAccountManager(accountManagerId, employer.regionCode);
    }
    const vacancy = await this.repository.insert(
      {
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
      },
      skillsToStore(skills ?? []),
    );
    await this.timeline.record(employer.id, actor, 'VACANCY_CREATED', `Vacature "${vacancy.title}" aangemaakt`);
    await this.requestMatching(vacancy);
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
      this.transactions.withTransaction(async () => {
        if (input.accountManagerId) await this.assertAccountManager(input.accountManagerId, vacancy.regionCode);
        const updated = await this.repository.update(id, version, defined, skills && skillsToStore(skills));
        await this.requestMatching(updated);
        return updated;
      }),
    );
  }

  async changeStatus(actor: Actor, input: ChangeVacancyStatusInput): Promise<VacancyEntity> {
    const vacancy = await this.getForUpdate(actor, input.id);
    assertTransition(vacancy.status, input.status);
    return this.transactions.withTransaction(async () => {
      const updated = await this.repository.update(vacancy.id, input.version, { status: input.status });
      await this.timeline.record(
        vacancy.employerId,
        actor,
        'VACANCY_STATUS',
        `Vacature "${vacancy.title}": ${vacancy.status} -> ${input.status}`,
      );
      await this.requestMatching(updated);
      return updated;
    });
  }

  /**
   * In the caller's transaction (a placement was just recorded): an open vacancy whose positions are all filled
   * becomes FILLED, on its timeline and re-matched (its suggestions go).
   */
  async markFilledIfComplete(actor: Actor, vacancyId: string): Promise<boolean> {
    const filled = await this.repository.markFilledIfComplete(vacancyId);
    if (!filled) return false;
    await this.timeline.record(filled.employerId, actor, 'VACANCY_STATUS', `Vacature "${filled.title}": vervuld`);
    await this.requestMatching(filled);
    return true;
  }

  /** Every committed change of a vacancy is (re)matched: the outbox row commits with the change. */
  private requestMatching(vacancy: Pick<VacancyEntity, 'id' | 'version'>): Promise<void> {
    const jobId = versionJobId(JobName.MATCH_VACANCY, vacancy.id, vacancy.version);
    return this.outbox.record(JobName.MATCH_VACANCY, { vacancyId: vacancy.id }, jobId);
  }

  /**
   * An employer's vacancies, newest first, read with the request's other relations; only the summary's columns
   * when the client's selection (`fields`) needs no others.
   */
  ofEmployer(request: object, employerId: string, fields?: ReadonlySet<string>): Promise<VacancyEntity[]> {
    const { ofEmployer, summariesOfEmployer } = this.repository.relations;
    const relation = fields && VACANCY_SUMMARY.covers(fields) ? summariesOfEmployer : ofEmployer;
    return this.repository.relationOf(request, relation, employerId);
  }

  /** A vacancy's skills, required first, read with the request's other relations. */
  skillsOf(request: object, vacancyId: string): Promise<VacancySkill[]> {
    return this.repository.relationOf(request, this.repository.relations.skills, vacancyId);
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

/** An update may move one of the two dates: the other is the stored one. */
function assertClosesNotBeforeStart(startDate: string | null, closingDate: string | null): void {
  if (startDate && closingDate && closingDate < startDate) {
    throw DomainError.badInput([{ field: 'input.closingDate', message: 'must not be before the start date' }]);
  }
}

function assertHours(min: number, max: number): void {
  if (max < min) throw DomainError.badInput([{ field: 'input.hoursMax', message: 'must be at least hoursMin' }]);
}

/** The skills as stored: a weight left out is 1. */
function skillsToStore(skills: readonly VacancySkillInput[]): SkillToStore[] {
  return skills.map((skill) => ({ code: skill.code, required: skill.required, weight: skill.weight ?? 1 }));
}
