import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Actor, DomainError } from '@wsp/platform';
import { Repository } from 'typeorm';
import { LabourMarketRegionEntity } from './entities/labour-market-region.entity';
import { MunicipalityEntity } from './entities/municipality.entity';

/** Labour market regions and municipalities: reference data every partner may read. */
@Injectable()
export class ReferenceService {
  constructor(
    @InjectRepository(LabourMarketRegionEntity) private readonly regions: Repository<LabourMarketRegionEntity>,
    @InjectRepository(MunicipalityEntity) private readonly municipalities: Repository<MunicipalityEntity>,
  ) {}

  // Reference data is the same for every actor; the actor still comes first, like in every service.
  listRegions(_actor: Actor): Promise<LabourMarketRegionEntity[]> {
    return this.regions.find({ order: { name: 'ASC' } });
  }

  async listMunicipalities(_actor: Actor, regionCode: string): Promise<MunicipalityEntity[]> {
    if (!(await this.regions.existsBy({ code: regionCode }))) throw DomainError.notFound('Region');
    return this.municipalities.find({ where: { regionCode }, order: { name: 'ASC' } });
  }
}
