import { Injectable } from '@nestjs/common';
import { EmployerBookRepository } from './employer-book.repository';
import { normalizePostcode } from './employer.service';

/** What an imported row did to the book. */
export type ImportOutcome = 'CREATED' | 'UPDATED' | 'UNCHANGED';

/** Where an imported row comes from: the region it is imported into, by whom, from which file. */
export interface ImportSource {
  regionCode: string;
  organisationId: string;
  userId: string;
  fileName: string;
}

/**
 * The employer book's side of an organisation's import: a row for a KvK number already in the book updates that
 * account (or contact), and only when something differs, so importing a file again changes nothing. In the row's
 * transaction.
 */
@Injectable()
export class EmployerBookImport {
  constructor(private readonly book: EmployerBookRepository) {}

  async employer(source: ImportSource, kvkNumber: string, row: Record<string, unknown>): Promise<ImportOutcome> {
    const fields = { ...row };
    if (typeof fields.postcode === 'string') fields.postcode = normalizePostcode(fields.postcode);
    const author = { userId: source.userId };
    const current = await this.book.lockImportedEmployer(source.regionCode, kvkNumber);
    if (current) {
      if (!(await this.book.updateImported('employer', current, fields))) return 'UNCHANGED';
      await this.book.recordTimeline(current.id, author, 'UPDATED', `Bijgewerkt via import ${source.fileName}`);
      return 'UPDATED';
    }
    const id = await this.book.insertImportedEmployer(source.regionCode, kvkNumber, source.userId, fields);
    await this.book.recordTimeline(id, author, 'CREATED', `Aangemaakt via import ${source.fileName}`);
    return 'CREATED';
  }

  /** A contact of the account, known by name: the oldest of that name is updated. */
  async contact(employerId: string, row: Record<string, unknown>): Promise<ImportOutcome> {
    const fields = { ...row };
    if (typeof fields.email === 'string') fields.email = fields.email.toLowerCase();
    const current = await this.book.lockImportedContact(employerId, fields.name);
    if (current) return (await this.book.updateImported('employer_contact', current, fields)) ? 'UPDATED' : 'UNCHANGED';
    await this.book.insertImportedContact(employerId, fields);
    return 'CREATED';
  }

  /** The live account with this KvK number in the source's region. */
  employerId(source: ImportSource, kvkNumber: string): Promise<string | undefined> {
    return this.book.liveEmployerId(source.regionCode, kvkNumber);
  }
}
