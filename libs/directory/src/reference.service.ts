import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DomainError } from '@wsp/platform';
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

  listRegions(): Promise<LabourMarketRegionEntity[]> {
    return this.regions.find({ order: { name: 'ASC' } });
  }

  async listMunicipalities(regionCode: string): Promise<MunicipalityEntity[]> {
    if (!(await this.regions.existsBy({ code: regionCode }))) throw DomainError.notFound('Region');
    return this.municipalities.find({ where: { regionCode }, order: { name: 'ASC' } });
  }
}
