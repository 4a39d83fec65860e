import { Injectable } from '@nestjs/common';
import { Actor, assertNoPii, DomainError, IdempotencyKeys, JobName, Outbox, RegionAccess } from '@wsp/platform';
import { createHash } from 'node:crypto';
import { EmployerImport, ImportKindEnum, StartImportInput } from './dto/import.models';
import { EmployerImportRepository } from './employer-import.repository';

/** The operation an idempotency key of this create is recorded under. */
const START_IMPORT = 'startImport';

const IMPORT = 'Import';

/** Uploads of an organisation's own export; the work runs as a queue job (see EmployerImportJob). */
@Injectable()
export class EmployerImportService {
  constructor(
    private readonly outbox: Outbox,
    private readonly imports: EmployerImportRepository,
    private readonly idempotency: IdempotencyKeys,
  ) {}

  /** A small file as base64 in GraphQL (`startImport`); larger ones are uploaded to POST /imports. */
  start(actor: Actor, input: StartImportInput, idempotencyKey?: string): Promise<EmployerImport> {
    return this.startUpload(
      actor,
      { ...input, content: Buffer.from(input.content, 'base64') },
      { fileName: 'input.fileName', content: 'input.content' },
      idempotencyKey,
    );
  }

  /**
   * Stores the file and queues its import. A retry with the same `idempotencyKey` returns the import the first
   * request started, and starts none. `fields` name the input's fields in errors (GraphQL's or the upload form's).
   */
  async startUpload(
    actor: Actor,
    upload: { kind: ImportKindEnum; fileName: string; content: Buffer; regionCode?: string },
    fields: { fileName: string; content: string },
    idempotencyKey?: string,
  ): Promise<EmployerImport> {
    const { content } = upload;
    const regionCode = RegionAccess.regionForNew(actor, upload.regionCode);
    RegionAccess.assertCanWrite(actor, regionCode, 'Employer');
    assertNoPii({ [fields.fileName]: upload.fileName });
    if (content.length === 0) throw DomainError.badInput([{ field: fields.content, message: 'the file is empty' }]);
    if (isSpreadsheet(content)) {
      throw DomainError.badInput([
        { field: fields.content, message: 'this is an Excel workbook: save it as CSV (UTF-8) and upload that file' },
      ]);
    }
    const checksum = createHash('sha256').update(content).digest('hex');
    // The job through the outbox, in the row's transaction: an upload while the queue is away is run once it is back.
    return this.idempotency.createOnce(
      actor,
      idempotencyKey,
      START_IMPORT,
      async () => {
        const id = await this.imports.insert({
          organisationId: actor.organisationId,
          regionCode,
          kind: upload.kind,
          fileName: upload.fileName,
          content,
          checksum,
          createdBy: actor.userId,
        });
        await this.outbox.record(JobName.EMPLOYER_IMPORT, { importId: id }, `import-${id}`);
        return id;
      },
      (id) => this.get(actor, id),
    );
  }

  /** An organisation sees its own imports only. */
  async get(actor: Actor, id: string): Promise<EmployerImport> {
    const row = await this.imports.ofOrganisation(id, actor.organisationId);
    if (!row) throw DomainError.notFound(IMPORT);
    return row;
  }

  list(actor: Actor): Promise<EmployerImport[]> {
    return this.imports.latestOf(actor.organisationId, 50);
  }
}

/**
 * An Excel workbook rather than text: .xlsx (a ZIP archive) or the older .xls (a compound file). Refused at once with
 * what to do, instead of thousands of rows refused for garbled columns.
 */
function isSpreadsheet(content: Buffer): boolean {
  const zip = content.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  const compound = content.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
  return zip || compound;
}
