import fastifyMultipart from '@fastify/multipart';
import { DynamicModule, Injectable, Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { EmployersModule } from '@wsp/employers';
import { NotificationsModule } from '@wsp/notifications';
import { VacanciesModule } from '@wsp/vacancies';
import { EmployerImportJob } from './employer-import.job';
import { EmployerImportRepository } from './employer-import.repository';
import { EmployerImportService } from './employer-import.service';
import { ImportUploadController, MAX_IMPORT_FILE_BYTES } from './import-upload.controller';
import { ImportResolver } from './import.resolver';
import { ImportRows } from './import-rows';

/** Every resolver of the imports; the schema printer builds from the same list. */
export const IMPORT_RESOLVERS = [ImportResolver];

/** Imports of employers, contacts and vacancies from an organisation's own CSV export. */
@Module({
  imports: [NotificationsModule, EmployersModule, VacanciesModule],
  providers: [EmployerImportService, EmployerImportRepository, EmployerImportJob, ImportRows, ...IMPORT_RESOLVERS],
})
export class ImportsModule {
  /** With the upload route (the API's; the worker only runs the imports). */
  static withUploads(): DynamicModule {
    return {
      module: ImportsModule,
      controllers: [ImportUploadController],
      providers: [MultipartParser],
    };
  }
}

/** Lets Fastify read multipart bodies (the upload route); a file streams in and stops at the limit. */
@Injectable()
class MultipartParser implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  async onModuleInit(): Promise<void> {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    await fastify.register(fastifyMultipart, {
      limits: { fileSize: MAX_IMPORT_FILE_BYTES, files: 1, fields: 5, fieldSize: 1000, parts: 6 },
    });
  }
}
