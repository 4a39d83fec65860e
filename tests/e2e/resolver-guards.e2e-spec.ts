import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PERMISSION_METADATA } from '@wsp/platform';
import { TestApp } from '../support/test-app';

// @nestjs/graphql's own metadata keys: the resolver class marker and the operation type of a method.
const RESOLVER_METADATA = 'graphql:resolver_name';
const RESOLVER_TYPE_METADATA = 'graphql:resolver_type';

describe('the served API', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.close());

  it('finds @Allow or @Public on every Query and Mutation of every resolver', () => {
    const discovery = app.running.app.get(DiscoveryService);
    const scanner = app.running.app.get(MetadataScanner);
    const operations: string[] = [];
    const unguarded: string[] = [];
    for (const { metatype, instance } of discovery.getProviders()) {
      if (!metatype || !instance || Reflect.getMetadata(RESOLVER_METADATA, metatype) === undefined) continue;
      for (const method of scanner.getAllMethodNames(Object.getPrototypeOf(instance))) {
        const handler = (instance as Record<string, unknown>)[method] as object;
        const type = Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler);
        if (type !== 'Query' && type !== 'Mutation' && type !== 'Subscription') continue;
        const name = `${metatype.name}.${method}`;
        operations.push(name);
        if (!Reflect.getMetadata(PERMISSION_METADATA, handler) && !Reflect.getMetadata(PERMISSION_METADATA, metatype)) {
          unguarded.push(name);
        }
      }
    }
    expect(operations).toEqual(
      expect.arrayContaining(['UserResolver.me', 'UserResolver.addUser', 'RegionResolver.regions']),
    );
    expect(unguarded).toEqual([]);
  });

  it('serves exactly the committed schema.gql (run `npm run schema` after changing the API)', async () => {
    const served = app.running.app.get(GraphQLSchemaHost).schema;
    const committed = await readFile(resolve(__dirname, '../../schema.gql'), 'utf8');
    expect(`${printSchema(lexicographicSortSchema(served))}\n`).toBe(committed);
  });
});
