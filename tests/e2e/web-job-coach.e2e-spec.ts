import { createVacancy } from '../factories/vacancy.factory';
import { graphql } from '../gql';
/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createEmployer } from '../factories/employer.factory';
import {
  axeViolations,
  expectIdempotencyKeys,
  launchChromium,
  recordOperations,
  SentOperation,
} from '../support/browser';
import { TestApp } from '../support/test-app';

const AM = 'accountmanager@uwv.demo';
/** Automonteurs: an occupation no other test's profiles or vacancies use, so matching here meets only our own. */
const OCCUPATION = '7231';
const SCREENSHOTS = resolve(__dirname, '../../dist/screenshots');

/** The job coach's day in a real Chromium against the real API: candidates, the inbox, the proposals board. */
describe('web app for job coaches', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  let profileId: string;
  let publicCode: string;
  let vacancyId: string;
  const consoleErrors: string[] = [];
  let sent: SentOperation[];

  beforeAll(async () => {
    app = await TestApp.start({ RUN_WORKERS: 'true' });
    browser = await launchChromium();
    page = await (await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' })).newPage();
    page.setDefaultTimeout(15_000);
    sent = recordOperations(page);
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const expectAccessible = async () => expect(await axeViolations(page)).toEqual([]);

  it("starts a job coach in the inbox, with a coach's menu and their organisation", async () => {
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Aanmelden als Werkcoach UWV Noord' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inbox' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/inbox');
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await menu.getByRole('link', { name: 'Mijn kandidaten' }).waitFor();
    expect(await menu.getByRole('link', { name: 'Werkgevers' }).count()).toBe(0);
    await page.getByText('UWV Noord · werkcoach').waitFor();
    await expectAccessible();
  });

  it('adds a candidate: occupation by job title, the privacy guard at the field while typing, Max-WW with its month', async () => {
    await page.getByRole('link', { name: 'Mijn kandidaten' }).click();
    await page.getByRole('link', { name: 'Kandidaat toevoegen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kandidaat toevoegen' }).waitFor();
    await page.getByRole('radio', { name: 'Publieke taak (wettelijke grondslag)' }).check();
    await page.getByLabel('Gewenste beroepen').fill('automonteur');
    await page.getByRole('checkbox', { name: /^Automonteurs \(7231\)$/ }).check();
    await page.getByRole('checkbox', { name: 'APK-keuren' }).check();
    await page.getByLabel('Opleidingsniveau').selectOption('MBO_2');
    await page.getByLabel('Uren per week, minimaal').fill('32');
    await page.getByLabel('Uren per week, maximaal').fill('40');
    await page.getByLabel('Beschikbaar vanaf (maand)').fill('2027-01');
    await page.getByLabel('Woongemeente').selectOption('GM0014');
    await page.getByRole('checkbox', { name: 'Max-WW' }).check();
    await page.getByLabel('Einde WW-uitkering (maand)').fill('2027-03');
    await page.getByLabel('Klantnummer (optioneel)').fill('WEB-4711');
    const pitch = page.getByLabel('Korte beschrijving');
    await pitch.fill('Meneer De Vries zoekt werk als monteur');
    // The guard's answer while typing, at the field, before anything is saved.
    await page
      .locator('#profiel-pitch-fout')
      .getByText(/persoonsgegevens \(naam\)/)
      .waitFor();
    await expectAccessible();
    await pitch.fill('Ervaren monteur, zoekt vaste uren in de stad.');
    await page.locator('#profiel-pitch-fout').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Kandidaat opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: /^Kandidaat K-/ }).waitFor();
    await expectAccessible();
    profileId = new URL(page.url()).pathname.split('/')[2];
    const [saved] = await app.dataSource.query(
      `SELECT public_code AS "publicCode", status, occupation_codes AS occupations, skill_codes AS skills,
              ww_end_month::text AS "wwEnd", owner_reference IS NOT NULL AS "hasReference"
         FROM candidate_profile WHERE id = $1`,
      [profileId],
    );
    expect(saved).toMatchObject({
      status: 'ACTIVE',
      occupations: [OCCUPATION],
      skills: ['TEC-02'],
      wwEnd: '2027-03-01',
      hasReference: true,
    });
    publicCode = saved.publicCode;
  });

  it('finds the candidate by code and renews one that expires soon', async () => {
    await app.dataSource.query(`UPDATE candidate_profile SET expires_on = current_date + 5 WHERE id = $1`, [profileId]);
    await page.getByRole('link', { name: 'Mijn kandidaten' }).click();
    await page.getByLabel('Zoek op code (K-…)').fill(publicCode.slice(0, 6));
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('link', { name: publicCode }).waitFor();
    await expectAccessible();
    await page.getByRole('button', { name: `${publicCode} verlengen` }).click();
    await page.getByRole('button', { name: `${publicCode} verlengen` }).waitFor({ state: 'detached' });
    const [{ days }] = await app.dataSource.query(
      'SELECT expires_on - current_date AS days FROM candidate_profile WHERE id = $1',
      [profileId],
    );
    expect(days).toBeGreaterThan(150);
  });

  it("answers an account manager's interest from the inbox: the agreement asked, then proposed", async () => {
    const employer = await createEmployer(app, AM, { municipalityCode: 'GM0014' });
    const vacancy = await createVacancy(app, AM, {
      employerId: employer.id,
      title: 'Automonteur APK',
      occupationCode: OCCUPATION,
      hoursMin: 32,
      hoursMax: 40,
      municipalityCode: 'GM0014',
      contractType: 'PERMANENT',
    });
    vacancyId = vacancy.id;
    const deadline = Date.now() + 30_000;
    while (
      (
        await app.dataSource.query('SELECT 1 FROM suggestion WHERE vacancy_id = $1 AND profile_id = $2', [
          vacancyId,
          profileId,
        ])
      ).length === 0
    ) {
      if (Date.now() > deadline) throw new Error('the candidate was not suggested');
      await new Promise((resolveWait) => setTimeout(resolveWait, 200));
    }
    const interest = await app.graphql(
      graphql(`
        mutation WebJobCoachExpressInterest($input: ExpressInterestInput!) {
          expressInterest(input: $input) {
            id
          }
        }
      `),
      { input: { vacancyId, profileId, note: 'Garage zoekt iemand met APK-ervaring' } },
      { as: AM },
    );
    expect(interest.errors).toBeUndefined();

    // On a phone: the inbox fits, and says who asked and how to reach them.
    await page.setViewportSize({ width: 390, height: 800 });
    await page.getByRole('link', { name: /^Inbox/ }).click();
    const card = page.getByRole('region', { name: `${publicCode} voor Automonteur APK` });
    await card.getByText('Van Accountmanager UWV Noord (UWV Noord):').waitFor();
    await card.getByRole('link', { name: AM }).waitFor();
    await card.getByText('“Garage zoekt iemand met APK-ervaring”').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
    await expectAccessible();
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: resolve(SCREENSHOTS, 'inbox.png'), fullPage: true });

    await card.getByRole('button', { name: `${publicCode} voordragen` }).click();
    await card.getByLabel('Motivatie voor de werkgever').fill('Vijf jaar ervaring met APK, kan per direct.');
    await card.getByRole('button', { name: 'Voordragen', exact: true }).click();
    await card.getByText('Draag alleen voor als de kandidaat akkoord is.').waitFor();
    expect(await app.dataSource.query('SELECT 1 FROM proposal WHERE profile_id = $1', [profileId])).toHaveLength(0);
    await card.getByRole('checkbox', { name: 'De kandidaat is akkoord met deze voordracht' }).check();
    await card.getByRole('button', { name: 'Voordragen', exact: true }).click();
    await card.getByText('Voorgedragen. De accountmanager krijgt een melding.').waitFor();
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('moves the proposal on the board, each step with who and why', async () => {
    await page.getByRole('link', { name: 'Voordrachten' }).click();
    const proposed = page.getByRole('region', { name: /^Voorgedragen \(\d+\)$/ });
    const card = proposed.getByRole('article', { name: `${publicCode} voor Automonteur APK` });
    await card.getByText(/Voorgedragen door Werkcoach UWV Noord \(UWV Noord,/).waitFor();
    await expectAccessible();
    await card.getByRole('button', { name: `${publicCode}: kennismaking gehad` }).click();
    await card.getByRole('button', { name: 'Stap vastleggen' }).click();
    const introduced = page.getByRole('region', { name: /^Kennismaking \(\d+\)$/ });
    await introduced.getByRole('article', { name: `${publicCode} voor Automonteur APK` }).waitFor();
    const [{ status }] = await app.dataSource.query('SELECT status FROM proposal WHERE profile_id = $1', [profileId]);
    expect(status).toBe('INTRODUCED');
  });

  it('shows the fitting vacancies with why, and withdraws the profile only after one clear question, with a reason', async () => {
    await page.goto(`${app.url}/kandidaten/${profileId}`);
    await page.getByRole('heading', { level: 2, name: 'Vacatures die passen' }).waitFor();
    await page.getByRole('list', { name: 'Waarom deze vacature' }).first().waitFor();
    await page.getByRole('button', { name: 'Profiel intrekken' }).click();
    await page.getByText(/wordt definitief verwijderd/).waitFor();
    await expectAccessible();
    const confirm = page.getByRole('button', { name: `Ja, ${publicCode} definitief intrekken` });
    // Without a reason nothing is deleted: the question says what is missing and the first choice has the focus.
    await confirm.click();
    await page.getByText('Kies een reden.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('intrekken-WORK_FOUND_ELSEWHERE');
    expect(await app.dataSource.query('SELECT 1 FROM candidate_profile WHERE id = $1', [profileId])).toHaveLength(1);
    await expectAccessible();
    await page.getByRole('group', { name: 'Waarom wordt het profiel ingetrokken?' }).waitFor();
    await page.getByRole('radio', { name: 'Verhuisd uit de regio' }).check();
    await confirm.click();
    await page.getByRole('heading', { level: 1, name: 'Mijn kandidaten' }).waitFor();
    expect(await app.dataSource.query('SELECT 1 FROM candidate_profile WHERE id = $1', [profileId])).toHaveLength(0);
    const withdrawals = sent.filter((operation) => operation.operationName === 'WithdrawCandidate');
    expect(withdrawals.map((operation) => operation.variables)).toEqual([{ id: profileId, reason: 'MOVED_AWAY' }]);
  });

  it("works at 320 px wide (and so at 400% zoom): the coach's every page", async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ['/inbox', '/kandidaten', '/kandidaten/nieuw', '/voordrachten']) {
      await page.goto(`${app.url}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect({ path, overflow }).toEqual({ path, overflow: 0 });
      expect(await axeViolations(page)).toEqual([]);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('sends an idempotency key with every create it made', () => {
    expectIdempotencyKeys(sent, ['CreateCandidate']);
  });

  it('logs no errors in the browser', () => {
    expect(consoleErrors).toEqual([]);
  });
});
