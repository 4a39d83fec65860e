import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Actor, RegionAccess } from '@wsp/platform';
import { Repository } from 'typeorm';
import { OrganisationEntity } from './entities/organisation.entity';

/** Partner organisations and the regions they serve. */
@Injectable()
export class OrganisationService {
  constructor(@InjectRepository(OrganisationEntity) private readonly organisations: Repository<OrganisationEntity>) {}

  /** Organisations serving `regionCode`; a region the actor does not serve reads as unknown. */
  async listInRegion(actor: Actor, regionCode: string): Promise<OrganisationEntity[]> {
    RegionAccess.assertCanRead(actor, regionCode, 'Region');
    return this.organisations
      .createQueryBuilder('o')
      .where('o.id IN (SELECT organisation_id FROM organisation_region WHERE region_code = :regionCode)', {
        regionCode,
      })
      .orderBy('o.name')
      .getMany();
  }

  findByIds(ids: readonly string[]): Promise<OrganisationEntity[]> {
    return this.organisations.createQueryBuilder('o').where('o.id = ANY(:ids)', { ids }).getMany();
  }

  /** Region codes per organisation, in one query. */
  regionCodesOf(organisationIds: readonly string[]): Promise<Map<string, string[]>> {
    return this.codesPerOrganisation('organisation_region', 'region_code', organisationIds);
  }

  /** Municipality codes per organisation, in one query. */
  municipalityCodesOf(organisationIds: readonly string[]): Promise<Map<string, string[]>> {
    return this.codesPerOrganisation('organisation_municipality', 'municipality_code', organisationIds);
  }

  /** True when `organisationId` serves at least one region the actor serves: partners see each other. */
  async isPartnerOf(actor: Actor, organisationId: string): Promise<boolean> {
    const regions = (await this.regionCodesOf([organisationId])).get(organisationId) ?? [];
    return regions.some((code) => actor.regionCodes.includes(code));
  }

  private async codesPerOrganisation(
    table: 'organisation_region' | 'organisation_municipality',
    column: 'region_code' | 'municipality_code',
    organisationIds: readonly string[],
  ): Promise<Map<string, string[]>> {
    const rows: { organisation_id: string; code: string }[] = await this.organisations.query(
      `SELECT organisation_id, ${column} AS code FROM ${table} WHERE organisation_id = ANY($1) ORDER BY ${column}`,
      [organisationIds],
    );
    const result = new Map<string, string[]>(organisationIds.map((id) => [id, []]));
    for (const row of rows) result.get(row.organisation_id)?.push(row.code);
    return result;
  }
}
