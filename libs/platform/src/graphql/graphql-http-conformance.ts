import type { FastifyInstance } from 'fastify';
import { DomainError, FieldProblem } from '../errors/domain-error';
import { GRAPHQL_PATH } from './graphql.module';

/**
 * Where Mercurius departs from the GraphQL over HTTP specification, fixed in front of it: `"extensions": null`
 * is a request without extensions; a `query`, `operationName`, `variables` or `extensions` of the wrong JSON type
 * is a request error naming that parameter (Mercurius would run it and fail inside); every GraphQL response
 * carries `Cache-Control: no-store`, since it holds one user's data.
 */
export function conformToGraphQLOverHttp(fastify: FastifyInstance): void {
  fastify.addHook('preValidation', async (request) => {
    if (request.routeOptions.url !== GRAPHQL_PATH || request.method !== 'POST' || !isObject(request.body)) return;
    const body = request.body;
    if (body.extensions === null) delete body.extensions;
    const problems: FieldProblem[] = [];
    if ('query' in body && typeof body.query !== 'string') problems.push(mustBe('query', 'a string'));
    if ('operationName' in body && body.operationName !== null && typeof body.operationName !== 'string') {
      problems.push(mustBe('operationName', 'a string or null'));
    }
    if ('variables' in body && body.variables !== null && !isObject(body.variables)) {
      problems.push(mustBe('variables', 'an object or null'));
    }
    if ('extensions' in body && !isObject(body.extensions)) problems.push(mustBe('extensions', 'an object or null'));
    if (problems.length > 0) throw DomainError.badInput(problems);
  });
  fastify.addHook('onSend', async (request, reply, payload) => {
    if (request.routeOptions.url === GRAPHQL_PATH) reply.header('cache-control', 'no-store');
    return payload;
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function mustBe(field: string, what: string): FieldProblem {
  return { field, message: `${field} must be ${what}` };
}
