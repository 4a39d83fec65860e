import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AppConfig, APP_CONFIG, DomainError, RegionAccess } from '@wsp/platform';
import type { PoolClient, QueryResult } from 'pg';
import { DataSource, QueryFailedError } from 'typeorm';
import { ReportPeriodInput } from './dto/report.inputs';
import { ReportOrganisation } from './breakdown';

export type ReportQuery = <T = Record<string, unknown>>(sql: string, parameters?: unknown[]) => Promise<T[]>;

export interface ReportScope {
  region: { code: string; name: string };
  organisations: ReportOrganisation[];
  threshold: number;
  query: ReportQuery;
  /** The rows of the report's lead statement (none without one). */
  lead: Record<string, unknown>[];
}

/**
 * The statement a report starts with, sent with the opening of its snapshot in one round trip. Its parameters go
 * as escaped literals (the simple protocol has no others), so they are strings or finite numbers, and `sql` holds
 * no `$` but its placeholders.
 */
export interface LeadStatement {
  sql: string;
  params: (string | number)[];
}

/** Periods longer than this are refused: a report is a management view, not an export of the database. */
const MAX_PERIOD_DAYS = 5 * 366;

/**
 * Runs a report's statements on the read replica when DATABASE_REPLICA_URL is set (the primary otherwise),
 * in one read-only snapshot so the figures of one report agree with each other.
 */
@Injectable()
export class ReportReader implements BeforeApplicationShutdown {
  private readonly logger = new Logger(ReportReader.name);
  /** Snapshot ends sent and not yet answered: shutdown waits for them before the pool closes their connections. */
  private readonly ending = new Set<Promise<unknown>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async read<T>(
    actor: Actor,
    regionCode: string,
    work: (scope: ReportScope) => Promise<T>,
    lead?: LeadStatement,
  ): Promise<T> {
    RegionAccess.assertCanRead(actor, regionCode, 'Region'); // another region's figures do not exist for you
    const runner = this.dataSource.createQueryRunner('slave');
    let open = false;
    try {
      // One round trip opens the snapshot, reads the region with its organisations and runs the lead statement
      // (TypeORM's startTransaction alone takes two). The code is one of the actor's own regions (checked above),
      // and sent escaped. A report sorts and hashes hundreds of thousands of rows: in memory, not in temporary files;
      // and its figures depend on the period and the region, so its statements are planned for their values.
      const client = (await runner.connect()) as PoolClient;
      const opening = `BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY; SET LOCAL work_mem = '32MB';
        SET LOCAL plan_cache_mode = force_custom_plan;
        SELECT r.code, r.name,
               (SELECT coalesce(json_agg(json_build_object('id', o.id, 'name', o.name, 'pool', o.kind)), '[]')
                  FROM organisation o JOIN organisation_region x ON x.organisation_id = o.id
                 WHERE x.region_code = r.code) AS organisations
          FROM labour_market_region r WHERE r.code = ${client.escapeLiteral(regionCode)}${
            lead ? `;\n${withLiterals(client, lead)}` : ''
          }`;
      open = true; // from here on it ends with COMMIT or ROLLBACK, also if the opening fails after its BEGIN
      const results = (await client.query(opening).catch((error: Error) => {
        throw new QueryFailedError(opening, [], error);
      })) as unknown as QueryResult<{ code: string; name: string; organisations: ReportOrganisation[] }>[];
      const query: ReportQuery = (sql, parameters) => runner.query(sql, parameters);
      const [region] = results[3].rows;
      if (!region) throw DomainError.notFound('Region');
      const { organisations, ...about } = region;
      const result = await work({
        region: about,
        organisations,
        threshold: this.config.reports.suppressionThreshold,
        query,
        lead: lead ? results[4].rows : [],
      });
      // A read-only snapshot has nothing to commit: its end is sent without waiting for the answer. The
      // connection's next user queues behind it on the same connection, so it never sees the snapshot.
      open = false;
      const ended = client
        .query('COMMIT')
        .catch((error: Error) =>
          // Only a broken connection fails here: the server ended the snapshot with it, and the pool drops it.
          this.logger.warn({ error: error.message }, 'a report snapshot ended with its broken connection'),
        )
        .finally(() => this.ending.delete(ended));
      this.ending.add(ended);
      return result;
    } finally {
      if (open) await runner.query('ROLLBACK').catch(() => undefined); // a broken connection ended it already
      await runner.release();
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.ending);
  }
}

function withLiterals(client: PoolClient, { sql, params }: LeadStatement): string {
  return sql.replace(/\$(\d+)/g, (_, n: string) => {
    const value = params[Number(n) - 1];
    if (typeof value === 'string') return client.escapeLiteral(value);
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    throw new Error(`lead statement parameter $${n} is neither a string nor a finite number`);
  });
}

/** A period the reports accept: `from` not after `to`, at most five years. */
export function assertReportPeriod(input: ReportPeriodInput): void {
  const days = (Date.parse(input.to) - Date.parse(input.from)) / 86_400_000;
  if (days < 0) throw DomainError.badInput([{ field: 'input.to', message: 'to must not be before from' }]);
  if (days > MAX_PERIOD_DAYS) {
    throw DomainError.badInput([{ field: 'input.to', message: 'a report covers at most five years' }]);
  }
}
