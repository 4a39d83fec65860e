import { Injectable } from '@nestjs/common';
import { EmployerBookImport, ImportOutcome, ImportSource } from '@wsp/employers';
import { foreignKeyViolation, isUniqueViolation } from '@wsp/platform';
import { VacancyImport } from '@wsp/vacancies';
import { ImportKind, ParsedRow } from './import-columns';

/** A row that cannot be applied; `column` names the file's column. */
export class RowError extends Error {
  constructor(
    readonly column: string,
    message: string,
  ) {
    super(message);
  }
}

/** Which file column a refused reference belongs to, by the foreign key's name. */
const REFERENCE_COLUMNS: [string, string][] = [
  ['municipality', 'gemeentecode'],
  ['occupation', 'isco'],
  ['education', 'opleidingsniveau'],
];

/**
 * Applies one row in the current transaction, through the library that owns what the row changes (the employer
 * book, the vacancies). A row for a KvK number (or vacancy reference) already there updates that record, and only
 * when something differs: importing a file again changes nothing.
 */
@Injectable()
export class ImportRows {
  constructor(
    private readonly book: EmployerBookImport,
    private readonly vacancies: VacancyImport,
  ) {}

  async apply(source: ImportSource, kind: ImportKind, row: ParsedRow): Promise<ImportOutcome> {
    try {
      switch (kind) {
        case 'EMPLOYERS':
          return await this.book.employer(source, row.kvkNumber, row.fields);
        case 'CONTACTS':
          return await this.book.contact(await this.employerOf(source, row.kvkNumber), row.fields);
        case 'VACANCIES':
          return await this.vacancy(source, row);
      }
    } catch (error) {
      const constraint = foreignKeyViolation(error);
      if (constraint !== undefined) {
        throw new RowError(
          REFERENCE_COLUMNS.find(([part]) => constraint.includes(part))?.[1] ?? 'kvk_nummer',
          'does not exist',
        );
      }
      if (isUniqueViolation(error))
        throw new RowError('kvk_nummer', 'was changed by someone else meanwhile; import again');
      throw error;
    }
  }

  private async vacancy(source: ImportSource, row: ParsedRow): Promise<ImportOutcome> {
    const employerId = await this.employerOf(source, row.kvkNumber);
    const outcome = await this.vacancies.vacancy(source, employerId, row.reference!, row.fields);
    if (outcome === 'OTHER_EMPLOYER') throw new RowError('referentie', 'belongs to a vacancy of another employer');
    return outcome;
  }

  private async employerOf(source: ImportSource, kvkNumber: string): Promise<string> {
    const employerId = await this.book.employerId(source, kvkNumber);
    if (!employerId)
      throw new RowError('kvk_nummer', 'no employer with this KvK number in the region (import employers first)');
    return employerId;
  }
}
