/// <reference lib="dom" />
import { existsSync, readFileSync } from 'node:fs';
import { Browser, chromium, Page } from 'playwright-core';

/**
 * A real Chromium for browser tests, with nothing downloaded at test time: Debian's `chromium` when the machine
 * has it, else the one `@sparticuz/chromium` ships inside its npm package.
 */
export async function launchChromium(): Promise<Browser> {
  const flags = [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
  if (existsSync('/usr/bin/chromium')) {
    return chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', ...flags] });
  }
  const packaged = (await import('@sparticuz/chromium')).default;
  return chromium.launch({ executablePath: await packaged.executablePath(), args: [...packaged.args, ...flags] });
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * axe-core's WCAG 2.x A and AA rules (2.2 included) on the page as it is now. The script is evaluated through the
 * DevTools protocol, so the page's Content-Security-Policy stays as strict as in production.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations;
  });
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

export interface SentOperation {
  operationName?: string;
  variables?: Record<string, unknown>;
}

/** Every GraphQL operation the page sends from now on, as sent (to check, e.g., that a create carries its key). */
export function recordOperations(page: Page): SentOperation[] {
  const sent: SentOperation[] = [];
  page.on('request', (request) => {
    const body = request.method() === 'POST' && request.url().endsWith('/graphql') ? request.postData() : null;
    if (body) sent.push(JSON.parse(body) as SentOperation);
  });
  return sent;
}

/** Each named create was sent at least once, every time with a fresh-looking idempotency key (a UUID). */
export function expectIdempotencyKeys(sent: readonly SentOperation[], operations: readonly string[]): void {
  for (const operation of operations) {
    const keys = sent.filter((c) => c.operationName === operation).map((c) => c.variables?.idempotencyKey);
    expect({ operation, sent: keys.length > 0 }).toEqual({ operation, sent: true });
    for (const key of keys) expect(key).toMatch(/^[0-9a-f-]{36}$/);
  }
}
