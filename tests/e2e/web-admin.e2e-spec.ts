/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchChromium } from '../support/browser';
import { TestApp } from '../support/test-app';

/** An organisation's administrator in a real Chromium: their people, added, given roles, deactivated. */
describe('web app for administrators', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  const subject = `webtest|${Date.now()}`;
  const email = `nieuwe.collega.${Date.now()}@wpda.demo`;

  beforeAll(async () => {
    app = await TestApp.start({ RUN_WORKERS: 'false' });
    browser = await launchChromium();
    page = await (await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' })).newPage();
    page.setDefaultTimeout(15_000);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const userRow = () => app.dataSource.query('SELECT roles, active FROM app_user WHERE subject = $1', [subject]);

  it('adds a colleague to the organisation, changes their roles, deactivates and reactivates them', async () => {
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Aanmelden als Beheerder Werkplein Drentsche Aa' }).click();
    await page.getByRole('link', { name: 'Gebruikers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gebruikers' }).waitFor();
    await page.getByRole('rowheader', { name: /Beheerder Werkplein Drentsche Aa \(u\)/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
    await page.getByRole('button', { name: 'Gebruiker opslaan' }).click();
    await page.getByText('Kies ten minste één rol.').waitFor();
    await page.getByLabel('Naam', { exact: true }).fill('Nieuwe Collega');
    await page.getByLabel('E-mailadres (werk)').fill(email);
    await page.getByLabel('Aanmeldcode (subject)').fill(subject);
    await page.getByRole('checkbox', { name: 'werkcoach' }).check();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Gebruiker opslaan' }).click();
    const row = page.getByRole('row', { name: /Nieuwe Collega/ });
    await row.waitFor();
    expect(await userRow()).toEqual([{ roles: ['JOB_COACH'], active: true }]);

    await row.getByRole('button', { name: 'Rollen van Nieuwe Collega wijzigen' }).click();
    await row.getByRole('checkbox', { name: 'accountmanager' }).check();
    await row.getByRole('button', { name: 'Rollen opslaan' }).click();
    await row.getByText('werkcoach, accountmanager').waitFor();
    expect((await userRow())[0].roles.sort()).toEqual(['ACCOUNT_MANAGER', 'JOB_COACH']);

    await row.getByRole('button', { name: 'Nieuwe Collega op inactief zetten' }).click();
    await row.getByRole('button', { name: 'Nieuwe Collega weer actief maken' }).waitFor();
    expect((await userRow())[0].active).toBe(false);
    await row.getByRole('button', { name: 'Nieuwe Collega weer actief maken' }).click();
    await row.getByRole('button', { name: 'Nieuwe Collega op inactief zetten' }).waitFor();
    expect((await userRow())[0].active).toBe(true);
    mkdirSync(resolve(__dirname, '../../dist/screenshots'), { recursive: true });
    await page.screenshot({ path: resolve(__dirname, '../../dist/screenshots/gebruikers.png') });
  });

  it('refuses to let an administrator lock themselves out, and says why', async () => {
    const me = page.getByRole('row', { name: /Beheerder Werkplein Drentsche Aa \(u\)/ });
    await me.getByRole('button', { name: 'Rollen van Beheerder Werkplein Drentsche Aa wijzigen' }).click();
    await me.getByRole('checkbox', { name: 'beheerder' }).uncheck();
    await me.getByRole('checkbox', { name: 'werkcoach' }).check();
    await me.getByRole('button', { name: 'Rollen opslaan' }).click();
    await me.getByRole('alert').waitFor();
    const [admin] = await app.dataSource.query("SELECT roles FROM app_user WHERE email = 'admin@wpda.demo'");
    expect(admin.roles).toEqual(['ADMIN']);
    expect(await axeViolations(page)).toEqual([]);
  });
});
