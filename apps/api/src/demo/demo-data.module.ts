import { Module } from '@nestjs/common';
import { CandidatesModule } from '@wsp/candidates';
import { DirectoryModule } from '@wsp/directory';
import { EmployersModule } from '@wsp/employers';
import { PlacementsModule } from '@wsp/placements';
import { VacanciesModule } from '@wsp/vacancies';
import { VisitsModule } from '@wsp/visits';
import { DemoDataService } from './demo-data.service';

/** The demo region's business data, made through the domain services. Not for production (see the config). */
@Module({
  imports: [DirectoryModule, EmployersModule, VacanciesModule, CandidatesModule, VisitsModule, PlacementsModule],
  providers: [DemoDataService],
  exports: [DemoDataService],
})
export class DemoDataModule {}
