import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { buildSchemaSdl } from './schema';

describe('schema.gql', () => {
  it('matches the schema the resolvers build (run `npm run schema` after changing the API)', async () => {
    const committed = await readFile(resolve(__dirname, '../../../schema.gql'), 'utf8');
    expect(await buildSchemaSdl()).toBe(committed);
  });
});
