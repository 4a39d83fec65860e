import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  Actor,
  AuditEntityType,
  ConnectionShape,
  PageArgs,
  paginate,
  selectAuditingViews,
  Transactions,
  versionedUpdate,
} from '@wsp/platform';
import { CandidateProfileFilter } from './dto/candidate-profile.inputs';
import { DataSource, Repository } from 'typeorm';
import { CandidateProfileEntity } from './entities/candidate-profile.entity';
import { ANONYMISED_PROPERTIES, AnonymisedProfileRow } from './profile-views';

/** The columns of the anonymised view, named as the entity's properties. */
const ANONYMISED_COLUMNS = ANONYMISED_PROPERTIES.map((property) => {
  const column = property.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
  return column === property ? column : `${column} AS "${property}"`;
}).join(', ');

/** What the reference data says about a profile's codes (see `referenceCheck`). */
export interface ReferenceCheckRow {
  unknown_occupations: string[];
  unknown_skills: string[];
  education_known: boolean;
}

/** The candidate profile's statements besides TypeORM's own reads and writes of the entity. */
@Injectable()
export class CandidateProfileRepository {
  constructor(
    private readonly transactions: Transactions,
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(CandidateProfileEntity) private readonly profiles: Repository<CandidateProfileEntity>,
  ) {}

  /** A new profile, in the current transaction. */
  insert(fields: Partial<CandidateProfileEntity>): Promise<CandidateProfileEntity> {
    const database = this.transactions.tx;
    return database.save(database.create(CandidateProfileEntity, fields));
  }

  /** The change of a profile still at `version`, in the current transaction. */
  update(id: string, version: number, changes: Partial<CandidateProfileEntity>): Promise<CandidateProfileEntity> {
    return versionedUpdate(
      this.transactions.tx.getRepository(CandidateProfileEntity),
      'Candidate profile',
      id,
      version,
      changes,
    );
  }

  /** A profile with whether it has a client number (the keyed hash itself is never selected): one round trip. */
  async byIdWithClientNumberFlag(
    id: string,
  ): Promise<{ profile: CandidateProfileEntity; hasClientNumber: boolean } | undefined> {
    const { entities, raw } = await this.profiles
      .createQueryBuilder('p')
      .addSelect('p.owner_reference IS NOT NULL', 'has_client_number')
      .where('p.id = :id', { id })
      .getRawAndEntities<{ has_client_number: boolean }>();
    return entities[0] && { profile: entities[0], hasClientNumber: raw[0].has_client_number };
  }

  /** A page of the organisation's profiles, last changed first; `today` is the Dutch calendar day. */
  page(
    organisationId: string,
    filter: CandidateProfileFilter,
    page: PageArgs,
    today: string,
  ): Promise<ConnectionShape<CandidateProfileEntity>> {
    const query = this.profiles
      .createQueryBuilder('p')
      .where('p.owner_organisation_id = :organisation', { organisation: organisationId });
    if (filter.status) query.andWhere('p.status = :status', { status: filter.status });
    if (filter.coachId) query.andWhere('p.coach_id = :coach', { coach: filter.coachId });
    if (filter.publicCode) {
      query.andWhere("p.public_code LIKE :code || '%'", { code: filter.publicCode.toUpperCase() });
    }
    if (filter.expiringWithinDays !== undefined) {
      query.andWhere('p.expires_on <= (:today)::date + (:days)::int', {
        today,
        days: filter.expiringWithinDays,
      });
    }
    return paginate(
      query,
      page,
      { column: 'updated_at', valueOf: (p) => p.updatedAt.toISOString(), descending: true },
      this.profiles.metadata,
    );
  }

  /** The labour market region of a municipality, undefined when the code is unknown. */
  async regionOfMunicipality(municipalityCode: string): Promise<string | undefined> {
    const [municipality]: { region_code: string }[] = await this.dataSource.query(
      'SELECT region_code FROM municipality WHERE code = $1',
      [municipalityCode],
    );
    return municipality?.region_code;
  }

  /**
   * The anonymised rows of these profiles that lie in `regionCodes`, each view by another organisation than the
   * owner audited with `purpose` in the same statement.
   */
  anonymisedViews(
    actor: Actor,
    ids: readonly string[],
    regionCodes: readonly string[],
    purpose: string,
  ): Promise<AnonymisedProfileRow[]> {
    return selectAuditingViews<AnonymisedProfileRow>(
      this.dataSource,
      {
        sql: `SELECT ${ANONYMISED_COLUMNS} FROM candidate_profile WHERE id = ANY($1) AND region_code = ANY($2)`,
        params: [ids, regionCodes],
      },
      actor,
      { entityType: AuditEntityType.CANDIDATE_PROFILE, owner: 'ownerOrganisationId', purpose },
    );
  }

  /** Which of the codes are not in the reference data. */
  async referenceCheck(check: {
    occupationCodes: readonly string[];
    skillCodes: readonly string[];
    educationLevel: string | null;
  }): Promise<ReferenceCheckRow> {
    const [row]: ReferenceCheckRow[] = await this.dataSource.query(
      `SELECT
         ARRAY(SELECT c FROM unnest($1::text[]) c WHERE NOT EXISTS (SELECT 1 FROM occupation o WHERE o.code = c AND o.level = 4)) AS unknown_occupations,
         ARRAY(SELECT c FROM unnest($2::text[]) c WHERE NOT EXISTS (SELECT 1 FROM skill s WHERE s.code = c)) AS unknown_skills,
         ($3::text IS NULL OR EXISTS (SELECT 1 FROM education_level WHERE code = $3)) AS education_known`,
      [check.occupationCodes, check.skillCodes, check.educationLevel],
    );
    return row;
  }

  async organisationSlug(organisationId: string): Promise<string> {
    const [organisation]: { slug: string }[] = await this.dataSource.query(
      'SELECT slug FROM organisation WHERE id = $1',
      [organisationId],
    );
    return organisation.slug;
  }

  /** Of these profiles, those with a client number (its keyed hash is never selected). */
  async withClientNumber(ids: readonly string[]): Promise<Set<string>> {
    const rows: { id: string }[] = await this.dataSource.query(
      'SELECT id FROM candidate_profile WHERE id = ANY($1) AND owner_reference IS NOT NULL',
      [ids],
    );
    return new Set(rows.map((row) => row.id));
  }

  /** The organisation's profile whose client number has one of these keyed hashes. */
  findByReference(organisationId: string, hashes: readonly Buffer[]): Promise<CandidateProfileEntity | null> {
    return this.profiles
      .createQueryBuilder('p')
      .where('p.owner_organisation_id = :organisation AND p.owner_reference = ANY(:references)', {
        organisation: organisationId,
        references: hashes,
      })
      .getOne();
  }

  /** Re-keys a reference made with a secret being rotated out. Not an edit of the profile: version and time stay. */
  async rekeyReference(id: string, from: Buffer, to: { hash: Buffer; keyId: string }): Promise<void> {
    await this.dataSource.query(
      `UPDATE candidate_profile SET owner_reference = $1, owner_reference_key = $2
        WHERE id = $3 AND owner_reference = $4`,
      [to.hash, to.keyId, id, from],
    );
  }

  /** Marks the profile PLACED from `startDate`, in the caller's transaction; undefined when it already was. */
  async markPlaced(
    profileId: string,
    startDate: string,
  ): Promise<{ id: string; version: number; owner_organisation_id: string } | undefined> {
    const [placed]: { id: string; version: number; owner_organisation_id: string }[] = await this.transactions.tx.query(
      `WITH placed AS (
         UPDATE candidate_profile
            SET status = 'PLACED', work_started_on = $2, version = version + 1, updated_at = now()
          WHERE id = $1 AND status <> 'PLACED' RETURNING id, version, owner_organisation_id)
       SELECT * FROM placed`,
      [profileId, startDate],
    );
    return placed;
  }

  /** The open vacancies that suggest any of these profiles (their top lists lose them when the profiles go). */
  async openVacanciesSuggesting(profileIds: readonly string[]): Promise<string[]> {
    const rows: { vacancy_id: string }[] = await this.transactions.tx.query(
      `SELECT DISTINCT s.vacancy_id FROM suggestion s JOIN vacancy v ON v.id = s.vacancy_id
        WHERE s.profile_id = ANY($1) AND v.status = 'OPEN'`,
      [profileIds],
    );
    return rows.map((row) => row.vacancy_id);
  }
}

/** Profiles with a client number per organisation (slug) and per secret that made their reference (`key`). */
export function countClientReferences(
  database: Pick<DataSource, 'query'>,
): Promise<{ organisation: string; key: string | null; profiles: number }[]> {
  return database.query(
    `SELECT o.slug AS organisation, p.owner_reference_key AS key, count(*)::int AS profiles
       FROM candidate_profile p JOIN organisation o ON o.id = p.owner_organisation_id
      WHERE p.owner_reference IS NOT NULL
      GROUP BY o.slug, p.owner_reference_key`,
  );
}
