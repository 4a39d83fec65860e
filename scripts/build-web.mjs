// Builds the web app into dist/web with Vite, unless nothing it is built from changed since the last build:
// `npm start` runs this every time, so a start without changes does not wait for a build.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const output = join(root, 'dist/web');
const stamp = join(output, '.source-hash');

function files(path) {
  return statSync(path).isDirectory()
    ? readdirSync(path)
        .sort()
        .flatMap((name) => files(join(path, name)))
    : [path];
}

const hash = createHash('sha256');
for (const file of [...files(join(root, 'apps/web')), join(root, 'package-lock.json')]) {
  hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
}
const sourceHash = hash.digest('hex');

if (existsSync(join(output, 'index.html')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === sourceHash) {
  process.exit(0);
}
const vite = join(root, 'node_modules/vite/bin/vite.js');
execFileSync(
  process.execPath,
  [vite, 'build', '--config', join(root, 'apps/web/vite.config.mts'), '--logLevel', 'warn'],
  {
    cwd: root,
    stdio: 'inherit',
    // Always React's production build, also when a test runner (NODE_ENV=test) asks for the build.
    env: { ...process.env, NODE_ENV: 'production' },
  },
);
// Compressed once here, served as they are (@fastify/static's preCompressed): no compression work per request.
for (const file of files(join(output, 'assets')).filter((path) => /\.(js|css)$/.test(path))) {
  const content = readFileSync(file);
  writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
  writeFileSync(`${file}.br`, brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
}
writeFileSync(stamp, sourceHash);
