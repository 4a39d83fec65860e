import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

describe("the web app's and the tests' typed operations", () => {
  it('are what `npm run codegen` generates from the committed schema.gql', () => {
    const check = spawnSync(process.execPath, [resolve(__dirname, '../../scripts/check-codegen.mjs')], {
      cwd: resolve(__dirname, '../..'),
      encoding: 'utf8',
    });
    expect({ status: check.status, stderr: check.stderr }).toEqual({ status: 0, stderr: '' });
  }, 60_000);
});
