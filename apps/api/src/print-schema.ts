import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { buildSchemaSdl } from './schema';

/** `npm run schema`: regenerates the committed schema.gql (a test fails while it is stale). */
buildSchemaSdl()
  .then((sdl) => writeFile(process.argv[2] ?? 'schema.gql', sdl))
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
