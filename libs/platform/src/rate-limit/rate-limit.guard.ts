import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard, ThrottlerLimitDetail, ThrottlerRequest } from '@nestjs/throttler';
import { createHash } from 'node:crypto';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { GraphQLContext } from '../graphql/graphql.module';

/**
 * @nestjs/throttler for GraphQL and HTTP, one named limit per guard: counts across all operations (not per
 * operation), and refuses with TOO_MANY_REQUESTS and the seconds to wait (also as a Retry-After header).
 */
abstract class RateLimitGuard extends ThrottlerGuard {
  protected abstract readonly limit: 'user' | 'address';

  /**
   * Counts this guard's limit. When the store cannot be reached (Redis or PostgreSQL restarting), the request is
   * let through: a limit that cannot be counted must not take the whole API down with its store.
   */
  protected override async handleRequest(request: ThrottlerRequest): Promise<boolean> {
    if (request.throttler.name !== this.limit) return true;
    try {
      return await super.handleRequest(request);
    } catch (error) {
      if (error instanceof DomainError) throw error;
      this.logger.warn({ error: error instanceof Error ? error.message : String(error) }, 'rate limit not counted');
      return true;
    }
  }

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

/** Per client address, before authentication: requests without a valid token are counted too. */
@Injectable()
export class AddressRateLimitGuard extends RateLimitGuard {
  protected readonly limit = 'address';
}

/** Per signed-in user, after authentication; an operation open to everyone is left to the address limit. */
@Injectable()
export class UserRateLimitGuard extends RateLimitGuard {
  protected readonly limit = 'user';

  protected override handleRequest(request: ThrottlerRequest): Promise<boolean> {
    const { req } = this.getRequestResponse(request.context);
    if (!(req as { actor?: unknown }).actor) return Promise.resolve(true);
    return super.handleRequest(request);
  }
}
