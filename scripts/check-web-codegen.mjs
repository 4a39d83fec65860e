// Fails (exit 1, naming the files) when the web app's generated operation types differ from what
// `npm run codegen:web` would write from the committed schema.gql and the app's operations.
import { generate } from '@graphql-codegen/cli';
import { readFileSync } from 'node:fs';
import config from '../apps/web/codegen.config.mjs';

const files = await generate(config, false);
const stale = files.filter(({ filename, content }) => {
  try {
    return readFileSync(filename, 'utf8') !== content;
  } catch {
    return true;
  }
});
if (files.length === 0 || stale.length > 0) {
  console.error(
    `Stale generated code (run npm run codegen:web): ${stale.map((f) => f.filename).join(', ') || 'none generated'}`,
  );
  process.exit(1);
}
console.log(`web codegen up to date (${files.length} files)`);
