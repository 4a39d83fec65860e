import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { OrganisationEntity } from './entities/organisation.entity';
import { UserEntity } from './entities/user.entity';
import { ConnectionShape, PageArgs, paginate, Role, Transactions, versionedUpdate } from '@wsp/platform';

/** An active user of an organisation serving a region, as `servingRegion` reads them. */
export interface ServingUserRow {
  id: string;
  organisation_id: string;
  roles: Role[];
  display_name: string;
}

/** The directory's statements: organisations with the regions and municipalities they serve, and their people. */
@Injectable()
export class OrganisationRepository {
  constructor(
    @InjectRepository(OrganisationEntity) private readonly organisations: Repository<OrganisationEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly transactions: Transactions,
  ) {}

  /** A new user of an organisation; its id. In the current transaction. */
  async addUser(fields: Partial<UserEntity>): Promise<string> {
    const database = this.transactions.tx;
    return (await database.save(database.create(UserEntity, fields))).id;
  }

  /** The change of a user still at `version`, in the current transaction. */
  updateUser(id: string, version: number, changes: Partial<UserEntity>): Promise<UserEntity> {
    return versionedUpdate(this.transactions.tx.getRepository(UserEntity), 'User', id, version, changes);
  }

  /** Of `userIds`, the active users of an organisation serving the region (in the current transaction, if any). */
  servingRegion(regionCode: string, userIds: readonly string[]): Promise<ServingUserRow[]> {
    return this.transactions.tx.query(
      `SELECT u.id, u.organisation_id, u.roles, u.display_name FROM app_user u
         JOIN organisation_region r ON r.organisation_id = u.organisation_id AND r.region_code = $2
        WHERE u.id = ANY($1) AND u.active`,
      [userIds, regionCode],
    );
  }

  /** The organisations serving a region, by name. */
  inRegion(regionCode: string): Promise<OrganisationEntity[]> {
    return this.organisations
      .createQueryBuilder('o')
      .where('o.id IN (SELECT organisation_id FROM organisation_region WHERE region_code = :regionCode)', {
        regionCode,
      })
      .orderBy('o.name')
      .getMany();
  }

  /** The codes an organisation serves (regions or municipalities), per organisation, in one statement. */
  async codesPerOrganisation(
    table: 'organisation_region' | 'organisation_municipality',
    column: 'region_code' | 'municipality_code',
    organisationIds: readonly string[],
  ): Promise<{ organisation_id: string; code: string }[]> {
    return this.organisations.query(
      `SELECT organisation_id, ${column} AS code FROM ${table} WHERE organisation_id = ANY($1) ORDER BY ${column}`,
      [organisationIds],
    );
  }

  /** A page of an organisation's people by name, active or not when `active` is given. */
  people(organisationId: string, page: PageArgs, active?: boolean): Promise<ConnectionShape<UserEntity>> {
    const query = this.users.createQueryBuilder('u').where('u.organisation_id = :organisationId', { organisationId });
    if (active !== undefined) query.andWhere('u.active = :active', { active });
    return paginate(query, page, { column: 'display_name', valueOf: (user) => user.displayName }, this.users.metadata);
  }
}
