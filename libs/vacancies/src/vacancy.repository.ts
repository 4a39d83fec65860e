import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  Actor,
  ColumnMap,
  columnsOf,
  ConnectionShape,
  inActorRegions,
  PageArgs,
  paginate,
  entityDecoder,
  loadRelation,
  Projection,
  propertyColumns,
  Relation,
  StoredRow,
  Transactions,
  updateChangedColumns,
  versionedUpdate,
} from '@wsp/platform';
import { DataSource, Repository } from 'typeorm';
import { VacancyFilter } from './dto/vacancy.inputs';
import { VacancySkill } from './dto/vacancy.models';
import { VacancyEntity } from './entities/vacancy.entity';

/** An imported row's field -> the vacancy's column. */
const IMPORTED_VACANCY_COLUMNS: ColumnMap = {
  title: 'title',
  occupationCode: 'occupation_code',
  hoursMin: 'hours_min',
  hoursMax: 'hours_max',
  municipalityCode: 'municipality_code',
  contractType: 'contract_type',
  startDate: 'start_date',
  closingDate: 'closing_date',
  positions: 'positions',
  minEducationLevel: 'min_education_level',
  drivingLicences: 'driving_licences',
  languages: 'languages',
  jobsAgreement: 'jobs_agreement',
  description: 'description',
};

/** A vacancy's skill as stored, with the vacancy it belongs to. */
export interface VacancySkillRow extends VacancySkill {
  vacancyId: string;
}

/** What a list of an employer's vacancies shows, read when the client's selection needs no other column. */
export const VACANCY_SUMMARY = new Projection<VacancyEntity>(
  'vacancy-summary',
  ['employerId', 'title', 'status'],
  ['skills', 'suggestions'],
);

/** The statements of the vacancies library: vacancies and their skills. */
@Injectable()
export class VacancyRepository {
  /** An employer's vacancies, newest first, and a vacancy's skills, read by the parent's id (see relationOf). */
  readonly relations: {
    ofEmployer: Relation<VacancyEntity>;
    /** Only the columns of VACANCY_SUMMARY. */
    summariesOfEmployer: Relation<VacancyEntity>;
    skills: Relation<VacancySkillRow>;
  };

  constructor(
    @InjectRepository(VacancyEntity) private readonly vacancies: Repository<VacancyEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
  ) {
    this.relations = {
      ofEmployer: {
        name: 'employer_vacancies',
        sql: `SELECT v.employer_id AS "parentId", ${propertyColumns(vacancies.metadata, 'v')}
                FROM vacancy v WHERE v.employer_id = ANY($1::uuid[]) ORDER BY v.created_at DESC, v.id DESC`,
        decode: entityDecoder(vacancies.metadata),
      },
      summariesOfEmployer: {
        name: 'employer_vacancy_summaries',
        sql: `SELECT v.employer_id AS "parentId", ${propertyColumns(vacancies.metadata, 'v', VACANCY_SUMMARY.properties)}
                FROM vacancy v WHERE v.employer_id = ANY($1::uuid[]) ORDER BY v.created_at DESC, v.id DESC`,
        decode: entityDecoder(vacancies.metadata),
      },
      skills: {
        name: 'vacancy_skills',
        sql: `SELECT vacancy_id AS "parentId", vacancy_id AS "vacancyId", skill_code AS "skillCode", required, weight
                FROM vacancy_skill WHERE vacancy_id = ANY($1::uuid[]) ORDER BY required DESC, weight DESC, skill_code`,
        decode: (row) => row as unknown as VacancySkillRow,
      },
    };
  }

  /** The records of one of `relations` for a parent, read with the request's other relations (loadRelation). */
  relationOf<T>(request: object, relation: Relation<T>, parentId: string): Promise<T[]> {
    return loadRelation(request, this.dataSource, relation, parentId);
  }

  /** In the current transaction, if any. */
  byId(id: string): Promise<VacancyEntity | null> {
    return this.transactions.tx.findOneBy(VacancyEntity, { id });
  }

  /** A new vacancy with its skills, in the current transaction. */
  async insert(fields: Partial<VacancyEntity>, skills: readonly SkillToStore[]): Promise<VacancyEntity> {
    const database = this.transactions.tx;
    const vacancy = await database.save(database.create(VacancyEntity, fields));
    await this.insertSkills(vacancy.id, skills);
    return vacancy;
  }

  /** The change of a vacancy still at `version` (and its skills when given), in the current transaction. */
  async update(
    id: string,
    version: number,
    changes: Partial<VacancyEntity>,
    skills?: readonly SkillToStore[],
  ): Promise<VacancyEntity> {
    const updated = await versionedUpdate(
      this.transactions.tx.getRepository(VacancyEntity),
      'Vacancy',
      id,
      version,
      changes,
    );
    if (skills) {
      await this.transactions.tx.query('DELETE FROM vacancy_skill WHERE vacancy_id = $1', [id]);
      await this.insertSkills(id, skills);
    }
    return updated;
  }

  /** The organisation's vacancy with this reference of its own system, locked for an import's row. */
  async lockImported(organisationId: string, reference: string): Promise<StoredRow | undefined> {
    const [current]: StoredRow[] = await this.transactions.tx.query(
      `SELECT id, to_jsonb(v) AS row FROM vacancy v
        WHERE owner_organisation_id = $1 AND external_reference = $2 FOR UPDATE`,
      [organisationId, reference],
    );
    return current;
  }

  /** An imported vacancy, its importer its account manager. */
  async insertImported(
    owner: { employerId: string; regionCode: string; organisationId: string; userId: string; reference: string },
    fields: Record<string, unknown>,
  ): Promise<Pick<VacancyEntity, 'id' | 'version'>> {
    const { columns, values } = columnsOf(fields, IMPORTED_VACANCY_COLUMNS);
    const [created]: Pick<VacancyEntity, 'id' | 'version'>[] = await this.transactions.tx.query(
      `INSERT INTO vacancy (employer_id, region_code, owner_organisation_id, account_manager_id, external_reference${columns
        .map((c) => `, ${c}`)
        .join('')})
       VALUES ($1, $2, $3, $4, $5${values.map((_, i) => `, $${i + 6}`).join('')})
       RETURNING id, version`,
      [owner.employerId, owner.regionCode, owner.organisationId, owner.userId, owner.reference, ...values],
    );
    return created;
  }

  /** Writes the imported fields that differ from the stored vacancy; false when none did. */
  updateImported(current: StoredRow, fields: Record<string, unknown>): Promise<boolean> {
    return updateChangedColumns(this.transactions.tx, 'vacancy', current, fields, IMPORTED_VACANCY_COLUMNS);
  }

  /** An account's vacancies move to the account it was merged into (in the merge's transaction). */
  async moveToAccount(keepId: string, mergeId: string): Promise<void> {
    await this.transactions.tx.query('UPDATE vacancy SET employer_id = $1 WHERE employer_id = $2', [keepId, mergeId]);
  }

  /** A page of the vacancies of the actor's regions, newest first. */
  page(actor: Actor, filter: VacancyFilter, page: PageArgs): Promise<ConnectionShape<VacancyEntity>> {
    const query = this.vacancies.createQueryBuilder('v').where(...inActorRegions(actor, 'v.region_code'));
    if (filter.status) query.andWhere('v.status = :status', { status: filter.status });
    if (filter.occupationCode)
      query.andWhere("v.occupation_code LIKE :occupation || '%'", { occupation: filter.occupationCode });
    if (filter.municipalityCode)
      query.andWhere('v.municipality_code = :municipality', { municipality: filter.municipalityCode });
    if (filter.employerId) query.andWhere('v.employer_id = :employer', { employer: filter.employerId });
    if (filter.ownerOrganisationId)
      query.andWhere('v.owner_organisation_id = :owner', { owner: filter.ownerOrganisationId });
    return paginate(
      query,
      page,
      { column: 'created_at', valueOf: (v) => v.createdAt.toISOString(), descending: true },
      this.vacancies.metadata,
    );
  }

  /**
   * An open vacancy whose positions the placements all fill becomes FILLED (version and update time with it);
   * undefined when it did not.
   */
  async markFilledIfComplete(
    vacancyId: string,
  ): Promise<Pick<VacancyEntity, 'id' | 'version' | 'employerId' | 'title'> | undefined> {
    const [filled]: Pick<VacancyEntity, 'id' | 'version' | 'employerId' | 'title'>[] = await this.transactions.tx.query(
      `WITH filled AS (
         UPDATE vacancy v SET status = 'FILLED', version = version + 1, updated_at = now()
          WHERE v.id = $1 AND v.status = 'OPEN'
            AND (SELECT count(*) FROM placement p WHERE p.vacancy_id = v.id) >= v.positions
          RETURNING v.id, v.version, v.employer_id AS "employerId", v.title)
       SELECT * FROM filled`,
      [vacancyId],
    );
    return filled;
  }

  private async insertSkills(vacancyId: string, skills: readonly SkillToStore[]): Promise<void> {
    if (skills.length === 0) return;
    await this.transactions.tx.query(
      `INSERT INTO vacancy_skill (vacancy_id, skill_code, required, weight)
       SELECT $1, * FROM unnest($2::text[], $3::boolean[], $4::smallint[])`,
      [vacancyId, skills.map((s) => s.code), skills.map((s) => s.required), skills.map((s) => s.weight)],
    );
  }
}

export interface SkillToStore {
  code: string;
  required: boolean;
  weight: number;
}
