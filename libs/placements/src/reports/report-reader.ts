import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AppConfig, APP_CONFIG, DomainError, RegionAccess } from '@wsp/platform';
import { DataSource } from 'typeorm';
import { ReportPeriodInput } from './dto/report.inputs';
import { ReportOrganisation } from './breakdown';

export type ReportQuery = <T = Record<string, unknown>>(sql: string, parameters?: unknown[]) => Promise<T[]>;

export interface ReportScope {
  region: { code: string; name: string };
  organisations: ReportOrganisation[];
  threshold: number;
  query: ReportQuery;
}

/** Periods longer than this are refused: a report is a management view, not an export of the database. */
const MAX_PERIOD_DAYS = 5 * 366;

/** The region with its partner organisations, the first read of every report. */
const REGION = `
  SELECT r.code, r.name,
         (SELECT coalesce(json_agg(json_build_object('id', o.id, 'name', o.name, 'pool', o.kind)), '[]')
            FROM organisation o JOIN organisation_region x ON x.organisation_id = o.id
           WHERE x.region_code = r.code) AS organisations
    FROM labour_market_region r WHERE r.code = $1`;

/** The warning of a report whose snapshot end failed with its connection (its figures were read already). */
export const SNAPSHOT_LOST = 'a report snapshot ended with its broken connection';

/**
 * Runs a report's statements on the read replica when DATABASE_REPLICA_URL is set (the primary otherwise),
 * in one read-only snapshot so the figures of one report agree with each other.
 */
@Injectable()
export class ReportReader {
  private readonly logger = new Logger(ReportReader.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async read<T>(actor: Actor, regionCode: string, work: (scope: ReportScope) => Promise<T>): Promise<T> {
    RegionAccess.assertCanRead(actor, regionCode, 'Region'); // another region's figures do not exist for you
    const runner = this.dataSource.createQueryRunner('slave');
    try {
      await runner.connect();
      await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY');
      let result: T;
      try {
        // A report sorts and hashes hundreds of thousands of rows: in memory, not in temporary files.
        await runner.query("SELECT set_config('work_mem', '32MB', true)");
        const [region]: { code: string; name: string; organisations: ReportOrganisation[] }[] = await runner.query(
          REGION,
          [regionCode],
        );
        if (!region) throw DomainError.notFound('Region');
        const { organisations, ...about } = region;
        result = await work({
          region: about,
          organisations,
          threshold: this.config.reports.suppressionThreshold,
          query: (sql, parameters) => runner.query(sql, parameters),
        });
      } catch (error) {
        await runner.query('ROLLBACK').catch(() => undefined); // a broken connection ended it already
        throw error;
      }
      // Read-only: a snapshot whose end is lost with its connection ended with it, and its figures stand.
      await runner.query('COMMIT').catch((error: Error) => this.logger.warn({ error: error.message }, SNAPSHOT_LOST));
      return result;
    } finally {
      await runner.release();
    }
  }
}

/** A period the reports accept: `from` not after `to`, at most five years. */
export function assertReportPeriod(input: ReportPeriodInput): void {
  const days = (Date.parse(input.to) - Date.parse(input.from)) / 86_400_000;
  if (days < 0) throw DomainError.badInput([{ field: 'input.to', message: 'to must not be before from' }]);
  if (days > MAX_PERIOD_DAYS) {
    throw DomainError.badInput([{ field: 'input.to', message: 'a report covers at most five years' }]);
  }
}
