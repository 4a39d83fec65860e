import { HttpException } from '@nestjs/common';
import { ExecutionResult, GraphQLError, GraphQLFormattedError } from 'graphql';
import { randomUUID } from 'node:crypto';
import { isStatementTimeout } from '../database/request-deadline';
import { isDatabaseUnavailable } from '../database/pg-errors';
import { DATE_TIME_EXPECTED } from '../graphql/date-time.scalar';
import { DomainError, ErrorCode } from './domain-error';

export interface FormatterLogger {
  debug(object: object, message: string): void;
  warn(object: object, message: string): void;
  error(object: object, message: string): void;
}

/** Coercion errors of variables name the path in their message: `Variable "$input" got invalid value 5 at "input.email"; reason`. */
const VARIABLE_INVALID = /^Variable "\$(\w+)" got invalid value .*?(?: at "([^"]+)")?; (.*)$/s;
const VARIABLE_NAME = /^Variable "\$(\w+)"/;
const NAMED_FIELD = /^Field "(\w+)" (?:of required type .* was not provided|is not defined by type)/;
/** Where graphql-js repeats the value it was sent: that value may be a job seeker's data, so it is cut out. */
/** What our own scalars say when they refuse a value: they never quote it, so it may stay in the message. */
const SCALAR_REASONS = [DATE_TIME_EXPECTED];
const VALUE_ECHOES: [RegExp, string][] = [
  [/\b(value): .*$/s, '$1'],
  [/\bValue .*? does not exist in/s, 'Value does not exist in'],
  // A literal of the wrong form: the value goes, the reason our scalars give (which never quotes it) stays.
  [new RegExp(String.raw`, found .*?(; (?:${SCALAR_REASONS.map(escapeRegExp).join('|')}))?$`, 's'), '$1'],
];

/** A GraphQL-raised message without the input values it quotes. */
export function withoutInputValues(message: string): string {
  const invalid = VARIABLE_INVALID.exec(message);
  if (invalid) {
    const [, name, at, reason] = invalid;
    return `Variable "$${name}" got an invalid value${at ? ` at "${at}"` : ''}; ${withoutInputValues(reason)}`;
  }
  return VALUE_ECHOES.reduce((text, [echo, replacement]) => text.replace(echo, replacement), message);
}

/**
 * Maps every error of a GraphQL execution to a client-facing error with `extensions.code`.
 * Unknown errors are masked: the client gets a correlation id, the log gets the error under the same id.
 */
export function formatGraphQLErrors(
  errors: readonly GraphQLError[],
  logger: FormatterLogger,
  correlationId: string = randomUUID(),
  options: FormatOptions = {},
): GraphQLFormattedError[] {
  return errors.flatMap((error) => {
    const nested = (error.originalError as { errors?: unknown })?.errors;
    // Mercurius wraps parse/validation failures: one error carrying the list of GraphQL errors.
    if (Array.isArray(nested) && nested.every((e) => e instanceof GraphQLError)) {
      return formatGraphQLErrors(nested as GraphQLError[], logger, correlationId, options);
    }
    const formatted = formatOne(error, logger, correlationId);
    return [options.hideSuggestions ? { ...formatted, message: withoutSuggestions(formatted.message) } : formatted];
  });
}

export interface FormatOptions {
  /** Where introspection is off, "Did you mean ...?" would still tell a stranger the schema's names. */
  hideSuggestions?: boolean;
}

const SUGGESTION = / Did you mean .*\?$/s;

export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, '');
}

function formatOne(error: GraphQLError, logger: FormatterLogger, correlationId: string): GraphQLFormattedError {
  const original = error.originalError;
  const base = { message: error.message, locations: error.locations, path: error.path };

  if (original instanceof DomainError) {
    return { ...base, message: original.message, extensions: { code: original.code, ...original.details } };
  }
  if (original instanceof HttpException) {
    const code = httpStatusCode(original.getStatus());
    if (code !== ErrorCode.INTERNAL_SERVER_ERROR) return { ...base, message: original.message, extensions: { code } };
  }
  const refused = requestRefusal(original);
  if (refused) return { message: refused.message, extensions: { code: httpStatusCode(refused.statusCode) } };
  if (!original || original instanceof GraphQLError) {
    // Raised by GraphQL itself: a malformed query, an unknown field, or variables of the wrong shape.
    const message = withScalarReason(error.message, original);
    return {
      ...base,
      message: withoutInputValues(message),
      extensions: { code: ErrorCode.BAD_USER_INPUT, fields: fieldOf(message) },
    };
  }

  if (isStatementTimeout(original)) {
    logger.warn({ correlationId, path: error.path }, 'Request deadline passed; its transaction was rolled back');
    return {
      message: `The request took too long and nothing of it was saved; try again (correlation id ${correlationId})`,
      path: error.path,
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, correlationId },
    };
  }
  if (isDatabaseUnavailable(original)) {
    logger.warn({ err: safeError(original), correlationId, path: error.path }, 'Database unavailable');
    return {
      message: `The database cannot be reached right now; try again shortly (correlation id ${correlationId})`,
      path: error.path,
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, correlationId },
    };
  }
  logger.error({ err: safeError(original), correlationId, path: error.path }, 'Unhandled error in GraphQL execution');
  return {
    message: `Internal server error (correlation id ${correlationId})`,
    locations: error.locations,
    path: error.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, correlationId },
  };
}

/** graphql-jit's coercion of a compiled query says only "Expected type DateTime."; the scalar's reason is better. */
const JIT_GENERIC_REASON = /; Expected type \w+\.$/;

function withScalarReason(message: string, original: Error | undefined | null): string {
  if (!original || !JIT_GENERIC_REASON.test(message) || !SCALAR_REASONS.includes(original.message)) return message;
  return message.replace(JIT_GENERIC_REASON, `; ${original.message}`);
}

/**
 * What of an unexpected error may be logged: its type, message, code and stack. Not its other properties:
 * a failed query carries its parameters and the driver's detail, which can hold the data that was sent.
 */
export function safeError(error: unknown): { type: string; message: string; code?: unknown; stack?: string } {
  if (!(error instanceof Error)) return { type: typeof error, message: 'non-error thrown' };
  const code =
    (error as { code?: unknown; driverError?: { code?: unknown } }).driverError?.code ??
    (error as { code?: unknown }).code;
  return { type: error.constructor.name, message: error.message, code, stack: error.stack };
}

function fieldOf(message: string): { field: string; message: string }[] | undefined {
  const invalid = VARIABLE_INVALID.exec(message);
  if (!invalid) {
    const variable = VARIABLE_NAME.exec(message);
    return variable ? [{ field: variable[1], message }] : undefined;
  }
  const [, name, at, reason] = invalid;
  let field = (at ?? name).replace(/\[(\d+)\]/g, '.$1');
  const named = NAMED_FIELD.exec(reason);
  if (named) field += `.${named[1]}`;
  return [{ field, message: withoutInputValues(reason) }];
}

/**
 * A request Fastify or Mercurius refused before any execution, with its HTTP status: a body over the limit
 * (413), a media type it does not take (415), a mutation over GET (405), a CSRF-suspect request, a batch (400).
 * Their messages name the rule, never the data that was sent.
 */
function requestRefusal(error: unknown): { statusCode: number; message: string } | undefined {
  const { statusCode, code, message } = (error ?? {}) as { statusCode?: unknown; code?: unknown; message?: string };
  const fromFramework = typeof code === 'string' && /^(FST_|MER_ERR_)/.test(code);
  if (!fromFramework || typeof statusCode !== 'number' || statusCode < 400 || statusCode >= 500) return undefined;
  if (code === 'MER_ERR_GQL_VALIDATION') return { statusCode, message: bodyRefusal(error) };
  return { statusCode, message: REFUSAL_MESSAGES[code as string] ?? message ?? 'Bad request' };
}

/** Clearer words than the framework's for the refusals a client most often meets. */
const REFUSAL_MESSAGES: Record<string, string> = {
  MER_ERR_METHOD_NOT_ALLOWED: 'Only queries may be sent with GET; send mutations with POST',
};

/**
 * A body Mercurius's request schema refused: Fastify's validation names the parameter (`body/variables must be
 * object`). A body that is not an object at all is a batch (or not GraphQL): one operation per request.
 */
function bodyRefusal(error: unknown): string {
  const [first] = ((error as { errors?: unknown[] }).errors ?? []) as {
    validation?: { instancePath?: string; message?: string }[];
    message?: string;
  }[];
  const problem = first?.validation?.[0];
  if (!problem?.instancePath)
    return 'Send one GraphQL operation per request, as a JSON object: batches are not accepted';
  return `The request's ${problem.instancePath.replace(/^\//, '')} ${problem.message ?? 'is invalid'}`;
}

function httpStatusCode(status: number): ErrorCode {
  switch (status) {
    case 400:
    case 405:
    case 413:
    case 415:
      return ErrorCode.BAD_USER_INPUT;
    case 401:
      return ErrorCode.UNAUTHENTICATED;
    case 403:
      return ErrorCode.FORBIDDEN;
    case 404:
      return ErrorCode.NOT_FOUND;
    case 409:
      return ErrorCode.CONFLICT;
    default:
      return ErrorCode.INTERNAL_SERVER_ERROR;
  }
}

/**
 * The Mercurius `errorFormatter`: same status code rules as Mercurius, our error shapes. A masked error's
 * correlation id is the request's id (`x-request-id`), which every log line of that request carries too.
 */
export function mercuriusErrorFormatter(
  logger: FormatterLogger,
  countError: (code: string) => void = () => undefined,
  options: FormatOptions = {},
) {
  return (
    execution: ExecutionResult & { errors: readonly GraphQLError[] },
    context?: { reply?: { request?: { id?: string } } },
  ) => {
    const errors = formatGraphQLErrors(execution.errors, logger, context?.reply?.request?.id ?? randomUUID(), options);
    for (const error of errors) {
      const code = String(error.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
      countError(code);
      // Code and path only: a message may quote what was sent.
      if (code !== ErrorCode.INTERNAL_SERVER_ERROR) logger.debug({ code, path: error.path }, 'GraphQL error returned');
    }
    const unavailable = errors.every((error) => error.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE);
    // Nothing was executed (the request itself was refused): the response has no `data` entry at all.
    const requestError = execution.data === undefined;
    const inputOnly = errors.every((error) => error.extensions?.code === ErrorCode.BAD_USER_INPUT);
    return {
      statusCode: execution.data
        ? 200
        : (requestRefusal(execution.errors[0]?.originalError)?.statusCode ??
          (unavailable ? 503 : requestError && inputOnly ? 400 : hasOnlyInputErrors(execution.errors) ? 400 : 200)),
      response: requestError ? { errors } : { data: execution.data, errors },
    };
  };
}

function hasOnlyInputErrors(errors: readonly GraphQLError[]): boolean {
  return errors.every((e) => !e.originalError || Array.isArray((e.originalError as { errors?: unknown }).errors));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
