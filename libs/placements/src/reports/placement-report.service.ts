import { Injectable } from '@nestjs/common';
import { Actor, DomainError } from '@wsp/platform';
import { PlacementDimension, PlacementReportInput } from './dto/report.inputs';
import { PlacementReport, PlacementReportRow, PlacementReportTotal, ReportKey } from './dto/report.models';
import { DIMENSION_HEADINGS, DIMENSION_SQL, dimensionLabel, sortsByKey } from './placement-dimensions';
import { countView, dutchExcelCsv } from './report-format';
import { assertReportPeriod, ReportReader } from './report-reader';
import { SuppressedTable } from './small-cells';

interface GroupedCount {
  keys: (string | null)[];
  /** GROUPING() of the keys: a set bit means that key is rolled up in this row. */
  grouping: number;
  count: number;
}

/**
 * Placements that started in the period, counted per combination of up to three groupings, with the
 * total per key of each grouping and a grand total, all in one statement (GROUPING SETS).
 */
@Injectable()
export class PlacementReportService {
  constructor(private readonly reader: ReportReader) {}

  report(actor: Actor, input: PlacementReportInput): Promise<Omit<PlacementReport, 'csv'>> {
    assertReportPeriod(input);
    const dimensions = input.groupBy;
    if (new Set(dimensions).size !== dimensions.length) {
      throw DomainError.badInput([{ field: 'input.groupBy', message: 'each dimension may be given once' }]);
    }
    return this.reader.read(actor, input.regionCode, async ({ region, organisations, threshold, query }) => {
      const grouped = await this.countPlacements(query, dimensions, region.code, input.from, input.to);
      const named = new Map(organisations.map((o) => [o.id, o.name]));
      if (dimensions.includes(PlacementDimension.OCCUPATION_GROUP)) {
        const groups = await query<{ code: string; title: string }>(
          'SELECT code, title_nl AS title FROM occupation WHERE level = 1',
        );
        for (const group of groups) named.set(group.code, group.title);
      }
      const keyOf = (dimension: PlacementDimension, value: string): ReportKey => ({
        dimension,
        value,
        label: dimensionLabel(dimension, value, named),
      });

      // One cell per combination, per key of each dimension, and the grand total; then every sum between them.
      const table = new SuppressedTable();
      const full = dimensions.length ? grouped.filter((g) => g.grouping === 0) : [];
      const fullCells = full.map((g) => table.cell(g.count));
      const allRolledUp = (1 << dimensions.length) - 1;
      const grand = table.cell(grouped.find((g) => g.grouping === allRolledUp)?.count ?? 0);
      const totals: { dimension: number; value: string; cell: number }[] = [];
      dimensions.forEach((_, d) => {
        const onlyThis = allRolledUp & ~(1 << (dimensions.length - 1 - d));
        const margins = grouped.filter((g) => g.grouping === onlyThis);
        const cells = margins.map((margin) => {
          const value = margin.keys[d]!;
          const cell = dimensions.length === 1 ? fullCells[full.indexOf(margin)] : table.cell(margin.count);
          totals.push({ dimension: d, value, cell });
          table.sum(
            cell,
            fullCells.filter((_, i) => full[i].keys[d] === value),
          );
          return cell;
        });
        table.sum(grand, cells);
      });
      const read = table.suppress(threshold);

      const rows: PlacementReportRow[] = full.map((g, i) => ({
        keys: dimensions.map((dimension, d) => keyOf(dimension, g.keys[d]!)),
        placements: countView(read(fullCells[i]), threshold),
      }));
      rows.sort((a, b) => compareKeys(a.keys, b.keys));
      const totalRows: PlacementReportTotal[] = totals
        .map(({ dimension, value, cell }) => ({
          key: keyOf(dimensions[dimension], value),
          placements: countView(read(cell), threshold),
        }))
        .sort(
          (a, b) =>
            dimensions.indexOf(a.key.dimension) - dimensions.indexOf(b.key.dimension) || compareKeys([a.key], [b.key]),
        );
      return {
        regionCode: region.code,
        suppressionThreshold: threshold,
        from: input.from,
        to: input.to,
        groupBy: dimensions,
        rows,
        totals: totalRows,
        total: countView(read(grand), threshold),
      };
    });
  }

  /** The report as CSV: the rows, then each total with "Totaal" in the other columns, then the grand total. */
  csv(report: Omit<PlacementReport, 'csv'>): string {
    const header = [...report.groupBy.map((d) => DIMENSION_HEADINGS[d]), 'Plaatsingen'];
    const lines = report.rows.map((row) => [...row.keys.map((k) => k.label), row.placements.display]);
    for (const total of report.totals) {
      lines.push([
        ...report.groupBy.map((d) => (d === total.key.dimension ? total.key.label : 'Totaal')),
        total.placements.display,
      ]);
    }
    lines.push([...report.groupBy.map(() => 'Totaal'), report.total.display]);
    return dutchExcelCsv(header, lines);
  }

  private async countPlacements(
    query: <T>(sql: string, parameters?: unknown[]) => Promise<T[]>,
    dimensions: readonly PlacementDimension[],
    regionCode: string,
    from: string,
    to: string,
  ): Promise<GroupedCount[]> {
    const aliases = dimensions.map((_, d) => `d${d}`);
    const byTargetGroup = dimensions.includes(PlacementDimension.TARGET_GROUP);
    const sets = [
      `(${aliases.join(', ')})`,
      ...(dimensions.length > 1 ? aliases.map((alias) => `(${alias})`) : []),
      ...(dimensions.length > 0 ? ['()'] : []),
    ];
    const rows = await query<{ keys: (string | null)[]; grouping: number; count: number }>(
      `SELECT ARRAY[${aliases.join(', ') || 'NULL'}]::text[] AS keys,
              ${aliases.length ? `GROUPING(${aliases.join(', ')})` : '0'} AS grouping,
              ${byTargetGroup ? 'count(DISTINCT id)' : 'count(*)'}::int AS count
         FROM (SELECT p.id${dimensions.map((d, i) => `, ${DIMENSION_SQL[d]} AS ${aliases[i]}`).join('')}
                 FROM placement p
                 ${byTargetGroup ? "CROSS JOIN LATERAL unnest(CASE WHEN cardinality(p.target_groups) = 0 THEN ARRAY['NONE'] ELSE p.target_groups END) tg(code)" : ''}
                WHERE p.region_code = $1 AND p.start_date BETWEEN $2 AND $3) grouped
        ${dimensions.length ? `GROUP BY GROUPING SETS (${sets.join(', ')})` : ''}`,
      [regionCode, from, to],
    );
    // With no dimension the single row is the grand total.
    return rows.map((row) => ({ ...row, grouping: dimensions.length ? row.grouping : 0 }));
  }
}

function compareKeys(a: readonly ReportKey[], b: readonly ReportKey[]): number {
  for (let i = 0; i < a.length; i++) {
    const byKey = sortsByKey(a[i].dimension);
    const order = byKey ? a[i].value.localeCompare(b[i].value) : a[i].label.localeCompare(b[i].label, 'nl');
    if (order !== 0) return order;
  }
  return 0;
}
