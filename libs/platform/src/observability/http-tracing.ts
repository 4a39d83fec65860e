import { context, propagation, ROOT_CONTEXT, Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { FastifyInstance } from 'fastify';
import { GRAPHQL_PATH } from '../graphql/graphql.module';
import { AppMetrics } from '../metrics/app-metrics';

const spans = new WeakMap<object, Span>();

/**
 * A server span per HTTP request, continuing the caller's trace (`traceparent`), named by route and, for GraphQL,
 * by the operation it executed; everything the request does (SQL statements included) runs inside it.
 */
export function traceHttp(fastify: FastifyInstance, metrics: AppMetrics): void {
  const tracer = trace.getTracer('wsp-crm');
  fastify.addHook('onRequest', (request, _reply, done) => {
    const parent = propagation.extract(ROOT_CONTEXT, request.headers);
    const route = request.routeOptions.url ?? 'unmatched';
    const span = tracer.startSpan(
      `${request.method} ${route}`,
      { kind: SpanKind.SERVER, attributes: { 'http.request.method': request.method, 'http.route': route } },
      parent,
    );
    spans.set(request, span);
    context.with(trace.setSpan(parent, span), done);
  });
  fastify.addHook('onResponse', async (request, reply) => {
    const span = spans.get(request);
    if (!span) return;
    span.setAttribute('http.response.status_code', reply.statusCode);
    if (request.routeOptions.url === GRAPHQL_PATH) {
      const operation = metrics.operationOf(request);
      if (operation) {
        span.setAttribute('graphql.operation.name', operation.name);
        span.setAttribute('graphql.operation.type', operation.type);
        span.updateName(`${operation.type} ${operation.name}`);
      }
    }
    if (reply.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  });
}
