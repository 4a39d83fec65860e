/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { createProfile } from '../factories/candidate-profile.factory';
import {
  axeViolations,
  expectIdempotencyKeys,
  launchChromium,
  recordOperations,
  SentOperation,
} from '../support/browser';
import { TestApp } from '../support/test-app';

/** An organisation's administrator in a real Chromium: their people, added, given roles, deactivated. */
describe('web app for administrators', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  const subject = `webtest|${Date.now()}`;
  const email = `nieuwe.collega.${Date.now()}@wpda.demo`;
  let sent: SentOperation[];

  beforeAll(async () => {
    // Workers on: an import is a queue job.
    app = await TestApp.start({ RUN_WORKERS: 'true' });
    browser = await launchChromium();
    page = await (
      await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', acceptDownloads: true })
    ).newPage();
    page.setDefaultTimeout(15_000);
    sent = recordOperations(page);
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

  it("corrects a colleague's name, e-mail and sign-in code, and offers to reactivate rather than add someone again", async () => {
    const row = page.getByRole('row', { name: /Nieuwe Collega/ });
    await row.getByText(`Aanmeldcode: ${subject}`).waitFor();
    await row.getByRole('button', { name: 'Gegevens van Nieuwe Collega corrigeren' }).click();
    const form = page.getByRole('form', { name: 'Gegevens van Nieuwe Collega' });
    await form.getByLabel('Aanmeldcode (subject)').fill(' ');
    await form.getByRole('button', { name: 'Gegevens opslaan' }).click();
    await form.getByText('Vul dit in.').waitFor();
    await form.getByLabel('Aanmeldcode (subject)').fill(`${subject}-gecorrigeerd`);
    await form.getByLabel('Naam', { exact: true }).fill('Nieuwe Collega-Jansen');
    expect(await axeViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Gegevens opslaan' }).click();
    await page.getByRole('rowheader', { name: /^Nieuwe Collega-Jansen/ }).waitFor();
    expect(
      await app.dataSource.query('SELECT display_name FROM app_user WHERE subject = $1', [`${subject}-gecorrigeerd`]),
    ).toEqual([{ display_name: 'Nieuwe Collega-Jansen' }]);

    const corrected = page.getByRole('row', { name: /Nieuwe Collega-Jansen/ });
    await corrected.getByRole('button', { name: 'Nieuwe Collega-Jansen op inactief zetten' }).click();
    await corrected.getByRole('button', { name: 'Nieuwe Collega-Jansen weer actief maken' }).waitFor();
    await page.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
    await page.getByLabel('Naam', { exact: true }).fill('Nieuwe Collega');
    await page.getByLabel('E-mailadres (werk)').fill(email);
    await page.getByLabel('Aanmeldcode (subject)').fill(`${subject}-opnieuw`);
    await page.getByRole('checkbox', { name: 'werkcoach' }).check();
    await page.getByRole('button', { name: 'Gebruiker opslaan' }).click();
    const offer = page.getByRole('alert').filter({ hasText: 'staat op inactief' });
    await offer.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await offer.getByRole('button', { name: 'Nieuwe Collega-Jansen weer actief maken' }).click();
    await corrected.getByRole('button', { name: 'Nieuwe Collega-Jansen op inactief zetten' }).waitFor();
    expect(await app.dataSource.query('SELECT active FROM app_user WHERE email = $1', [email])).toEqual([
      { active: true },
    ]);
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

  it("shows a colleague whose mail the mail server refused, with the server's answer", async () => {
    await app.dataSource.query(
      `INSERT INTO mail_address_problem (user_id, address, reason)
       SELECT id, email, 'EENVELOPE: 550 5.1.1 Mailbox does not exist' FROM app_user WHERE email = $1`,
      [email],
    );
    await page.reload();
    const row = page.getByRole('row', { name: /Nieuwe Collega/ });
    await row.getByText(/E-mail kwam niet aan .*550 5\.1\.1 Mailbox does not exist\. Controleer het adres\./).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('imports a CSV of employers: progress to the end, refused rows by line and column, and a file to fix them in', async () => {
    const base = 70_000_000 + (Date.now() % 9_000_000);
    const file = [
      'kvk_nummer,naam,postcode,gemeentecode',
      `${base},Webimport Goed Bedrijf,9401 AB,GM0106`,
      `123,Webimport Te Kort,9401 AB,GM0106`,
    ].join('\n');
    await page.getByRole('link', { name: 'Imports' }).click();
    await page.getByRole('heading', { level: 1, name: 'Importeren' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // A workbook that was only renamed: the API recognises it, and the page says so beside the file.
    await page
      .getByLabel('Bestand')
      .setInputFiles({ name: 'export.csv', mimeType: 'text/csv', buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0]) });
    await page.getByRole('button', { name: 'Importeren', exact: true }).click();
    await page.getByText('Dit is een Excel-bestand.', { exact: false }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page
      .getByLabel('Bestand')
      .setInputFiles({ name: 'export.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
    const upload = page.waitForRequest((request) => new URL(request.url()).pathname === '/imports');
    await page.getByRole('button', { name: 'Importeren', exact: true }).click();
    // The file goes as multipart, streamed by the browser, not as base64 inside GraphQL.
    const headers = (await upload).headers();
    expect(headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    await page.getByRole('status').filter({ hasText: '2 van 2 regels gelezen: 1 verwerkt, 1 geweigerd.' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Geweigerde regels' }).waitFor();
    await page.getByRole('row', { name: /^3 kvk_nummer / }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const refused = await downloaded(page, 'Geweigerde regels downloaden om te verbeteren (CSV)');
    expect(refused.name).toBe('geweigerd-export.csv');
    const lines = refused.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe('kvk_nummer,naam,postcode,gemeentecode,fout');
    expect(lines[1]).toMatch(/^123,Webimport Te Kort,9401 AB,GM0106,"kvk_nummer: .+"$/);
    expect(lines).toHaveLength(2);
    expect(await app.dataSource.query('SELECT legal_name FROM employer WHERE kvk_number = $1', [String(base)])).toEqual(
      [{ legal_name: 'Webimport Goed Bedrijf' }],
    );
  });

  it("reads the audit log of the organisation's people, filtered, and exports it", async () => {
    // More than one page (50) of events by this coach: the next page adds to the rows already shown.
    for (let i = 0; i < 51; i++) await createProfile(app, 'jobcoach@wpda.demo');
    await page.getByRole('link', { name: 'Auditlog' }).click();
    await page.getByRole('heading', { level: 1, name: 'Auditlog' }).waitFor();
    await page.getByLabel('Wie').selectOption({ label: 'Werkcoach Werkplein Drentsche Aa' });
    await page.getByLabel('Actie').selectOption({ label: 'aangemaakt' });
    const row = page.getByRole('row', {
      name: /Werkcoach Werkplein Drentsche Aa \(Werkplein Drentsche Aa\) aangemaakt kandidaatprofiel/,
    });
    await row.first().waitFor();
    expect(new URL(page.url()).searchParams.get('actie')).toBe('CREATE');
    const rows = page.getByRole('row', { name: /aangemaakt kandidaatprofiel/ });
    await page.getByRole('button', { name: 'Meer laden' }).waitFor();
    expect(await rows.count()).toBe(50);
    await page.getByRole('button', { name: 'Meer laden' }).click();
    await rows.nth(50).waitFor();
    expect(await rows.count()).toBeGreaterThan(50);
    expect(await axeViolations(page)).toEqual([]);
    const exported = await downloaded(page, 'Exporteren (CSV)');
    expect(exported.name).toMatch(/^auditlog-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = exported.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe('Wanneer;Wie;Actie;Waarop;id;Doel');
    expect(lines.length).toBeGreaterThan(1);
    expect(
      lines
        .slice(1)
        .every((line) => line.includes(';Werkcoach Werkplein Drentsche Aa (Werkplein Drentsche Aa);aangemaakt;')),
    ).toBe(true);
  });

  it('sends an idempotency key with every create it made', () => {
    expectIdempotencyKeys(sent, ['AddUser']); // the upload sends its key as a header (see the import)
  });

  it("works at 320 px wide (and so at 400% zoom): the administrator's every page", async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ['/beheer/gebruikers', '/beheer/imports', '/beheer/auditlog']) {
      await page.goto(`${app.url}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect({ path, overflow }).toEqual({ path, overflow: 0 });
      expect(await axeViolations(page)).toEqual([]);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});

/** Clicks a download link or button and reads the file the browser saves. */
async function downloaded(page: Page, name: string): Promise<{ name: string; text: string }> {
  const [download]: [Download, unknown] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole(name.startsWith('Exporteren') ? 'button' : 'link', { name }).click(),
  ]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}
