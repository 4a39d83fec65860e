import { CombinedError } from 'urql';
import { currentToken, endSession } from './session';

/** The API's limit for one upload (the error says it too). */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

/**
 * Uploads an export to POST /imports as multipart/form-data (the browser streams the file; no base64). The API's
 * errors come back as a CombinedError, so the page shows them as it shows a GraphQL error.
 */
export async function uploadImport(
  input: { kind: string; file: File },
  idempotencyKey: string,
): Promise<{ id: string } | { error: CombinedError }> {
  const form = new FormData();
  form.append('kind', input.kind);
  form.append('file', input.file, input.file.name);
  let response: Response;
  try {
    response = await fetch('/imports', {
      method: 'POST',
      headers: { authorization: `Bearer ${currentToken() ?? ''}`, 'idempotency-key': idempotencyKey },
      body: form,
    });
  } catch (networkError) {
    return { error: new CombinedError({ networkError: networkError as Error }) };
  }
  const body = (await response.json().catch(() => ({}))) as {
    import?: { id: string };
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
  if (response.ok && body.import) return { id: body.import.id };
  if (response.status === 401) endSession();
  return {
    error: new CombinedError({
      graphQLErrors: body.errors ?? [
        { message: `HTTP ${response.status}`, extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      ],
    }),
  };
}
