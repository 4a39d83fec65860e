/// <reference lib="dom" />
import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchChromium } from '../support/browser';
import { TestApp } from '../support/test-app';

const SUBJECT = 'demo|accountmanager@uwv.demo';
/** Short, so the renewal (a minute before expiry) happens within the test. */
const ACCESS_TOKEN_TTL = 65;

async function freePort(): Promise<number> {
  return new Promise((resolvePort) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolvePort(port));
    });
  });
}

/** The test provider in its own process (tests/support/oidc-provider.mjs); resolves with its issuer. */
function startProvider(appOrigin: string): Promise<{ process: ChildProcess; issuer: string }> {
  const child = spawn(process.execPath, [resolve(__dirname, '../support/oidc-provider.mjs')], {
    env: { ...process.env, APP_ORIGIN: appOrigin, ACCESS_TOKEN_TTL: String(ACCESS_TOKEN_TTL) },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return new Promise((resolveStart, reject) => {
    child.once('exit', (code) => reject(new Error(`the OIDC provider exited with ${code}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      const ready = /READY (\S+)/.exec(chunk.toString());
      if (ready) resolveStart({ process: child, issuer: ready[1] });
    });
  });
}

const tokenOf = (page: Page) => page.evaluate(() => sessionStorage.getItem('wsp.token'));
const payloadOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { aud: string; sub: string; exp: number };

/**
 * Production sign-in in a real Chromium: OpenID Connect Authorization Code with PKCE against a real provider
 * (oidc-provider), the access token as the API's bearer token, renewed silently, and signing out at the provider.
 */
describe('web app with OpenID Connect', () => {
  let provider: { process: ChildProcess; issuer: string };
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  const authorizeRequests: URL[] = [];

  beforeAll(async () => {
    const port = await freePort();
    provider = await startProvider(`http://127.0.0.1:${port}`);
    app = await TestApp.start(
      {
        NODE_ENV: 'production',
        OIDC_ISSUER: provider.issuer,
        OIDC_AUDIENCE: 'urn:wsp-crm',
        OIDC_WEB_CLIENT_ID: 'wsp-web',
        RUN_WORKERS: 'false',
        SMTP_URL: 'smtp://127.0.0.1:2525',
        PUBLIC_URL: `http://127.0.0.1:${port}`,
      },
      port,
    );
    browser = await launchChromium();
    page = await (await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' })).newPage();
    page.setDefaultTimeout(15_000);
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin === provider.issuer && url.pathname === '/auth') authorizeRequests.push(url);
    });
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    provider?.process.kill('SIGTERM');
  });

  it("allows the provider's origin in the app's connect-src, and nothing else from outside", async () => {
    const response = await page.goto(`${app.url}/werkgevers`);
    const policy = response?.headers()['content-security-policy'] ?? '';
    expect(policy).toContain(`connect-src 'self' ${provider.issuer};`);
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it('signs in at the provider with Authorization Code and PKCE, and comes back where it started', async () => {
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    expect(await page.getByRole('button', { name: /^Aanmelden als/ }).count()).toBe(0); // no demo users here
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Aanmelden bij uw organisatie' }).click();

    // The provider's own pages (its development login: any login is the subject).
    await page.locator('input[name="login"]').fill(SUBJECT);
    await page.locator('input[name="password"]').fill('test');
    await page.locator('button[type="submit"]').click();
    await page.locator('button[type="submit"]', { hasText: 'Continue' }).click();

    await page.getByRole('heading', { level: 1, name: 'Werkgevers' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/werkgevers');
    // The book answered the API call made with the provider's token (how many depends on the other tests).
    await page
      .getByRole('status')
      .filter({ hasText: /werkgevers$|^Geen werkgevers gevonden\.$/ })
      .waitFor();

    const [authorize] = authorizeRequests;
    expect(authorize.searchParams.get('response_type')).toBe('code');
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(authorize.searchParams.get('client_id')).toBe('wsp-web');

    const token = (await tokenOf(page))!;
    expect(payloadOf(token)).toMatchObject({ aud: 'urn:wsp-crm', sub: SUBJECT });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('renews the access token silently before it expires, and keeps working', async () => {
    const first = (await tokenOf(page))!;
    const deadline = Date.now() + 30_000;
    let renewed = first;
    while (renewed === first && Date.now() < deadline) {
      await page.waitForTimeout(500);
      renewed = (await tokenOf(page))!;
    }
    expect(renewed).not.toBe(first);
    expect(payloadOf(renewed).exp).toBeGreaterThan(payloadOf(first).exp);
    await page.getByRole('link', { name: 'Vandaag' }).click();
    await page.getByRole('heading', { level: 1, name: /^Welkom, Accountmanager UWV Noord$/ }).waitFor();
  });

  it('signs out here and at the provider', async () => {
    await page.getByRole('button', { name: 'Afmelden' }).click();
    // The provider asks to confirm (its development page), then sends the browser back to the app.
    await page.locator('button[type="submit"]', { hasText: /sign me out/i }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    expect(new URL(page.url()).origin).toBe(app.url);
    expect(await tokenOf(page)).toBeNull();
  });
});
