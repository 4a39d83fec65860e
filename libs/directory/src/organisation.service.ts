import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Actor, RegionAccess } from '@wsp/platform';
import { In, Repository } from 'typeorm';
import { OrganisationEntity } from './entities/organisation.entity';
import { OrganisationRepository } from './organisation.repository';

/** Partner organisations and the regions they serve. */
@Injectable()
export class OrganisationService {
  constructor(
    @InjectRepository(OrganisationEntity) private readonly organisations: Repository<OrganisationEntity>,
    private readonly repository: OrganisationRepository,
  ) {}

  /** Organisations serving `regionCode`; a region the actor does not serve reads as unknown. */
  async listInRegion(actor: Actor, regionCode: string): Promise<OrganisationEntity[]> {
    RegionAccess.assertCanRead(actor, regionCode, 'Region');
    return this.repository.inRegion(regionCode);
  }

  findByIds(ids: readonly string[]): Promise<OrganisationEntity[]> {
    return this.organisations.findBy({ id: In([...ids]) });
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
    const rows = await this.repository.codesPerOrganisation(table, column, organisationIds);
    const result = new Map<string, string[]>(organisationIds.map((id) => [id, []]));
    for (const row of rows) result.get(row.organisation_id)?.push(row.code);
    return result;
  }
}
