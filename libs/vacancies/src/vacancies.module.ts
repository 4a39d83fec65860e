import { DirectoryModule } from '@wsp/directory';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EmployersModule } from '@wsp/employers';
import { VacancyEntity } from './entities/vacancy.entity';
import { EmployerVacanciesResolver, VacancyResolver } from './vacancy.resolver';
import { VacancyRepository } from './vacancy.repository';
import { VacancyService } from './vacancy.service';
import { VacancyImport } from './vacancy-import';

/** Every resolver of the vacancies; the schema printer builds from the same list. */
export const VACANCY_RESOLVERS = [VacancyResolver, EmployerVacanciesResolver];

/** Vacancies of the region's employers and their lifecycle. */
@Module({
  imports: [EmployersModule, DirectoryModule, TypeOrmModule.forFeature([VacancyEntity])],
  providers: [VacancyService, VacancyRepository, VacancyImport, ...VACANCY_RESOLVERS],
  exports: [VacancyService, VacancyImport],
})
export class VacanciesModule {}
