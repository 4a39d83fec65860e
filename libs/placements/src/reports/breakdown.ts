import { BreakdownRow, ReportCount, ReportLevel } from './dto/report.models';
import { countView } from './report-format';
import { PublishedCount, SuppressedTable } from './small-cells';

export interface ReportOrganisation {
  id: string;
  name: string;
  pool: 'UWV' | 'MUNICIPALITY';
}

/** A row of a report query grouped by `GROUPING SETS ((owner_organisation_id, pool), (pool), ())`. */
export type LevelCounts = { organisation_id: string | null; pool: string | null } & Record<string, unknown>;

export interface BreakdownSpec<M extends string> {
  metrics: readonly M[];
  /** Metrics whose region figure is the sum of the pools', and a pool's the sum of its organisations'. */
  additive: readonly M[];
  /** Metrics published, within each row, as the sum of others (e.g. placed = before + after WW end). */
  within?: readonly (readonly [M, readonly M[]])[];
}

export type PublishedBreakdownRow<M extends string> = BreakdownRow & {
  counts: Record<M, PublishedCount>;
  view: Record<M, ReportCount>;
};

const POOL_LABELS: Record<ReportOrganisation['pool'], string> = {
  UWV: 'UWV-pool',
  MUNICIPALITY: 'Gemeentelijke pool',
};

const levelKey = (row: { organisation_id: string | null; pool: string | null }) =>
  row.organisation_id ? `o:${row.organisation_id}` : row.pool ? `p:${row.pool}` : 'region';

/**
 * A report broken down into the region, its pools and its partner organisations (all of them, also those
 * with nothing to count), with small-cell suppression over every sum the table publishes.
 */
export function publishBreakdown<M extends string>(
  region: { code: string; name: string },
  organisations: readonly ReportOrganisation[],
  queryRows: readonly LevelCounts[],
  spec: BreakdownSpec<M>,
  threshold: number,
): PublishedBreakdownRow<M>[] {
  const found = new Map<string, LevelCounts[]>();
  for (const row of queryRows) {
    const rows = found.get(levelKey(row)) ?? [];
    rows.push(row);
    found.set(levelKey(row), rows);
  }
  const valueOf = (key: string, metric: M) =>
    (found.get(key) ?? []).reduce((sum, row) => sum + Number(row[metric] ?? 0), 0);

  const pools = (['UWV', 'MUNICIPALITY'] as const).filter((pool) => organisations.some((o) => o.pool === pool));
  const shape: (BreakdownRow & { key: string })[] = [
    { key: 'region', level: ReportLevel.REGION, pool: null, organisationId: null, label: region.name },
  ];
  for (const pool of pools) {
    shape.push({ key: `p:${pool}`, level: ReportLevel.POOL, pool, organisationId: null, label: POOL_LABELS[pool] });
    for (const organisation of organisations
      .filter((o) => o.pool === pool)
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'))) {
      shape.push({
        key: `o:${organisation.id}`,
        level: ReportLevel.ORGANISATION,
        pool,
        organisationId: organisation.id,
        label: organisation.name,
      });
    }
  }

  const table = new SuppressedTable();
  const cells = new Map(
    shape.map((row) => [row.key, Object.fromEntries(spec.metrics.map((m) => [m, table.cell(valueOf(row.key, m))]))]),
  ) as Map<string, Record<M, number>>;
  for (const metric of spec.additive) {
    table.sum(
      cells.get('region')![metric],
      pools.map((pool) => cells.get(`p:${pool}`)![metric]),
    );
    for (const pool of pools) {
      table.sum(
        cells.get(`p:${pool}`)![metric],
        organisations.filter((o) => o.pool === pool).map((o) => cells.get(`o:${o.id}`)![metric]),
      );
    }
  }
  for (const row of shape) {
    for (const [total, parts] of spec.within ?? []) {
      table.sum(
        cells.get(row.key)![total],
        parts.map((part) => cells.get(row.key)![part]),
      );
    }
  }

  const read = table.suppress(threshold);
  return shape.map(({ key, ...header }) => {
    const counts = Object.fromEntries(spec.metrics.map((m) => [m, read(cells.get(key)![m])])) as Record<
      M,
      PublishedCount
    >;
    const view = Object.fromEntries(spec.metrics.map((m) => [m, countView(counts[m], threshold)])) as Record<
      M,
      ReportCount
    >;
    return { ...header, counts, view };
  });
}

/** The SQL grouping that `publishBreakdown` reads: per organisation, per pool and for the region. */
export const BY_LEVEL = 'GROUPING SETS ((owner_organisation_id, pool), (pool), ())';
