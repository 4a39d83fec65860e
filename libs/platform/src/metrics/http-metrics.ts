import type { FastifyInstance } from 'fastify';
import { GRAPHQL_PATH } from '../graphql/graphql.module';
import { AppMetrics } from './app-metrics';

const startedAt = Symbol('startedAt');

/**
 * Times every HTTP request from arrival to the response sent: by route (the route's pattern, never the raw
 * URL with its ids or calendar-feed secrets) and, for GraphQL, by the operation it executed.
 */
export function instrumentHttp(fastify: FastifyInstance, metrics: AppMetrics): void {
  fastify.addHook('onRequest', async (request) => {
    (request as unknown as Record<symbol, bigint>)[startedAt] = process.hrtime.bigint();
  });
  fastify.addHook('onResponse', async (request, reply) => {
    const started = (request as unknown as Record<symbol, bigint | undefined>)[startedAt];
    if (started === undefined) return;
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.httpDuration.observe({ method: request.method, route, status: String(reply.statusCode) }, seconds);
    if (route === GRAPHQL_PATH) {
      const operation = metrics.operationOf(request) ?? { name: 'not-executed', type: 'none' };
      metrics.graphqlDuration.observe({ operation: operation.name, type: operation.type }, seconds);
    }
  });
}
