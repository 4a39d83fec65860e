import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, MercuriusDriverConfig } from '@nestjs/mercurius';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError, NoSchemaIntrospectionCustomRule } from 'graphql';
import { createComplexityRule, simpleEstimator } from 'graphql-query-complexity';
import { PinoLogger } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { mercuriusErrorFormatter } from '../errors/graphql-error-formatter';

export const GRAPHQL_PATH = '/graphql';

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
        // A static list keeps Mercurius' query cache (and with it JIT); complexity is estimated per field.
        validationRules: [
          createComplexityRule({
            maximumComplexity: config.graphql.maxComplexity,
            estimators: [simpleEstimator({ defaultComplexity: 1 })],
            createError: (max, actual) =>
              new GraphQLError(`Query is too complex: ${actual} (maximum ${max})`),
          }),
          ...(config.production ? [NoSchemaIntrospectionCustomRule] : []),
        ],
      }),
    }),
  ],
})
export class GraphqlModule {}
