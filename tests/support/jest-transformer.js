// Transforms our TypeScript and the ES modules among our dependencies (Nest 12 and part of its graph ship
// only ESM) to CommonJS for Jest's runtime; CommonJS dependencies pass through untouched.
const { createTransformer } = require('@swc/jest');
const { existsSync, readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');

const swc = createTransformer({
  swcrc: false,
  sourceMaps: 'inline',
  module: { type: 'commonjs' },
  jsc: {
    target: 'es2022',
    parser: { syntax: 'typescript', decorators: true, dynamicImport: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    keepClassNames: true,
  },
});

const moduleTypeByDirectory = new Map();

function isEsm(filename) {
  if (filename.endsWith('.mjs')) return true;
  if (filename.endsWith('.cjs')) return false;
  let directory = dirname(filename);
  const visited = [];
  while (!moduleTypeByDirectory.has(directory)) {
    visited.push(directory);
    const manifest = join(directory, 'package.json');
    if (existsSync(manifest)) {
      moduleTypeByDirectory.set(directory, JSON.parse(readFileSync(manifest, 'utf8')).type === 'module');
      break;
    }
    const parent = dirname(directory);
    if (parent === directory) {
      moduleTypeByDirectory.set(directory, false);
      break;
    }
    directory = parent;
  }
  const esm = moduleTypeByDirectory.get(directory);
  for (const seen of visited) moduleTypeByDirectory.set(seen, esm);
  return esm;
}

// CommonJS packages that import() an ES module (Mercurius loads quick-lru so) need a require() in Jest.
const DYNAMIC_IMPORT = /\bimport\((['"][^'"]+['"])\)/g;

module.exports = {
  process(source, filename, options) {
    if (filename.includes('/node_modules/') && !isEsm(filename)) {
      return {
        code: source.includes('import(') ? source.replace(DYNAMIC_IMPORT, 'Promise.resolve(require($1))') : source,
      };
    }
    return swc.process(source, filename, options);
  },
  getCacheKey(source, filename, options) {
    return swc.getCacheKey(source, filename, options);
  },
};
