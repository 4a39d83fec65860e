import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, MercuriusDriverConfig } from '@nestjs/mercurius';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DocumentNode, GraphQLSchema, NoSchemaIntrospectionCustomRule } from 'graphql';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { PinoLogger } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { mercuriusErrorFormatter } from '../errors/graphql-error-formatter';
import { maxAliasesRule } from './max-aliases.rule';

export const GRAPHQL_PATH = '/graphql';
/** Aliased fields per operation: a screen needs a handful; hundreds are an attempt to multiply work. */
export const MAX_ALIASES = 30;

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
      inject: [APP_CONFIG, PinoLogger],
      useFactory: (config: AppConfig, logger: PinoLogger) => ({
        autoSchemaFile: true,
        sortSchema: true,
        path: GRAPHQL_PATH,
        graphiql: config.graphql.graphiql,
        jit: 1,
        queryDepth: 12,
        csrfPrevention: true,
        context: (req: FastifyRequest, reply: FastifyReply): GraphQLContext => ({ req, reply }),
        errorFormatter: mercuriusErrorFormatter(logger.logger),
        validationRules: [maxAliasesRule(MAX_ALIASES), ...(config.production ? [NoSchemaIntrospectionCustomRule] : [])],
        hooks: {
          // Cost is checked before execution, where the variables are known (validation rules are cached per query).
          preExecution: async (
            schema: GraphQLSchema,
            document: DocumentNode,
            _context: unknown,
            variables: Record<string, unknown>,
          ) => {
            let complexity: number;
            try {
              complexity = getComplexity({
                schema,
                query: document,
                variables,
                estimators: [simpleEstimator({ defaultComplexity: 1 })],
              });
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
