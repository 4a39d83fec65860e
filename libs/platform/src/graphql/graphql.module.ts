import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, MercuriusDriverConfig } from '@nestjs/mercurius';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  DocumentNode,
  GraphQLSchema,
  Kind,
  NoSchemaIntrospectionCustomRule,
  OperationDefinitionNode,
  visit,
} from 'graphql';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { PinoLogger } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { mercuriusErrorFormatter } from '../errors/graphql-error-formatter';
import { AppMetrics } from '../metrics/app-metrics';
import { DateTimeScalar } from './date-time.scalar';
import { maxAliasesRule } from './max-aliases.rule';
import { maxDepthRule } from './max-depth.rule';
import { rootFieldLabel } from './root-field-label';

export const GRAPHQL_PATH = '/graphql';
/** Aliased fields per operation: a screen needs a handful; hundreds are an attempt to multiply work. */
export const MAX_ALIASES = 30;
/** Nesting of fields per operation (introspection not counted). */
export const MAX_DEPTH = 12;
/**
 * Tokens per query document: the largest screen's query and the standard introspection query have a few
 * hundred; the parser stops past this, before building a document of a 1 MB query.
 */
export const MAX_TOKENS = 5000;

/** What every resolver finds in the GraphQL context. */
export interface GraphQLContext {
  req: FastifyRequest;
  reply: FastifyReply;
}

/** GraphQL over Mercurius (JIT on), code first; the schema is built in memory and committed by `npm run schema`. */
@Module({
  imports: [
    GraphQLModule.forRootAsync<MercuriusDriverConfig>({
      driver: MercuriusDriver,
      inject: [APP_CONFIG, PinoLogger, AppMetrics],
      useFactory: (config: AppConfig, logger: PinoLogger, metrics: AppMetrics) => ({
        autoSchemaFile: true,
        buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeScalar }] },
        sortSchema: true,
        path: GRAPHQL_PATH,
        // No GraphiQL: Mercurius loads it from a CDN, which a closed network does not reach; the web app is the UI.
        graphiql: false,
        jit: 1,
        graphql: { parseOptions: { maxTokens: MAX_TOKENS } },
        // A bearer token, like a JSON content type, cannot be sent cross-site without a CORS preflight, so a GET
        // that carries one (urql sends queries as GET) is no CSRF suspect.
        // Mercurius checks its WebSocket handshake (a GET on the same route) too: `Sec-WebSocket-Key` is a header no
        // page can set (only the browser's own WebSocket does), and a subscription authenticates in connection_init.
        csrfPrevention: {
          requiredHeaders: [
            'authorization',
            'x-mercurius-operation-name',
            'mercurius-require-preflight',
            'sec-websocket-key',
          ],
        },
        context: (req: FastifyRequest, reply: FastifyReply): GraphQLContext => ({ req, reply }),
        // Subscriptions over WebSocket (graphql-transport-ws): the client sends its bearer token as `authorization`
        // in connection_init; the guards read it from `req.headers` as on HTTP. No token, no connection.
        subscription: {
          keepAlive: 30_000,
          onConnect: ({ payload }: { payload?: Record<string, unknown> }) => {
            const authorization = payload?.authorization;
            return typeof authorization === 'string' && authorization.length > 0
              ? { req: { headers: { authorization } } }
              : false;
          },
        },
        errorFormatter: mercuriusErrorFormatter(logger, (code) => metrics.graphqlErrors.inc({ code }), {
          hideSuggestions: config.production,
        }),
        validationRules: [
          maxDepthRule(MAX_DEPTH),
          maxAliasesRule(MAX_ALIASES),
          ...(config.production ? [NoSchemaIntrospectionCustomRule] : []),
        ],
        hooks: {
          // Cost is checked before execution, where the variables are known (validation rules are cached per query).
          preExecution: async (
            schema: GraphQLSchema,
            document: DocumentNode,
            context: { reply: FastifyReply },
            variables: Record<string, unknown>,
          ) => {
            const request = context.reply.request;
            const operation = executedOperation(document, request);
            metrics.recordOperation(request, rootFieldLabel(document, operation), operation?.operation ?? 'query');
            let complexity: number;
            try {
              complexity = complexityOf(schema, document, variables);
            } catch {
              return; // invalid variables: execution reports them with their path
            }
            if (complexity > config.graphql.maxComplexity) {
              throw new DomainError(
                ErrorCode.BAD_USER_INPUT,
                `Query is too complex: ${complexity} (maximum ${config.graphql.maxComplexity})`,
              );
            }
          },
        },
      }),
    }),
  ],
})
export class GraphqlModule {}

/**
 * Complexities per parsed query (Mercurius hands the same document for the same query text). With one point per
 * field, variables change the cost only through `@skip`/`@include`: a query without those is costed once, one
 * with them once per distinct variables (at most COMPLEXITIES_PER_QUERY kept).
 */
const complexities = new WeakMap<DocumentNode, { conditional: boolean; byVariables: Map<string, number> }>();
const COMPLEXITIES_PER_QUERY = 50;

/** The cost of running `document` with `variables`. */
function complexityOf(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>): number {
  let known = complexities.get(document);
  if (!known) {
    known = { conditional: hasConditionalDirectives(document), byVariables: new Map() };
    complexities.set(document, known);
  }
  const key = known.conditional ? JSON.stringify(variables ?? {}) : '';
  let complexity = known.byVariables.get(key);
  if (complexity === undefined) {
    complexity = getComplexity({
      schema,
      query: document,
      variables,
      estimators: [simpleEstimator({ defaultComplexity: 1 })],
    });
    if (known.byVariables.size < COMPLEXITIES_PER_QUERY) known.byVariables.set(key, complexity);
  }
  return complexity;
}

function hasConditionalDirectives(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Directive(node) {
      if (node.name.value === 'skip' || node.name.value === 'include') found = true;
    },
  });
  return found;
}

/** The operation of `document` that `request` asked for: the only one, or the one its `operationName` names. */
function executedOperation(document: DocumentNode, request: FastifyRequest): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (operations.length <= 1) return operations[0];
  const source = (request.method === 'GET' ? request.query : request.body) as { operationName?: unknown } | undefined;
  return operations.find((operation) => operation.name?.value === source?.operationName);
}
