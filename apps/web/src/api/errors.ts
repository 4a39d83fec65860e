import type { CombinedError } from 'urql';
import type { I18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/nl';

const KNOWN_CODES = new Set([
  'BAD_USER_INPUT',
  'PII_DETECTED',
  'CONFLICT',
  'FORBIDDEN',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'TOO_MANY_REQUESTS',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
]);

interface FieldProblem {
  field: string;
  message?: string;
  kind?: string;
}

/** The one place an API error becomes words for people: the message for the whole form or page. */
export function errorMessage(error: CombinedError, i18n: I18n): string {
  if (error.networkError && error.graphQLErrors.length === 0) return i18n.t('error.network');
  const first = error.graphQLErrors[0];
  const code = String(first?.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  const key = (KNOWN_CODES.has(code) ? `error.${code}` : 'error.INTERNAL_SERVER_ERROR') as MessageKey;
  const fields = (first?.extensions?.fields ?? []) as FieldProblem[];
  return i18n.t(key, {
    kinds: piiKinds(fields, i18n),
    seconds: String(first?.extensions?.retryAfterSeconds ?? 60),
    code: String(first?.extensions?.correlationId ?? ''),
  });
}

/** Messages per input field (`input.text` -> `text`), to show next to the field that caused them. */
export function fieldErrors(error: CombinedError | undefined, i18n: I18n): Record<string, string> {
  const result: Record<string, string> = {};
  for (const graphQLError of error?.graphQLErrors ?? []) {
    const code = graphQLError.extensions?.code;
    for (const problem of (graphQLError.extensions?.fields ?? []) as FieldProblem[]) {
      const field = problem.field.replace(/^input\./, '');
      const text =
        code === 'PII_DETECTED'
          ? i18n.t('error.PII_DETECTED', { kinds: piiKinds([problem], i18n) })
          : (problem.message ?? i18n.t('error.BAD_USER_INPUT'));
      result[field] = result[field] ? `${result[field]} ${text}` : text;
    }
  }
  return result;
}

function piiKinds(fields: FieldProblem[], i18n: I18n): string {
  const kinds = [...new Set(fields.map((field) => field.kind).filter((kind): kind is string => Boolean(kind)))];
  return kinds.map((kind) => i18n.t(`pii.${kind}` as MessageKey)).join(', ');
}
