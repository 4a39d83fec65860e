import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Actor, DomainError } from '@wsp/platform';
import { Repository } from 'typeorm';
import { OrganisationEntity } from './entities/organisation.entity';

/** Partner organisations and the regions they serve. */
@Injectable()
export class OrganisationService {
  constructor(@InjectRepository(OrganisationEntity) private readonly organisations: Repository<OrganisationEntity>) {}

  /** Organisations serving `regionCode`; a region the actor does not serve reads as unknown. */
  async listInRegion(actor: Actor, regionCode: string): Promise<OrganisationEntity[]> {
    if (!actor.regionCodes.includes(regionCode)) throw DomainError.notFound('Region');
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
  async regionCodesOf(organisationIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows: { organisation_id: string; region_code: string }[] = await this.organisations.query(
      'SELECT organisation_id, region_code FROM organisation_region WHERE organisation_id = ANY($1) ORDER BY region_code',
      [organisationIds],
    );
    const result = new Map<string, string[]>(organisationIds.map((id) => [id, []]));
    for (const row of rows) result.get(row.organisation_id)?.push(row.region_code);
    return result;
  }

  /** Municipality codes per organisation, in one query. */
  async municipalityCodesOf(organisationIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows: { organisation_id: string; municipality_code: string }[] = await this.organisations.query(
      'SELECT organisation_id, municipality_code FROM organisation_municipality WHERE organisation_id = ANY($1) ORDER BY municipality_code',
      [organisationIds],
    );
    const result = new Map<string, string[]>(organisationIds.map((id) => [id, []]));
    for (const row of rows) result.get(row.organisation_id)?.push(row.municipality_code);
    return result;
  }

  /** True when `organisationId` serves at least one region the actor serves: partners see each other. */
  async isPartnerOf(actor: Actor, organisationId: string): Promise<boolean> {
    const regions = (await this.regionCodesOf([organisationId])).get(organisationId) ?? [];
    return regions.some((code) => actor.regionCodes.includes(code));
  }
}
