import { Inject, Injectable } from '@nestjs/common';
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

/**
 * Runs a report's statements on the read replica when DATABASE_REPLICA_URL is set (the primary otherwise),
 * in one read-only snapshot so the figures of one report agree with each other.
 */
@Injectable()
export class ReportReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async read<T>(actor: Actor, regionCode: string, work: (scope: ReportScope) => Promise<T>): Promise<T> {
    RegionAccess.assertCanRead(actor, regionCode, 'Region'); // another region's figures do not exist for you
    const runner = this.dataSource.createQueryRunner('slave');
    try {
      await runner.startTransaction('REPEATABLE READ');
      await runner.query('SET TRANSACTION READ ONLY');
      // A report sorts and hashes hundreds of thousands of rows: in memory, not in temporary files.
      await runner.query("SET LOCAL work_mem = '32MB'");
      const query: ReportQuery = (sql, parameters) => runner.query(sql, parameters);
      const [region] = await query<{ code: string; name: string }>(
        'SELECT code, name FROM labour_market_region WHERE code = $1',
        [regionCode],
      );
      if (!region) throw DomainError.notFound('Region');
      const organisations = await query<ReportOrganisation>(
        `SELECT o.id, o.name, o.kind AS pool FROM organisation o
           JOIN organisation_region r ON r.organisation_id = o.id WHERE r.region_code = $1`,
        [regionCode],
      );
      const result = await work({ region, organisations, threshold: this.config.reports.suppressionThreshold, query });
      await runner.commitTransaction();
      return result;
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
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
