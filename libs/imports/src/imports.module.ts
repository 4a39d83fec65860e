import { Module } from '@nestjs/common';
import { NotificationsModule } from '@wsp/notifications';
import { EmployerImportJob } from './employer-import.job';
import { EmployerImportRepository } from './employer-import.repository';
import { EmployerImportService } from './employer-import.service';
import { ImportResolver } from './import.resolver';

/** Every resolver of the imports; the schema printer builds from the same list. */
export const IMPORT_RESOLVERS = [ImportResolver];

/** Imports of employers, contacts and vacancies from an organisation's own CSV export. */
@Module({
  imports: [NotificationsModule],
  providers: [EmployerImportService, EmployerImportRepository, EmployerImportJob, ...IMPORT_RESOLVERS],
})
export class ImportsModule {}
