import { Controller, Headers, HttpCode, Post, Req } from '@nestjs/common';
import { Actor, Allow, CurrentActor, DomainError, ErrorCode, REGION_WRITERS } from '@wsp/platform';
import type { FastifyRequest } from 'fastify';
import { EmployerImport, ImportKindEnum } from './dto/import.models';
import { EmployerImportService } from './employer-import.service';

/** The largest file an upload takes (an export of a whole book); the README and the error say so. */
export const MAX_IMPORT_FILE_BYTES = 50 * 1024 * 1024;
export const IMPORT_UPLOAD_PATH = 'imports';

/** The form's text fields; anything else is refused by name. */
const FIELDS = new Set(['kind', 'regionCode']);

/**
 * Uploads an export as `multipart/form-data` (fields `kind`, optional `regionCode`, then the file in `file`),
 * streamed and capped at 50 MB, instead of base64 inside a GraphQL request. Answers 201 with the import, whose
 * progress is then read with `employerImport(id)`; errors have the GraphQL shape (`errors[].extensions.code`,
 * `fields`), a file over the limit with status 413.
 */
@Controller()
export class ImportUploadController {
  constructor(private readonly imports: EmployerImportService) {}

  @Post(IMPORT_UPLOAD_PATH)
  @HttpCode(201)
  @Allow(...REGION_WRITERS)
  async upload(
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
    @Headers('idempotency-key') idempotencyKey?: string,
  ): Promise<{ import: EmployerImport }> {
    if (!request.isMultipart()) {
      throw DomainError.badInput([{ field: 'file', message: 'send the file as multipart/form-data' }]);
    }
    const values: Record<string, string> = {};
    let file: { name: string; content: Buffer } | undefined;
    for await (const part of request.parts({ limits: { fileSize: MAX_IMPORT_FILE_BYTES, files: 1, fields: 5 } })) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file' || file) {
          await part.toBuffer().catch(() => undefined);
          throw DomainError.badInput([{ field: part.fieldname, message: 'send one file, in the field "file"' }]);
        }
        const content = await readWhole(part.file).catch((error: unknown) => {
          throw (error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE' ? tooLarge() : error;
        });
        if (part.file.truncated) throw tooLarge();
        file = { name: part.filename, content };
      } else if (!FIELDS.has(part.fieldname)) {
        throw DomainError.badInput([{ field: part.fieldname, message: 'is not a field of an import' }]);
      } else {
        values[part.fieldname] = String(part.value);
      }
    }
    const kind = values.kind as ImportKindEnum | undefined;
    const problems = [
      ...(kind && Object.values(ImportKindEnum).includes(kind)
        ? []
        : [{ field: 'kind', message: `must be one of ${Object.values(ImportKindEnum).join(', ')}` }]),
      ...(file ? [] : [{ field: 'file', message: 'no file was sent' }]),
      ...(file && (file.name.length < 1 || file.name.length > 200)
        ? [{ field: 'file', message: 'the file name must be 1 to 200 characters' }]
        : []),
    ];
    if (problems.length > 0) throw DomainError.badInput(problems);
    const started = await this.imports.startUpload(
      actor,
      { kind: kind!, fileName: file!.name, content: file!.content, regionCode: values.regionCode || undefined },
      { fileName: 'file', content: 'file' },
      idempotencyKey,
    );
    return { import: started };
  }
}

/** The file's bytes as they stream in; the multipart parser stops at the limit and marks the stream truncated. */
async function readWhole(stream: AsyncIterable<Buffer>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}

function tooLarge(): DomainError {
  const limit = `${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB`;
  return new DomainError(ErrorCode.BAD_USER_INPUT, `The file is larger than ${limit}: split it and upload the parts`, {
    httpStatus: 413,
    fields: [{ field: 'file', message: `larger than ${limit}` }],
  });
}
