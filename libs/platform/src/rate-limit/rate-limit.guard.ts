import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  ThrottlerGuard,
  ThrottlerLimitDetail,
  ThrottlerModuleOptions,
  ThrottlerRequest,
  ThrottlerStorage,
} from '@nestjs/throttler';
import { Permission, PERMISSION_METADATA } from '../auth/permissions.decorator';
import { bearerToken, TokenVerifier } from '../auth/token-verifier';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { GraphQLContext } from '../graphql/graphql.module';
import { COUNTED_AT_EDGE, CountedRequest, rateLimitKey, USER_COUNT, userTracker } from './rate-limit-keys';
import { WindowCount, WindowStorage } from './rate-limit-storage';

export { userTracker } from './rate-limit-keys';

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

  /**
   * What the library does with a count it took itself: refuse past the limit (with Retry-After), else tell the
   * client its allowance. For counts taken in a shared round trip.
   */
  protected async judge(
    context: ExecutionContext,
    request: ThrottlerRequest,
    tracker: string,
    { totalHits, timeToExpire, isBlocked, timeToBlockExpire }: WindowCount,
  ): Promise<boolean> {
    const { limit, ttl, throttler } = request;
    const name = throttler.name ?? 'default';
    const { res } = this.getRequestResponse(context);
    if (isBlocked) {
      const key = this.generateKey(context, tracker, name);
      await this.throwThrottlingException(context, {
        limit,
        ttl,
        key,
        tracker,
        totalHits,
        timeToExpire,
        isBlocked,
        timeToBlockExpire,
      });
    }
    this.setResponseHeader(res, `${this.headerPrefix}-Limit-${name}`, limit);
    this.setResponseHeader(res, `${this.headerPrefix}-Remaining-${name}`, Math.max(0, limit - totalHits));
    this.setResponseHeader(res, `${this.headerPrefix}-Reset-${name}`, timeToExpire);
    return true;
  }

  protected override getRequestResponse(context: ExecutionContext): ReturnType<ThrottlerGuard['getRequestResponse']> {
    if (context.getType<string>() === 'graphql') {
      const { req, reply } = GqlExecutionContext.create(context).getContext<GraphQLContext>();
      return { req, res: reply } as ReturnType<ThrottlerGuard['getRequestResponse']>;
    }
    return super.getRequestResponse(context);
  }

  protected override generateKey(_context: ExecutionContext, tracker: string, throttlerName: string): string {
    return rateLimitKey(throttlerName, tracker);
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

/**
 * Per client address, before authentication: requests without a valid token are counted too. A request whose
 * token verifies has its user's hit counted in the same round trip, for {@link UserRateLimitGuard} to judge.
 */
@Injectable()
export class AddressRateLimitGuard extends RateLimitGuard {
  protected readonly limit = 'address';

  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
    private readonly tokens: TokenVerifier,
  ) {
    super(options, storage, reflector);
  }

  protected override async handleRequest(request: ThrottlerRequest): Promise<boolean> {
    if (request.throttler.name !== this.limit) return true;
    const storage = this.storageService as Partial<WindowStorage>;
    // GraphQL requests are counted before their body is parsed (GraphQLEdgeRateLimit).
    if ((this.getRequestResponse(request.context).req as CountedRequest)[COUNTED_AT_EDGE]) return true;
    const userLimit = this.throttlers.find((throttler) => throttler.name === 'user');
    const { req } = this.getRequestResponse(request.context);
    // An operation open to everyone is not held against the user, so their hit is not counted for it.
    const subject = this.isPublic(request.context) ? undefined : await this.verifiedSubject(req);
    if (
      !subject ||
      !storage.incrementMany ||
      typeof userLimit?.ttl !== 'number' ||
      typeof userLimit.limit !== 'number'
    ) {
      return super.handleRequest(request);
    }
    const tracker = await request.getTracker(req, request.context);
    const addressKey = this.generateKey(request.context, tracker, this.limit);
    // An address already refused in this window is refused again: its requests are not held against their users.
    if (storage.refusing?.(addressKey)) return super.handleRequest(request);
    const user = userTracker(subject);
    let counts: WindowCount[];
    try {
      counts = await storage.incrementMany([
        { key: addressKey, ttl: request.ttl, limit: request.limit },
        {
          key: this.generateKey(request.context, user, 'user'),
          ttl: userLimit.ttl,
          limit: userLimit.limit,
        },
      ]);
    } catch (error) {
      this.logger.warn({ error: error instanceof Error ? error.message : String(error) }, 'rate limit not counted');
      return true;
    }
    (req as CountedRequest)[USER_COUNT] = { tracker: user, count: counts[1] };
    return this.judge(request.context, request, tracker, counts[0]);
  }

  private isPublic(context: ExecutionContext): boolean {
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    return permission?.kind === 'public';
  }

  /** The subject of a bearer token that verifies (checked once per request, see TokenVerifier), else undefined. */
  private async verifiedSubject(req: Record<string, unknown>): Promise<string | undefined> {
    const token = bearerToken(req.headers as Record<string, unknown> | undefined);
    if (!token) return undefined;
    return this.tokens.verifyRequest(req, token).then(
      ({ subject }) => subject,
      () => undefined,
    );
  }
}

/**
 * Per signed-in user, after authentication; an operation open to everyone is left to the address limit. The
 * hit was usually counted already by the address guard; otherwise it is counted here.
 */
@Injectable()
export class UserRateLimitGuard extends RateLimitGuard {
  protected readonly limit = 'user';

  protected override async handleRequest(request: ThrottlerRequest): Promise<boolean> {
    if (request.throttler.name !== this.limit) return true;
    const { req } = this.getRequestResponse(request.context);
    const actor = (req as { actor?: { subject: string } }).actor;
    if (!actor) return true;
    const counted = (req as CountedRequest)[USER_COUNT];
    if (counted && counted.tracker === userTracker(actor.subject)) {
      return this.judge(request.context, request, counted.tracker, counted.count);
    }
    return super.handleRequest(request);
  }
}
