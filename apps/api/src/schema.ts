import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { CANDIDATE_RESOLVERS } from '@wsp/candidates';
import { DIRECTORY_RESOLVERS } from '@wsp/directory';
import { EMPLOYER_RESOLVERS } from '@wsp/employers';
import { TAXONOMY_RESOLVERS } from '@wsp/taxonomy';
import { VACANCY_RESOLVERS } from '@wsp/vacancies';
import { IMPORT_RESOLVERS } from '@wsp/imports';
import { MATCHING_RESOLVERS } from '@wsp/matching';
import { PLACEMENT_RESOLVERS } from '@wsp/placements';
import { VISIT_RESOLVERS } from '@wsp/visits';
import { NOTIFICATION_RESOLVERS } from '@wsp/notifications';
import { AUDIT_RESOLVERS } from '@wsp/platform';
import { lexicographicSortSchema, printSchema } from 'graphql';

/** Every resolver the API serves; ApiModule's imports provide the same classes. */
export const API_RESOLVERS = [
  ...DIRECTORY_RESOLVERS,
  ...TAXONOMY_RESOLVERS,
  ...EMPLOYER_RESOLVERS,
  ...VACANCY_RESOLVERS,
  ...IMPORT_RESOLVERS,
  ...CANDIDATE_RESOLVERS,
  ...MATCHING_RESOLVERS,
  ...PLACEMENT_RESOLVERS,
  ...VISIT_RESOLVERS,
  ...NOTIFICATION_RESOLVERS,
  ...AUDIT_RESOLVERS,
];

/** The API's GraphQL schema as SDL, built from the resolvers without a database. */
export async function buildSchemaSdl(): Promise<string> {
  const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  try {
    await app.init();
    const schema = await app.get(GraphQLSchemaFactory).create(API_RESOLVERS);
    return `${printSchema(lexicographicSortSchema(schema))}\n`;
  } finally {
    await app.close();
  }
}
