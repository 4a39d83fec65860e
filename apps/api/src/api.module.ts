import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { CandidatesModule } from '@wsp/candidates';
import { DirectoryModule } from '@wsp/directory';
import { EmployersModule } from '@wsp/employers';
import { VacanciesModule } from '@wsp/vacancies';
import { ImportsModule } from '@wsp/imports';
import { MatchingModule } from '@wsp/matching';
import { PlacementsModule } from '@wsp/placements';
import { VisitsModule } from '@wsp/visits';
import { NotificationsModule } from '@wsp/notifications';
import { migrations } from '@wsp/migrations';
import { TaxonomyModule } from '@wsp/taxonomy';
import {
  AppConfig,
  AuditModule,
  AuthGuard,
  GraphqlModule,
  GraphQLEdgeRateLimit,
  HealthModule,
  PlatformModule,
  AddressRateLimitGuard,
  RateLimitModule,
  UserRateLimitGuard,
} from '@wsp/platform';
import { DemoDataModule } from './demo/demo-data.module';
import { WebModule } from './web/web.module';

/** The API: GraphQL and health; in embedded mode also the queue workers. */
@Module({})
export class ApiModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        PlatformModule.forRoot({ config, databaseUrl, migrations, workers: config.runWorkers }),
        GraphqlModule,
        HealthModule.forRoot({ queue: false, identity: true }),
        RateLimitModule.forRoot(config),
        DirectoryModule,
        TaxonomyModule,
        EmployersModule,
        VacanciesModule,
        ImportsModule.withUploads(),
        CandidatesModule,
        MatchingModule,
        PlacementsModule,
        VisitsModule,
        NotificationsModule,
        AuditModule,
        WebModule.forRoot(config),
        DemoDataModule,
      ],
      // GraphQL requests are counted at the edge, before parsing; the guards, in this order, judge the rest: the
      // address limit counts every other request, the user limit needs the authenticated user.
      providers: [
        GraphQLEdgeRateLimit,
        { provide: APP_GUARD, useClass: AddressRateLimitGuard },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_GUARD, useClass: UserRateLimitGuard },
      ],
    };
  }
}
