import { CreateEmployerInput, AddContactInput } from '@wsp/employers';
import { CreateVacancyInput } from '@wsp/vacancies';
import { businessAddress, findPiiProblems, GuardedValue } from '@wsp/platform';
import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';

export type ImportKind = 'EMPLOYERS' | 'CONTACTS' | 'VACANCIES';

export interface RowProblem {
  line: number;
  column: string;
  message: string;
}

type Converter = (value: string) => unknown;

const text: Converter = (value) => value;
const list: Converter = (value) => value.split(/[|\s]+/).filter(Boolean);
const integer: Converter = (value) => (/^-?\d+$/.test(value) ? Number(value) : value);
const yesNo: Converter = (value) =>
  /^(ja|j|yes|true|1)$/i.test(value) ? true : /^(nee|n|no|false|0)$/i.test(value) ? false : value;
const upper: Converter = (value) => value.toUpperCase();
/** Dates as 2027-01-04 or 04-01-2027. */
const date: Converter = (value) => {
  const dutch = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(value);
  return dutch ? `${dutch[3]}-${dutch[2].padStart(2, '0')}-${dutch[1].padStart(2, '0')}` : value;
};
const choice =
  (values: Record<string, string>): Converter =>
  (value) =>
    values[value.toLowerCase()] ?? value.toUpperCase();

/** Column (as in the file) -> field of the input and how to read it. Documented in the README. */
export const IMPORT_COLUMNS: Record<ImportKind, Record<string, [field: string, read: Converter]>> = {
  EMPLOYERS: {
    kvk_nummer: ['kvkNumber', text],
    naam: ['legalName', text],
    handelsnaam: ['tradeName', text],
    vestigingsnummer: ['establishmentNumber', text],
    sbi: ['sbiCodes', list],
    grootte: [
      'sizeClass',
      choice({ micro: 'MICRO', klein: 'SMALL', middel: 'MEDIUM', midden: 'MEDIUM', groot: 'LARGE' }),
    ],
    straat: ['street', text],
    huisnummer: ['houseNumber', text],
    postcode: ['postcode', text],
    plaats: ['city', text],
    gemeentecode: ['municipalityCode', upper],
    website: ['website', text],
    grote_opdrachtgever: ['keyAccount', yesNo],
  },
  CONTACTS: {
    naam: ['name', text],
    functie: ['role', text],
    email: ['email', text],
    telefoon: ['phone', text],
  },
  VACANCIES: {
    titel: ['title', text],
    isco: ['occupationCode', text],
    uren_min: ['hoursMin', integer],
    uren_max: ['hoursMax', integer],
    gemeentecode: ['municipalityCode', upper],
    contract: [
      'contractType',
      choice({
        vast: 'PERMANENT',
        tijdelijk: 'TEMPORARY',
        uitzend: 'TEMP_AGENCY',
        bbl: 'APPRENTICESHIP',
        stage: 'INTERNSHIP',
        anders: 'OTHER',
      }),
    ],
    startdatum: ['startDate', date],
    sluitingsdatum: ['closingDate', date],
    aantal: ['positions', integer],
    opleidingsniveau: ['minEducationLevel', upper],
    rijbewijs: ['drivingLicences', (value) => (list(value) as string[]).map((l) => l.toUpperCase())],
    talen: ['languages', (value) => (list(value) as string[]).map((l) => l.toLowerCase())],
    banenafspraak: ['jobsAgreement', yesNo],
    omschrijving: ['description', text],
  },
};

/** Columns every file of a kind must have. */
export const REQUIRED_COLUMNS: Record<ImportKind, string[]> = {
  EMPLOYERS: ['kvk_nummer', 'naam'],
  CONTACTS: ['kvk_nummer', 'naam'],
  VACANCIES: ['kvk_nummer', 'referentie', 'titel', 'isco', 'uren_min', 'uren_max', 'gemeentecode', 'contract'],
};

// Validated with the same input classes as the GraphQL mutations; the employer id is set per row later.
const INPUT_CLASSES: Record<ImportKind, new () => object> = {
  EMPLOYERS: CreateEmployerInput,
  CONTACTS: AddContactInput,
  VACANCIES: CreateVacancyInput,
};
const PLACEHOLDER_ID = '00000000-0000-4000-8000-000000000000';

export interface ParsedRow {
  line: number;
  kvkNumber: string;
  /** What was changed to take the row (line, column and what, never the value). */
  warnings: RowProblem[];
  reference?: string;
  /** Only the fields the file gives: an empty cell leaves the stored value alone. */
  fields: Record<string, unknown>;
}

/** Reads one row into input fields and validates them; problems name the file's column, never its value. */
export function parseRow(kind: ImportKind, line: number, values: Record<string, string>): ParsedRow | RowProblem[] {
  const columns = IMPORT_COLUMNS[kind];
  const fields: Record<string, unknown> = {};
  for (const [column, [field, read]] of Object.entries(columns)) {
    const value = values[column];
    if (value !== undefined && value !== '') fields[field] = read(value);
  }
  const problems: RowProblem[] = [];
  const warnings: RowProblem[] = [];
  let kvkNumber = values.kvk_nummer ?? '';
  // Excel reads a KvK number as a number and drops its leading 0: 7 digits are taken back to 8.
  if (/^[0-9]{7}$/.test(kvkNumber)) {
    kvkNumber = `0${kvkNumber}`;
    warnings.push({ line, column: 'kvk_nummer', message: '7 digits: a leading 0 was added (Excel drops it)' });
  }
  // PostgreSQL cannot store U+0000: a row holding one is refused like any invalid row, not failing the import.
  for (const [column, value] of Object.entries(values)) {
    if (value.includes('\u0000')) problems.push({ line, column, message: 'may not contain NUL characters' });
  }
  if (kind !== 'EMPLOYERS' && !/^[0-9]{8}$/.test(kvkNumber)) {
    problems.push({ line, column: 'kvk_nummer', message: 'must be 8 digits' });
  }
  const reference = values.referentie;
  if (kind === 'VACANCIES' && !reference) problems.push({ line, column: 'referentie', message: 'required' });
  const candidate = plainToInstance(INPUT_CLASSES[kind], {
    ...fields,
    ...(kind === 'EMPLOYERS' ? { kvkNumber } : { employerId: PLACEHOLDER_ID }),
  });
  const fieldToColumn = Object.fromEntries(Object.entries(columns).map(([column, [field]]) => [field, column]));
  fieldToColumn.kvkNumber = 'kvk_nummer';
  for (const error of validateSync(candidate, { stopAtFirstError: true }) as ValidationError[]) {
    const message = Object.values(error.constraints ?? { invalid: 'is invalid' })[0];
    problems.push({
      line,
      column: fieldToColumn[error.property] ?? error.property,
      message: message.replace(/^\S+ /, ''),
    });
  }
  // Free text goes through the same guard as in the app; the error names the kind, never the text.
  for (const problem of findPiiProblems(guardedCells(kind, values))) {
    problems.push({ line, column: problem.field, message: problem.message });
  }
  if (problems.length > 0) return problems;
  return { line, kvkNumber, reference, fields, warnings };
}

/** The cells the app's guard reads, each as what it is: an employer's names and address are business details. */
function guardedCells(kind: ImportKind, values: Record<string, string>): Record<string, string | GuardedValue> {
  switch (kind) {
    case 'EMPLOYERS':
      return Object.fromEntries(
        ['naam', 'handelsnaam', 'straat', 'huisnummer', 'plaats'].map((column) => [
          column,
          businessAddress(values[column]),
        ]),
      );
    case 'CONTACTS':
      return { functie: values.functie };
    case 'VACANCIES':
      return { titel: values.titel, omschrijving: values.omschrijving, referentie: values.referentie };
  }
}
