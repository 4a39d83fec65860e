import { ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlExceptionFilter } from '@nestjs/graphql';
import type { FastifyReply } from 'fastify';
import { DomainError, ErrorCode } from './domain-error';

/** The HTTP status of a domain error on a plain HTTP route (an upload, say). */
const HTTP_STATUS: Record<DomainError['code'], number> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.PII_DETECTED]: 400,
  [ErrorCode.TOO_MANY_REQUESTS]: 429,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
};

/**
 * In GraphQL, errors go back to Mercurius untouched: its error formatter maps them to codes and logs only
 * the unexpected ones, once, with a correlation id. On HTTP routes a domain error answers with its status and the
 * body a GraphQL client knows (`errors[].extensions.code` and its details); anything else keeps Nest's handling.
 */
@Catch()
export class GraphQLPassThroughFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') return exception;
    if (exception instanceof DomainError && host.getType() === 'http') {
      const { httpStatus: _status, ...details } = exception.details;
      return host
        .switchToHttp()
        .getResponse<FastifyReply>()
        .code(domainErrorStatus(exception))
        .send({ errors: [{ message: exception.message, extensions: { code: exception.code, ...details } }] });
    }
    return super.catch(exception, host);
  }
}

/** Its status: the code's, or a more precise one the error names (`httpStatus`: 413 for a file too large). */
export function domainErrorStatus(error: DomainError): number {
  return typeof error.details.httpStatus === 'number' ? error.details.httpStatus : HTTP_STATUS[error.code];
}
