import { DynamicModule, Module } from '@nestjs/common';
import { CandidatesModule } from '@wsp/candidates';
import { DirectoryModule } from '@wsp/directory';
import { ImportsModule } from '@wsp/imports';
import { MatchingModule } from '@wsp/matching';
import { NotificationsModule } from '@wsp/notifications';
import { VisitsModule } from '@wsp/visits';
import { migrations } from '@wsp/migrations';
import { AppConfig, HealthModule, PlatformModule } from '@wsp/platform';

/** The worker: every queue's processor and the job handlers of the domain libraries; HTTP only for health. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        PlatformModule.forRoot({ config, databaseUrl, migrations, workers: true }),
        HealthModule.forRoot({ queue: true, identity: false }),
        DirectoryModule,
        ImportsModule,
        CandidatesModule,
        MatchingModule,
        NotificationsModule,
        VisitsModule,
      ],
    };
  }
}
