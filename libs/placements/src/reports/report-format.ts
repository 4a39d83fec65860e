import { stringify } from 'csv-stringify/sync';
import { ReportCount, ReportFigure } from './dto/report.models';
import { PublishedCount, PublishedShare } from './small-cells';

const DUTCH_DECIMAL = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1, useGrouping: false });

/** A published count as the API returns it: hidden counts read "<threshold". */
export function countView(count: PublishedCount, threshold: number): ReportCount {
  return { ...count, display: count.suppressed ? `<${threshold}` : String(count.value) };
}

/** A derived figure as the API returns it: "x" when hidden (as CBS writes it), empty when there is none. */
export function figureView(figure: PublishedShare): ReportFigure {
  return {
    ...figure,
    display: figure.suppressed ? 'x' : figure.value === null ? '' : DUTCH_DECIMAL.format(figure.value),
  };
}

/** CSV as Dutch Excel opens it without asking: UTF-8 with a byte order mark, ";" between fields. */
export function dutchExcelCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `\uFEFF${stringify([header, ...rows], { delimiter: ';', record_delimiter: '\r\n' })}`;
}
