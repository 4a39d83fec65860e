import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, assertNoPii, DomainError, JobName, RegionAccess, recordOutbox } from '@wsp/platform';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { EmployerImport, StartImportInput } from './dto/import.models';
import { EmployerImportRepository } from './employer-import.repository';

const IMPORT = 'Import';

const SELECT_IMPORT = `
  SELECT id, kind, file_name AS "fileName", status, rows_total AS "rowsTotal", rows_done AS "rowsDone",
         rows_changed AS "rowsChanged", rows_failed AS "rowsFailed", errors, failure,
         created_at AS "createdAt", finished_at AS "finishedAt"
    FROM employer_import`;

/** Uploads of an organisation's own export; the work runs as a queue job (see EmployerImportJob). */
@Injectable()
export class EmployerImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly imports: EmployerImportRepository,
  ) {}

  async start(actor: Actor, input: StartImportInput): Promise<EmployerImport> {
    const regionCode = RegionAccess.regionForNew(actor, input.regionCode);
    RegionAccess.assertCanWrite(actor, regionCode, 'Employer');
    assertNoPii({ 'input.fileName': input.fileName });
    const content = Buffer.from(input.content, 'base64');
    if (content.length === 0) throw DomainError.badInput([{ field: 'input.content', message: 'the file is empty' }]);
    const checksum = createHash('sha256').update(content).digest('hex');
    // The job through the outbox, in the row's transaction: an upload while the queue is away is run once it is back.
    const id = await this.dataSource.transaction(async (manager) => {
      const id = await this.imports.insert(manager, {
        organisationId: actor.organisationId,
        regionCode,
        kind: input.kind,
        fileName: input.fileName,
        content,
        checksum,
        createdBy: actor.userId,
      });
      await recordOutbox(manager, JobName.EMPLOYER_IMPORT, { importId: id }, `import-${id}`);
      return id;
    });
    return this.get(actor, id);
  }

  /** An organisation sees its own imports only. */
  async get(actor: Actor, id: string): Promise<EmployerImport> {
    const [row]: EmployerImport[] = await this.dataSource.query(
      `${SELECT_IMPORT} WHERE id = $1 AND organisation_id = $2`,
      [id, actor.organisationId],
    );
    if (!row) throw DomainError.notFound(IMPORT);
    return row;
  }

  list(actor: Actor): Promise<EmployerImport[]> {
    return this.dataSource.query(`${SELECT_IMPORT} WHERE organisation_id = $1 ORDER BY created_at DESC LIMIT 50`, [
      actor.organisationId,
    ]);
  }
}
