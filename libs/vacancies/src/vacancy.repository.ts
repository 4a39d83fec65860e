import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  Actor,
  ConnectionShape,
  inActorRegions,
  PageArgs,
  paginate,
  entityDecoder,
  loadRelation,
  Projection,
  propertyColumns,
  Relation,
} from '@wsp/platform';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { VacancyFilter } from './dto/vacancy.inputs';
import { VacancySkill } from './dto/vacancy.models';
import { VacancyEntity } from './entities/vacancy.entity';

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

  /** In `manager`'s transaction when given. */
  byId(id: string, manager?: EntityManager): Promise<VacancyEntity | null> {
    return (manager?.getRepository(VacancyEntity) ?? this.vacancies).findOneBy({ id });
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
    manager: EntityManager,
    vacancyId: string,
  ): Promise<Pick<VacancyEntity, 'id' | 'version' | 'employerId' | 'title'> | undefined> {
    const [filled]: Pick<VacancyEntity, 'id' | 'version' | 'employerId' | 'title'>[] = await manager.query(
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

  async replaceSkills(manager: EntityManager, vacancyId: string, skills: readonly SkillToStore[]): Promise<void> {
    await manager.query('DELETE FROM vacancy_skill WHERE vacancy_id = $1', [vacancyId]);
    await this.insertSkills(manager, vacancyId, skills);
  }

  async insertSkills(manager: EntityManager, vacancyId: string, skills: readonly SkillToStore[]): Promise<void> {
    if (skills.length === 0) return;
    await manager.query(
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
