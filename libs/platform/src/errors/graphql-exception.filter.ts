import { ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlExceptionFilter } from '@nestjs/graphql';

/**
 * In GraphQL, errors go back to Mercurius untouched: its error formatter maps them to codes and logs only
 * the unexpected ones, once, with a correlation id. HTTP routes keep Nest's default handling.
 */
@Catch()
export class GraphQLPassThroughFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') return exception;
    return super.catch(exception, host);
  }
}
