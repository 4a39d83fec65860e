// Compiles the API, worker and CLI into dist with swc (`npm run build`), unless nothing they are built from changed
// since the last build: `npm run wsp` and `npm start` run this every time, so a command without changes starts at once.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const stamp = join(root, 'dist/.api-source-hash');

function files(path) {
  if (relative(root, path) === 'apps/web') return [];
  return statSync(path).isDirectory()
    ? readdirSync(path)
        .sort()
        .flatMap((name) => files(join(path, name)))
    : [path];
}

const hash = createHash('sha256');
for (const file of [
  ...['apps', 'libs', 'migrations'].flatMap((dir) => files(join(root, dir))),
  join(root, 'package-lock.json'),
  join(root, '.swcrc'),
]) {
  hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
}
const sourceHash = hash.digest('hex');

if (
  existsSync(join(root, 'dist/apps/api/src/main.js')) &&
  existsSync(stamp) &&
  readFileSync(stamp, 'utf8') === sourceHash
) {
  process.exit(0);
}
execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
writeFileSync(stamp, sourceHash);
