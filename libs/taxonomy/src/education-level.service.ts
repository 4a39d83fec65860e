import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Actor } from '@wsp/platform';
import { Repository } from 'typeorm';
import { EducationLevelEntity } from './entities/education-level.entity';

@Injectable()
export class EducationLevelService {
  constructor(@InjectRepository(EducationLevelEntity) private readonly levels: Repository<EducationLevelEntity>) {}

  list(_actor: Actor): Promise<EducationLevelEntity[]> {
    return this.levels.find({ order: { sortOrder: 'ASC' } });
  }
}

/** Whether `level` meets `minimum`: the same or a higher NLQF level (havo meets "mbo 4"). */
export function meetsMinimumLevel(level: { nlqf: number }, minimum: { nlqf: number }): boolean {
  return level.nlqf >= minimum.nlqf;
}
