import type { FastifyInstance } from 'fastify';
import { GRAPHQL_PATH } from './graphql.module';

/** The GraphQL-over-HTTP media type; `application/json` stays the default for clients that ask for nothing else. */
export const GRAPHQL_RESPONSE_TYPE = 'application/graphql-response+json';
const JSON_TYPE = 'application/json';

/**
 * Media types of GraphQL responses as the GraphQL-over-HTTP specification has them: the response is
 * `application/graphql-response+json` when the client prefers it (Accept, with quality values), else
 * `application/json`; a client that accepts neither gets 406 before anything runs.
 */
export function negotiateGraphQLMediaTypes(fastify: FastifyInstance): void {
  const wantsGraphQLType = new WeakSet<object>();
  fastify.addHook('onRequest', async (request, reply) => {
    if (request.routeOptions.url !== GRAPHQL_PATH) return;
    const preferred = preferredType(request.headers.accept);
    if (preferred === GRAPHQL_RESPONSE_TYPE) wantsGraphQLType.add(request);
    if (preferred !== undefined) return;
    await reply
      .code(406)
      .type(JSON_TYPE)
      .send({
        errors: [
          {
            message: `Not acceptable: responses are ${GRAPHQL_RESPONSE_TYPE} or ${JSON_TYPE}`,
            extensions: { code: 'BAD_USER_INPUT' },
          },
        ],
      });
  });
  fastify.addHook('onSend', async (request, reply, payload) => {
    if (wantsGraphQLType.has(request) && String(reply.getHeader('content-type') ?? '').startsWith(JSON_TYPE)) {
      reply.header('content-type', `${GRAPHQL_RESPONSE_TYPE}; charset=utf-8`);
    }
    return payload;
  });
}

/** Which of our two types an Accept header prefers; undefined when it accepts neither. No header: JSON. */
export function preferredType(accept: string | undefined): string | undefined {
  if (!accept) return JSON_TYPE;
  let best: { type: string; quality: number } | undefined;
  for (const range of accept.split(',')) {
    const [mediaRange, ...parameters] = range.trim().toLowerCase().split(';');
    const q = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const quality = q ? Number(q.slice(2)) : 1;
    if (!(quality > 0)) continue;
    const type =
      mediaRange === GRAPHQL_RESPONSE_TYPE
        ? GRAPHQL_RESPONSE_TYPE
        : [JSON_TYPE, 'application/*', '*/*'].includes(mediaRange)
          ? JSON_TYPE
          : undefined;
    // Equal quality: the specific GraphQL type wins over JSON and wildcards.
    if (type && (!best || quality > best.quality || (quality === best.quality && type === GRAPHQL_RESPONSE_TYPE))) {
      best = { type, quality };
    }
  }
  return best?.type;
}
