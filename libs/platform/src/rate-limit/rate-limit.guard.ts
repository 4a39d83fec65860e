import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard, ThrottlerLimitDetail } from '@nestjs/throttler';
import { createHash } from 'node:crypto';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { GraphQLContext } from '../graphql/graphql.module';

/**
 * @nestjs/throttler for GraphQL and HTTP: counts per user and per client address across all operations (not per
 * operation), and refuses with TOO_MANY_REQUESTS and the seconds to wait (also as a Retry-After header).
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext): ReturnType<ThrottlerGuard['getRequestResponse']> {
    if (context.getType<string>() === 'graphql') {
      const { req, reply } = GqlExecutionContext.create(context).getContext<GraphQLContext>();
      return { req, res: reply } as ReturnType<ThrottlerGuard['getRequestResponse']>;
    }
    return super.getRequestResponse(context);
  }

  protected override generateKey(_context: ExecutionContext, tracker: string, throttlerName: string): string {
    return createHash('sha256').update(`${throttlerName}:${tracker}`).digest('hex');
  }

  protected override async throwThrottlingException(
    context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    // The standard header too: the library names its own after the throttler (Retry-After-user).
    const { res } = this.getRequestResponse(context) as unknown as {
      res: { header(name: string, value: string): void };
    };
    res.header('retry-after', String(detail.timeToBlockExpire));
    throw new DomainError(
      ErrorCode.TOO_MANY_REQUESTS,
      `Too many requests: at most ${detail.limit} per ${detail.ttl / 1000} s; try again in ${detail.timeToBlockExpire} s`,
      { retryAfterSeconds: detail.timeToBlockExpire },
    );
  }
}
