import { parse } from 'csv-parse/sync';

export interface CsvRow {
  /** Line number in the file (the header is line 1). */
  line: number;
  values: Record<string, string>;
}

export interface CsvFile {
  encoding: 'utf-8' | 'windows-1252';
  delimiter: ',' | ';';
  columns: string[];
  rows: CsvRow[];
}

export class CsvFormatError extends Error {}

/**
 * Reads an export as organisations make them: UTF-8 (with or without BOM) or Windows-1252, comma- or
 * semicolon-separated, a header row first. Column names are compared lower-case and trimmed.
 */
export function readCsv(content: Buffer): CsvFile {
  const { text, encoding } = decode(content);
  const headerLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = count(headerLine, ';') > count(headerLine, ',') ? ';' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    // csv-parse names the line; its message does not quote cell contents.
    throw new CsvFormatError(error instanceof Error ? error.message : 'unreadable CSV');
  }
  if (records.length === 0) throw new CsvFormatError('the file is empty');
  const columns = records[0].record.map((name) => name.trim().toLowerCase());
  const rows = records.slice(1).map(({ record, info }) => ({
    line: info.lines,
    values: Object.fromEntries(columns.map((column, i) => [column, (record[i] ?? '').trim()])),
  }));
  return { encoding, delimiter, columns, rows };
}

function decode(content: Buffer): { text: string; encoding: CsvFile['encoding'] } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(content);
    return { text: text.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: the other encoding Dutch office software writes.
    return { text: new TextDecoder('windows-1252').decode(content), encoding: 'windows-1252' };
  }
}

function count(text: string, character: string): number {
  return text.split(character).length - 1;
}
