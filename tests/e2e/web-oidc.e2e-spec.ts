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

/** What every app here runs with: production, no workers, a mail server, its own address. */
const productionSettings = (port: number) => ({
  NODE_ENV: 'production',
  RUN_WORKERS: 'false',
  SMTP_URL: 'smtp://127.0.0.1:2525',
  PUBLIC_URL: `http://127.0.0.1:${port}`,
});

/** A page as a Dutch user sees it, in Amsterdam time. */
async function dutchPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' })).newPage();
  page.setDefaultTimeout(15_000);
  return page;
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
        OIDC_ISSUER: provider.issuer,
        OIDC_AUDIENCE: 'urn:wsp-crm',
        OIDC_WEB_CLIENT_ID: 'wsp-web',
        ...productionSettings(port),
      },
      port,
    );
    browser = await launchChromium();
    page = await dutchPage(browser);
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

/**
 * UWV and a municipality each sign their people in with their own provider: the sign-in page offers one button per
 * provider, and the one chosen is where the browser goes, comes back from, and renews at.
 */
describe('web app with an identity provider per organisation', () => {
  let uwv: { process: ChildProcess; issuer: string };
  let groningen: { process: ChildProcess; issuer: string };
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  const authorizeOrigins: string[] = [];

  beforeAll(async () => {
    const port = await freePort();
    [uwv, groningen] = await Promise.all([
      startProvider(`http://127.0.0.1:${port}`),
      startProvider(`http://127.0.0.1:${port}`),
    ]);
    app = await TestApp.start(
      {
        OIDC_PROVIDERS: JSON.stringify([
          { name: 'UWV', issuer: uwv.issuer, audience: 'urn:wsp-crm', organisations: ['uwv'], webClientId: 'wsp-web' },
          {
            name: 'Gemeente Groningen',
            issuer: groningen.issuer,
            audience: 'urn:wsp-crm',
            organisations: ['groningen'],
            webClientId: 'wsp-web',
          },
          // The municipality's next provider, while it moves: its people may sign in through either.
          {
            name: 'Gemeente Groningen (nieuw)',
            issuer: 'https://id-nieuw.groningen.example',
            jwksUrl: `${groningen.issuer}/jwks`,
            audience: 'urn:wsp-crm',
            organisations: ['groningen'],
          },
        ]),
        ...productionSettings(port),
      },
      port,
    );
    browser = await launchChromium();
    page = await dutchPage(browser);
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname === '/auth') authorizeOrigins.push(url.origin);
    });
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    uwv?.process.kill('SIGTERM');
    groningen?.process.kill('SIGTERM');
  });

  it("allows both providers' origins in connect-src", async () => {
    const response = await page.goto(`${app.url}/werkgevers`);
    expect(response?.headers()['content-security-policy']).toContain(
      `connect-src 'self' ${uwv.issuer} ${groningen.issuer};`,
    );
  });

  it('offers one button per provider and signs in at the one chosen', async () => {
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    await page.getByText('Kies de organisatie waar u werkt').waitFor();
    expect(await page.getByRole('button', { name: /^Aanmelden via / }).allTextContents()).toEqual([
      'Aanmelden via UWV',
      'Aanmelden via Gemeente Groningen',
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Aanmelden via Gemeente Groningen' }).click();

    await page.locator('input[name="login"]').fill('demo|admin@groningen.demo');
    await page.locator('input[name="password"]').fill('test');
    await page.locator('button[type="submit"]').click();
    await page.locator('button[type="submit"]', { hasText: 'Continue' }).click();

    await page.getByRole('heading', { level: 1, name: 'Werkgevers' }).waitFor();
    expect(authorizeOrigins).toEqual([groningen.issuer]);
    const token = (await tokenOf(page))!;
    expect(JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString())).toMatchObject({
      iss: groningen.issuer,
      sub: 'demo|admin@groningen.demo',
    });
    // The page reached the API with that token: the municipality's administrator is signed in.
    await page.getByRole('link', { name: 'Vandaag' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welkom, Beheerder Gemeente Groningen' }).waitFor();
  });

  it("lets the administrator choose a new colleague's provider among the organisation's own", async () => {
    await page.getByRole('link', { name: 'Gebruikers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gebruikers' }).waitFor();
    // The demo users were recorded without an issuer: any provider of the organisation signs them in.
    await page.getByText('Meldt zich aan via: elke identiteitsprovider van de organisatie').first().waitFor();
    await page.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
    const form = page.getByRole('form', { name: 'Gebruiker toevoegen' });
    const subject = `entra|${Date.now()}`;
    await form.getByLabel('Naam').fill('Nieuwe collega');
    await form.getByLabel('E-mailadres (werk)').fill(`nieuw-${Date.now()}@groningen.example`);
    await form.getByLabel('Aanmeldcode (subject)').fill(subject);
    await form.getByLabel('Accountmanager').check();
    expect(await form.getByLabel('Identiteitsprovider').locator('option').allTextContents()).toEqual([
      'Kies de identiteitsprovider',
      'Gemeente Groningen',
      'Gemeente Groningen (nieuw)',
    ]);
    await form.getByRole('button', { name: 'Gebruiker opslaan' }).click();
    await form.getByText('Kies via welke identiteitsprovider deze persoon zich aanmeldt.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await form.getByLabel('Identiteitsprovider').selectOption({ label: 'Gemeente Groningen (nieuw)' });
    await form.getByRole('button', { name: 'Gebruiker opslaan' }).click();
    await page.getByText('Meldt zich aan via: Gemeente Groningen (nieuw)').waitFor();
    const [user] = await app.dataSource.query('SELECT issuer FROM app_user WHERE subject = $1', [subject]);
    expect(user).toEqual({ issuer: 'https://id-nieuw.groningen.example' });
  });
});
