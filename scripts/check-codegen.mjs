// Fails (exit 1, naming the files) when the generated operation types (the web app's, the tests') differ from what
// `npm run codegen` would write from the committed schema.gql and the operations.
import { generate } from '@graphql-codegen/cli';
import { readFileSync } from 'node:fs';
import config from '../codegen.config.mjs';

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
    `Stale generated code (run npm run codegen): ${stale.map((f) => f.filename).join(', ') || 'none generated'}`,
  );
  process.exit(1);
}
console.log(`codegen up to date (${files.length} files)`);
