import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { OrganisationEntity } from './entities/organisation.entity';
import { UserEntity } from './entities/user.entity';
import { ConnectionShape, PageArgs, paginate } from '@wsp/platform';

/** The directory's statements: organisations with the regions and municipalities they serve, and their people. */
@Injectable()
export class OrganisationRepository {
  constructor(
    @InjectRepository(OrganisationEntity) private readonly organisations: Repository<OrganisationEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
  ) {}

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
