import { Injectable } from '@nestjs/common';
import { Actor, DomainError } from '@wsp/platform';
import { PlacementDimension, PlacementReportInput } from './dto/report.inputs';
import { PlacementReport, ReportKey } from './dto/report.models';
import { DIMENSION_COLUMN, DIMENSION_HEADINGS, dimensionLabel, keysOf, sortsByKey } from './placement-dimensions';
import { countView, dutchExcelCsv } from './report-format';
import { assertReportPeriod, ReportReader } from './report-reader';
import { SuppressedTable } from './small-cells';

/** Counts per combination of keys, per key of each dimension, and in all. */
interface Tally {
  cells: Map<string, { keys: string[]; count: number }>;
  margins: Map<string, number>[];
  total: number;
}

/**
 * Placements that started in the period, counted per combination of up to three groupings, with the total
 * per key of each grouping and a grand total. PostgreSQL groups by the stored columns only; the keys (months,
 * quarters, each target group) and the totals are summed here, which keeps a 200k-placement report to one
 * hash aggregate.
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
    const columns = [...new Set(dimensions.map((d) => DIMENSION_COLUMN[d]))];
    const counts = `SELECT ${[...columns, 'count(*)::int AS count'].join(', ')}
                      FROM placement
                     WHERE region_code = $1 AND start_date BETWEEN $2 AND $3
                     ${columns.length ? `GROUP BY ${columns.join(', ')}` : ''}`;
    return this.reader.read(actor, input.regionCode, async ({ region, organisations, threshold, query }) => {
      const rows = await query<Record<string, unknown> & { count: number }>(counts, [
        input.regionCode,
        input.from,
        input.to,
      ]);
      const tally = tallied(dimensions, rows);
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

      // One cell per combination, per key of each dimension and the grand total; then every sum between them.
      const table = new SuppressedTable();
      const cells = [...tally.cells.values()].map((cell) => ({ ...cell, id: table.cell(cell.count) }));
      const grand = table.cell(tally.total);
      const totals = dimensions.flatMap((dimension, d) => {
        const margins = [...tally.margins[d]].map(([value, count]) => {
          const parts = cells.filter((cell) => cell.keys[d] === value).map((cell) => cell.id);
          // With one dimension a key's total is its row: the same cell, not a second one.
          const id = dimensions.length === 1 ? parts[0] : table.cell(count);
          table.sum(id, parts);
          return { dimension, value, id };
        });
        table.sum(
          grand,
          margins.map((margin) => margin.id),
        );
        return margins;
      });
      const read = table.suppress(threshold);

      return {
        regionCode: region.code,
        suppressionThreshold: threshold,
        from: input.from,
        to: input.to,
        groupBy: dimensions,
        rows: cells
          .map((cell) => ({
            keys: dimensions.map((dimension, d) => keyOf(dimension, cell.keys[d])),
            placements: countView(read(cell.id), threshold),
          }))
          .sort((a, b) => compareKeys(a.keys, b.keys)),
        totals: totals
          .map(({ dimension, value, id }) => ({
            key: keyOf(dimension, value),
            placements: countView(read(id), threshold),
          }))
          .sort(
            (a, b) =>
              dimensions.indexOf(a.key.dimension) - dimensions.indexOf(b.key.dimension) ||
              compareKeys([a.key], [b.key]),
          ),
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
}

/** The counts per combination of the dimensions' keys, per key of each dimension, and in all. */
function tallied(
  dimensions: readonly PlacementDimension[],
  rows: (Record<string, unknown> & { count: number })[],
): Tally {
  const tally: Tally = { cells: new Map(), margins: dimensions.map(() => new Map()), total: 0 };
  for (const row of rows) {
    const keys = dimensions.map((d) => keysOf(d, row[DIMENSION_COLUMN[d]]));
    tally.total += row.count;
    keys.forEach((values, d) => {
      for (const value of values) tally.margins[d].set(value, (tally.margins[d].get(value) ?? 0) + row.count);
    });
    if (dimensions.length === 0) continue;
    // A placement with several target groups is counted once in each of their combinations.
    const combinations = keys.reduce<string[][]>(
      (acc, values) => acc.flatMap((prefix) => values.map((value) => [...prefix, value])),
      [[]],
    );
    for (const combination of combinations) {
      const id = combination.join('\u0000');
      const cell = tally.cells.get(id) ?? { keys: combination, count: 0 };
      cell.count += row.count;
      tally.cells.set(id, cell);
    }
  }
  return tally;
}

function compareKeys(a: readonly ReportKey[], b: readonly ReportKey[]): number {
  for (let i = 0; i < a.length; i++) {
    const byKey = sortsByKey(a[i].dimension);
    const order = byKey ? a[i].value.localeCompare(b[i].value) : a[i].label.localeCompare(b[i].label, 'nl');
    if (order !== 0) return order;
  }
  return 0;
}
