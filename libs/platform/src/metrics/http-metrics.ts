import type { FastifyInstance } from 'fastify';
import { GRAPHQL_PATH } from '../graphql/graphql.module';
import { AppMetrics } from './app-metrics';

/**
 * Times every HTTP request from arrival to the response sent: by route (the route's pattern, never the raw
 * URL with its ids or calendar-feed secrets) and, for GraphQL, by the operation it executed.
 */
export function instrumentHttp(fastify: FastifyInstance, metrics: AppMetrics): void {
  fastify.addHook('onResponse', async (request, reply) => {
    const seconds = reply.elapsedTime / 1000; // Fastify times every request from its arrival
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.httpDuration.observe({ method: request.method, route, status: String(reply.statusCode) }, seconds);
    if (route === GRAPHQL_PATH) {
      const operation = metrics.operationOf(request) ?? { name: 'not-executed', type: 'none' };
      metrics.graphqlDuration.observe({ operation: operation.name, type: operation.type }, seconds);
    }
  });
}
