import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { InjectThrottlerStorage, ThrottlerStorage } from '@nestjs/throttler';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { bearerToken, TokenVerifier } from '../auth/token-verifier';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { ErrorCode } from '../errors/domain-error';
import { GRAPHQL_PATH } from '../graphql/graphql.module';
import {
  addressTracker,
  COUNTED_AT_EDGE,
  CountedRequest,
  rateLimitKey,
  USER_COUNT,
  userTracker,
} from './rate-limit-keys';
import { WindowCheck, WindowCount, WindowStorage } from './rate-limit-storage';

/**
 * Every request to /graphql counts against its client address before its body is parsed: parse errors, validation
 * failures, `{ __typename }` and introspection too, so a flood of requests that never reach a resolver is refused
 * as cheaply as one that does. A bearer token that verifies has its user's hit counted in the same round trip, for
 * the user guard to judge after sign-in. Refusals are HTTP 429 with Retry-After and TOO_MANY_REQUESTS.
 */
@Injectable()
export class GraphQLEdgeRateLimit implements OnModuleInit {
  private readonly logger = new Logger(GraphQLEdgeRateLimit.name);

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @InjectThrottlerStorage() private readonly storage: ThrottlerStorage & Partial<WindowStorage>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: TokenVerifier,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    fastify.addHook('onRequest', async (request, reply) => {
      if (request.routeOptions.url === GRAPHQL_PATH) await this.count(request, reply);
    });
  }

  private async count(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const counted = request as unknown as CountedRequest;
    counted[COUNTED_AT_EDGE] = true;
    const ttl = this.config.rateLimit.windowSeconds * 1000;
    const address: WindowCheck = {
      key: rateLimitKey('address', addressTracker(request.ip)),
      ttl,
      limit: this.config.rateLimit.perIp,
    };
    let addressCount: WindowCount;
    try {
      // An address already refused in this window: only its own count is taken, nothing held against a user.
      const subject = this.storage.refusing?.(address.key) ? undefined : await this.verifiedSubject(request);
      if (subject && this.storage.incrementMany) {
        const user = userTracker(subject);
        const [forAddress, forUser] = await this.storage.incrementMany([
          address,
          { key: rateLimitKey('user', user), ttl, limit: this.config.rateLimit.perUser },
        ]);
        counted[USER_COUNT] = { tracker: user, count: forUser };
        addressCount = forAddress;
      } else {
        addressCount = await this.storage.increment(address.key, ttl, address.limit, ttl, 'address');
      }
    } catch (error) {
      // A limit that cannot be counted (its store restarting) must not take the API down with it.
      this.logger.warn({ error: error instanceof Error ? error.message : String(error) }, 'rate limit not counted');
      return;
    }
    if (!addressCount.isBlocked) return;
    const wait = addressCount.timeToBlockExpire;
    await reply
      .code(429)
      .header('retry-after', String(wait))
      .type('application/json')
      .send({
        errors: [
          {
            message: `Too many requests: at most ${address.limit} per ${ttl / 1000} s; try again in ${wait} s`,
            extensions: { code: ErrorCode.TOO_MANY_REQUESTS, retryAfterSeconds: wait },
          },
        ],
      });
  }

  /** The subject of a bearer token that verifies (checked once per request, see TokenVerifier), else undefined. */
  private async verifiedSubject(request: FastifyRequest): Promise<string | undefined> {
    const token = bearerToken(request.headers as Record<string, unknown>);
    if (!token) return undefined;
    return this.tokens.verifyRequest(request, token).then(
      ({ subject }) => subject,
      () => undefined,
    );
  }
}
