import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

/** The rule messages ESLint gives `code` as if it were the file at `path`. */
function lintAs(path: string, code: string): string[] {
  const result = spawnSync(
    process.execPath,
    [resolve(ROOT, 'node_modules/eslint/bin/eslint.js'), '--stdin', '--stdin-filename', path, '--format', 'json'],
    { cwd: ROOT, input: code, encoding: 'utf8' },
  );
  const [file] = JSON.parse(result.stdout) as { messages: { ruleId: string | null; message: string }[] }[];
  return file.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

const SERVICE = `
export class ThingService {
  constructor(private readonly dataSource: { query(sql: string): Promise<unknown> }) {}

  count(): Promise<unknown> {
    return this.dataSource.query('SELECT count(*) FROM thing');
  }
}
`;

describe('lint rules', () => {
  it('keeps SQL out of services: a statement belongs in the library repository', () => {
    expect(lintAs('libs/vacancies/src/thing.service.ts', SERVICE)).toEqual([
      "no-restricted-syntax: SQL lives in the library's *.repository.ts (docs/DATA-ACCESS.md).",
    ]);
    expect(
      lintAs('libs/vacancies/src/thing.resolver.ts', SERVICE.replace('query(', 'createQueryBuilder(')),
    ).toHaveLength(1);
  });

  it('lets repositories and migrations hold SQL', () => {
    expect(lintAs('libs/vacancies/src/thing.repository.ts', SERVICE)).toEqual([]);
    expect(lintAs('migrations/1799999999999-thing.ts', SERVICE)).toEqual([]);
  });
});
