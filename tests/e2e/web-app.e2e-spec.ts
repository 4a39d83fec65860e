import { createVacancy } from '../factories/vacancy.factory';
import { graphql } from '../gql';
/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { NotificationKind, NotificationService } from '@wsp/notifications';
import { Transactions } from '@wsp/platform';
import { createProfile } from '../factories/candidate-profile.factory';
import { createEmployer } from '../factories/employer.factory';
import { axeViolations, expectIdempotencyKeys, launchChromium } from '../support/browser';
import { TestApp } from '../support/test-app';

const AM = 'accountmanager@uwv.demo';
const SCREENSHOTS = resolve(__dirname, '../../dist/screenshots');

/** The web app in a real Chromium against the real API and PostgreSQL: the account manager's screens, by keyboard. */
describe('web app', () => {
  let app: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const requested: string[] = [];
  const creates: { operationName?: string; variables?: Record<string, unknown> }[] = [];
  const consoleErrors: string[] = [];
  let employer: { id: string; name: string };
  let vacancyId: string;

  beforeAll(async () => {
    // Workers on: a vacancy made here is matched as in production.
    app = await TestApp.start({ RUN_WORKERS: 'true' });
    const name = `Schildersbedrijf Webtest ${Date.now()}`;
    const created = await createEmployer(app, AM, { legalName: name, city: 'Assen', keyAccount: true });
    employer = { id: created.id, name };
    for (const coach of ['jobcoach@uwv.demo', 'jobcoach@groningen.demo']) {
      await createProfile(app, coach, {
        occupationCodes: ['7512'],
        skillCodes: [],
        targetGroups: [],
        wwEndMonth: null,
      });
    }
    const vacancyResponse = await createVacancy(app, AM, {
      employerId: employer.id,
      title: 'Bakker broodafdeling',
      occupationCode: '7512',
      hoursMin: 24,
      hoursMax: 38,
      municipalityCode: 'GM0014',
      contractType: 'PERMANENT',
    });
    vacancyId = vacancyResponse.id;
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
    page = await context.newPage();
    page.on('request', (request) => {
      requested.push(request.url());
      const body = request.method() === 'POST' && request.url().endsWith('/graphql') ? request.postData() : null;
      if (body) creates.push(JSON.parse(body) as { operationName?: string; variables?: Record<string, unknown> });
    });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.setDefaultTimeout(15_000);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const expectAccessible = async () => expect(await axeViolations(page)).toEqual([]);

  it('serves the app at / with a strict Content-Security-Policy, and client routes fall back to the app', async () => {
    const response = await page.goto(app.url);
    expect(response?.status()).toBe(200);
    const policy = response?.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("default-src 'self'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    const deepLink = await fetch(`${app.url}/werkgevers/00000000-0000-4000-8000-000000000000`);
    expect(deepLink.status).toBe(200);
    expect(await deepLink.text()).toContain('<div id="root">');
    // The API is unchanged beside it.
    expect((await fetch(`${app.url}/health/live`)).status).toBe(200);
    expect((await fetch(`${app.url}/config.json`).then((r) => r.json())) as unknown).toEqual({
      auth: { mode: 'development' },
      devMailbox: true,
    });
  });

  it('signs a demo user in with one click from the sign-in page', async () => {
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    await expectAccessible();
    await page.getByRole('button', { name: 'Aanmelden als Accountmanager UWV Noord' }).click();
    await page.getByRole('heading', { level: 1, name: /^Welkom, Accountmanager UWV Noord$/ }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Mijn bezoeken deze week' }).waitFor();
    await expectAccessible();
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: resolve(SCREENSHOTS, 'vandaag.png'), fullPage: true });
  });

  it('is usable by keyboard: a skip link first, the menu, visible focus', async () => {
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Naar de inhoud' });
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const menuItem = page.getByRole('link', { name: 'Werkgevers' });
    expect(await menuItem.evaluate((element) => element === document.activeElement)).toBe(true);
    const outline = await menuItem.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Werkgevers' }).waitFor();
  });

  it('finds an employer in the book and opens it', async () => {
    await page.getByRole('heading', { level: 1, name: 'Werkgevers' }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /werkgevers$/ })
      .waitFor();
    await expectAccessible();
    await page.getByLabel('Zoek op naam, KvK-nummer of plaats').fill('Webtest');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.waitForURL(/zoek=Webtest/);
    await page.getByRole('link', { name: employer.name }).waitFor();
    // Filters narrow the book and stay in the address.
    await page.getByLabel('Open vacatures').selectOption({ label: 'Zonder open vacatures' });
    await page.getByRole('link', { name: employer.name }).waitFor({ state: 'detached' });
    await page.getByLabel('Open vacatures').selectOption({ label: 'Met open vacatures' });
    await page.getByLabel('Geen contact in').selectOption({ label: '90 dagen of langer' });
    const row = page.getByRole('row', { name: new RegExp(employer.name) });
    await row.getByRole('cell', { name: 'nog niet' }).waitFor();
    expect(new URL(page.url()).search).toBe('?zoek=Webtest&vacatures=ja&geencontact=90');
    await page.getByLabel('Accountmanager').selectOption({ label: 'Ik (leidend accountmanager)' });
    await row.waitFor();
    await expectAccessible();
    await page.getByRole('link', { name: employer.name }).click();
    await page.getByRole('heading', { level: 1, name: employer.name }).waitFor();
    expect(page.url()).toBe(`${app.url}/werkgevers/${employer.id}`);
    await expectAccessible();
  });

  it('opens a vacancy with suggestions from both pools, explained, and shows interest or dismisses with a reason', async () => {
    const deadline = Date.now() + 30_000;
    while ((await app.dataSource.query('SELECT 1 FROM suggestion WHERE vacancy_id = $1', [vacancyId])).length < 2) {
      if (Date.now() > deadline) throw new Error('the vacancy was not matched');
      await new Promise((resolveWait) => setTimeout(resolveWait, 200));
    }
    // Vandaag tells me there are new candidates for my vacancy, and leads there.
    await page.getByRole('link', { name: 'Vandaag' }).click();
    const news = page.getByRole('region', { name: 'Nieuwe kandidaten voor mijn vacatures' });
    await news.getByText(/^Bakker broodafdeling: 2 nieuw \(beste score \d+\)$/).waitFor();
    await expectAccessible();
    await news.getByRole('link', { name: 'Bakker broodafdeling' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bakker broodafdeling' }).waitFor();
    const candidates = page.getByRole('heading', { level: 3, name: /^\d+\. Kandidaat K-/ });
    await candidates.first().waitFor();
    expect(await candidates.count()).toBe(2);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'vacature.png'), fullPage: true });
    await page.getByText('UWV', { exact: false }).first().waitFor();
    await page
      .getByText(/gemeente/)
      .first()
      .waitFor();
    await expectAccessible();

    const first = (await candidates.nth(0).textContent())!.replace(/^\d+\. Kandidaat /, '');
    const second = (await candidates.nth(1).textContent())!.replace(/^\d+\. Kandidaat /, '');
    await page.getByRole('button', { name: `Interesse tonen in ${first}` }).click();
    await page.getByText('Uw interesse is doorgegeven aan de werkcoach van deze kandidaat.').waitFor();
    const interests = await app.dataSource.query('SELECT status FROM interest WHERE vacancy_id = $1', [vacancyId]);
    expect(interests).toHaveLength(1);

    await page.getByRole('button', { name: `Afwijzen: ${second}` }).click();
    const reason = page.getByLabel('Waarom past deze kandidaat niet? (zonder persoonsgegevens)');
    await reason.fill('Past niet, zegt dhr. Bakker');
    await page.getByRole('button', { name: 'Afwijzen', exact: true }).click();
    await page.getByText(/persoonsgegevens \(naam\)/).waitFor();
    expect(await reason.inputValue()).toBe('Past niet, zegt dhr. Bakker');
    await expectAccessible();
    await reason.fill('Zoekt alleen werk binnen, geen buitenschilderwerk');
    await page.getByRole('button', { name: 'Afwijzen', exact: true }).click();
    await page.getByText('Afgewezen. De kandidaat staat niet meer in de lijst.').waitFor();

    await page.getByRole('button', { name: 'Opnieuw matchen' }).click();
    await page.getByText('Matchen is aangevraagd; de lijst wordt zo bijgewerkt.').waitFor();
    await page.goto(`${app.url}/werkgevers/${employer.id}`);
    await page.getByRole('heading', { level: 1, name: employer.name }).waitFor();
  });

  it('shows the API refusing personal data in a note next to the field, keeps the text, and saves a clean note', async () => {
    const note = page.getByLabel('Notitie', { exact: true });
    await note.fill('Bel de kandidaat op 06-12345678');
    await page.getByRole('button', { name: 'Notitie opslaan' }).click();
    const fieldError = page.locator('#notitie-fout');
    await fieldError.waitFor();
    expect(await fieldError.textContent()).toContain('telefoonnummer');
    expect(await note.inputValue()).toBe('Bel de kandidaat op 06-12345678');
    expect(await note.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible();
    await note.fill('Werkgever zoekt twee schilders voor het voorjaar.');
    await page.getByRole('button', { name: 'Notitie opslaan' }).click();
    await page.getByText('De notitie is opgeslagen.').waitFor();
    await page.getByText(/Werkgever zoekt twee schilders voor het voorjaar\./).waitFor();
    const [{ count }] = await app.dataSource.query(
      `SELECT count(*)::int AS count FROM employer_timeline_entry WHERE employer_id = $1 AND kind = 'NOTE'`,
      [employer.id],
    );
    expect(count).toBe(1);
  });

  it("edits the employer's details; someone else's save in between is a conflict that keeps the typed text", async () => {
    await page.getByRole('button', { name: 'Gegevens wijzigen' }).click();
    const city = page.getByLabel('Plaats', { exact: true });
    await city.fill('Assen-Noord');
    await expectAccessible();
    const [{ version }] = await app.dataSource.query('SELECT version FROM employer WHERE id = $1', [employer.id]);
    const elsewhere = await app.graphql(
      graphql(`
        mutation WebAppUpdateEmployer($input: UpdateEmployerInput!) {
          updateEmployer(input: $input) {
            version
          }
        }
      `),
      { input: { id: employer.id, version, website: 'www.schildersbedrijf-webtest.nl' } },
      { as: 'accountmanager@wpda.demo' },
    );
    expect(elsewhere.errors).toBeUndefined();
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByText(/Iemand anders heeft dit intussen gewijzigd/).waitFor();
    expect(await city.inputValue()).toBe('Assen-Noord');
    await page.getByRole('button', { name: 'Nieuwste versie laden' }).click();
    await page.getByLabel('Website').and(page.locator('[value="www.schildersbedrijf-webtest.nl"]')).waitFor();
    await page.getByLabel('Plaats', { exact: true }).fill('Assen-Noord');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByText('De gegevens zijn opgeslagen.').waitFor();
    const [saved] = await app.dataSource.query('SELECT city, website FROM employer WHERE id = $1', [employer.id]);
    expect(saved).toEqual({ city: 'Assen-Noord', website: 'www.schildersbedrijf-webtest.nl' });
  });

  it('adds an employer: its KvK number checked, possible duplicates shown before saving, the existing one linked', async () => {
    await page.getByRole('link', { name: 'Werkgevers', exact: true }).click();
    await page.getByRole('link', { name: 'Werkgever toevoegen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Werkgever toevoegen' }).waitFor();
    await expectAccessible();
    await page.getByLabel('KvK-nummer').fill('1234');
    await page.getByRole('button', { name: 'Werkgever opslaan' }).click();
    await page.getByText('Een KvK-nummer heeft 8 cijfers.').waitFor();
    await page.getByText('Vul dit in.').waitFor();
    await expectAccessible();

    const [{ kvk }] = await app.dataSource.query('SELECT kvk_number AS kvk FROM employer WHERE id = $1', [employer.id]);
    await page.getByLabel('KvK-nummer').fill(kvk);
    await page.getByRole('heading', { level: 2, name: 'Staat deze werkgever er al in?' }).waitFor();
    await page.getByRole('link', { name: employer.name }).waitFor();
    await expectAccessible();
    await page.getByLabel('Statutaire naam').fill('Dubbel ingevoerd B.V.');
    await page.getByRole('button', { name: 'Werkgever opslaan' }).click();
    await page.getByRole('link', { name: 'Open de werkgever die er al is' }).waitFor();
    expect(await page.getByLabel('Statutaire naam').inputValue()).toBe('Dubbel ingevoerd B.V.');

    const newKvk = String(10_000_000 + Math.floor(Math.random() * 89_999_999));
    await page.getByLabel('KvK-nummer').fill(newKvk);
    await page.getByLabel('Statutaire naam').fill(`Nieuw Webtestbedrijf ${newKvk} B.V.`);
    await page.getByLabel('Plaats').fill('Assen');
    await page.getByRole('button', { name: 'Werkgever opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: `Nieuw Webtestbedrijf ${newKvk} B.V.` }).waitFor();
    const [created] = await app.dataSource.query('SELECT id, city FROM employer WHERE kvk_number = $1', [newKvk]);
    expect(created.city).toBe('Assen');
    expect(page.url()).toBe(`${app.url}/werkgevers/${created.id}`);
  });

  it('returns to the employer page', async () => {
    await page.goto(`${app.url}/werkgevers/${employer.id}`);
    await page.getByRole('heading', { level: 1, name: employer.name }).waitFor();
  });

  it('adds a vacancy: the occupation found by a misspelt job title, skills, hours the API checks; then edits and pauses it', async () => {
    await page.getByRole('link', { name: 'Vacature toevoegen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vacature toevoegen' }).waitFor();
    await page.getByLabel('Functietitel').fill('Schilder onderhoud');
    await page.getByLabel('Beroep', { exact: true }).fill('schlider');
    await page.getByRole('radio', { name: /^Schilders/ }).check();
    await page.getByText(/^Gekozen: Schilders \(7131\)$/).waitFor();
    await page.getByRole('checkbox', { name: 'Schilderen', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Schilderen is vereist' }).check();
    await page.getByLabel('Uren per week, minimaal').fill('40');
    await page.getByLabel('Uren per week, maximaal').fill('32');
    await page.getByLabel('Werkplaats (gemeente)').selectOption('GM0106');
    await page.getByLabel('Soort contract').selectOption('TEMPORARY');
    await page.getByLabel('Minimaal opleidingsniveau').selectOption('MBO_2');
    await page.getByLabel('Startdatum').fill('2027-03-01');
    await expectAccessible();
    await page.getByRole('button', { name: 'Vacature opslaan' }).click();
    // The API's own rule, next to its field; what was typed stays.
    await page.locator('#vacature-hoursMax-fout').waitFor();
    expect(await page.getByLabel('Functietitel').inputValue()).toBe('Schilder onderhoud');
    await expectAccessible();
    await page.getByLabel('Uren per week, minimaal').fill('24');
    await page.getByRole('button', { name: 'Vacature opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Schilder onderhoud' }).waitFor();
    await page.getByText('Schilderen (vereist)').waitFor();
    await page.getByText('Tijdelijk contract').waitFor();
    await expectAccessible();
    const [created] = await app.dataSource.query(
      `SELECT v.id, v.occupation_code AS occupation, v.hours_min AS "hoursMin", v.municipality_code AS municipality,
              v.start_date::text AS "startDate", array_agg(s.skill_code || ':' || s.required) AS skills
         FROM vacancy v JOIN vacancy_skill s ON s.vacancy_id = v.id
        WHERE v.employer_id = $1 AND v.title = 'Schilder onderhoud' GROUP BY v.id`,
      [employer.id],
    );
    expect(created).toMatchObject({
      occupation: '7131',
      hoursMin: 24,
      municipality: 'GM0106',
      startDate: '2027-03-01',
      skills: ['BOU-05:true'],
    });
    expect(page.url()).toBe(`${app.url}/vacatures/${created.id}`);

    await page.getByRole('link', { name: 'Vacature wijzigen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vacature wijzigen' }).waitFor();
    await page.getByLabel('Uren per week, maximaal').fill('36');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByText('24-36 uur', { exact: false }).waitFor();

    await page.getByRole('button', { name: 'Pauzeren' }).click();
    await page.getByRole('button', { name: 'Weer openzetten' }).waitFor();
    await page.getByText(/^Gepauzeerd/).waitFor();
    const [paused] = await app.dataSource.query('SELECT status, hours_max AS "hoursMax" FROM vacancy WHERE id = $1', [
      created.id,
    ]);
    expect(paused).toEqual({ status: 'ON_HOLD', hoursMax: 36 });
  });

  it("shows a vacancy's pipeline: the interest shown earlier, by the candidate's public code", async () => {
    await page.goto(`${app.url}/vacatures/${vacancyId}`);
    const interestRow = page.getByRole('row', { name: /^Interesse getoond 1 K-/ });
    await interestRow.waitFor();
    await expectAccessible();
    await page.goto(`${app.url}/werkgevers/${employer.id}`);
    await page.getByRole('heading', { level: 1, name: employer.name }).waitFor();
  });

  it('plans a joint visit with a colleague of a partner organisation, in Amsterdam time, and an overlap only on purpose', async () => {
    await page.getByRole('link', { name: 'Bezoek plannen' }).click();
    await page.getByRole('heading', { level: 1, name: `Bezoek plannen bij ${employer.name}` }).waitFor();
    await expectAccessible();
    const day = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    const [colleague] = await app.dataSource.query(
      `SELECT u.display_name AS name, o.name AS organisation FROM app_user u JOIN organisation o ON o.id = u.organisation_id
        WHERE u.email = 'accountmanager@wpda.demo'`,
    );
    const plan = async () => {
      await page.getByLabel('Datum').fill(day);
      await page.getByLabel('Begintijd').fill('10:00');
      await page.getByLabel('Eindtijd').fill('11:30');
      await page.getByLabel('Doel van het bezoek').fill('Kennismaking en personeelsbehoefte');
      // Found by part of the name, whatever partner organisation they work for.
      await page.getByLabel('Collega zoeken').fill('drentsche');
      await page.getByRole('button', { name: `${colleague.name} (${colleague.organisation}) uitnodigen` }).click();
      await page.getByText(`${colleague.name} (${colleague.organisation})`).waitFor();
      await page.getByRole('button', { name: 'Bezoek plannen' }).click();
    };
    await plan();
    await page.getByRole('heading', { level: 1, name: 'Bezoek gepland' }).waitFor();
    await expectAccessible();
    const visits = await app.dataSource.query(
      `SELECT to_char(v.starts_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD HH24:MI') AS local,
              (SELECT count(*)::int FROM visit_participant p WHERE p.visit_id = v.id) AS participants
         FROM visit v WHERE v.employer_id = $1`,
      [employer.id],
    );
    expect(visits).toEqual([{ local: `${day} 10:00`, participants: 2 }]);

    // The same time again: the planner is told of the overlap and plans only when they say so.
    await page.goto(`${app.url}/bezoeken/nieuw?werkgever=${employer.id}`);
    await plan();
    // Before anything is saved: the clashing visit (who, when, where) and the warning of a visit within 30 days.
    await page.getByRole('heading', { level: 2, name: 'Controleer voordat u plant' }).waitFor();
    await page
      .getByText(new RegExp(`^${colleague.name} heeft dan al een bezoek: .* bij ${employer.name}\\.$`))
      .waitFor();
    await page.getByText(/binnen 30 dagen nog een bezoek/).waitFor();
    await expectAccessible();
    const [{ count: before }] = await app.dataSource.query(
      'SELECT count(*)::int AS count FROM visit WHERE employer_id = $1',
      [employer.id],
    );
    expect(before).toBe(1);
    await page.getByRole('button', { name: 'Toch plannen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bezoek gepland' }).waitFor();
    const [{ count }] = await app.dataSource.query('SELECT count(*)::int AS count FROM visit WHERE employer_id = $1', [
      employer.id,
    ]);
    expect(count).toBe(2);
    // My agenda opens on the week of the visit, Monday to Sunday, both visits on their day.
    await page.getByRole('link', { name: 'Naar mijn bezoeken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bezoeken' }).waitFor();
    await page.getByRole('heading', { level: 2, name: /^Week van maandag .* tot en met zondag / }).waitFor();
    const visitDay = page.getByRole('region', { name: new RegExp(`^\\w+dag ${Number(day.slice(8))} `) });
    await visitDay
      .getByText(/Kennismaking en personeelsbehoefte/)
      .first()
      .waitFor();
    expect(await visitDay.getByText(/Kennismaking en personeelsbehoefte/).count()).toBe(2);
    await expectAccessible();
    await page.getByRole('link', { name: 'Volgende week' }).click();
    await page.getByRole('heading', { level: 2, name: /^Week van maandag/ }).waitFor();
    await page
      .getByText(/Kennismaking en personeelsbehoefte/)
      .first()
      .waitFor({ state: 'detached' });
    await page.getByRole('link', { name: 'Lijst' }).click();
    await page.getByRole('heading', { level: 2, name: 'Komende vier weken' }).waitFor();
    expect(await page.getByText(/Kennismaking en personeelsbehoefte/).count()).toBe(2);
    await expectAccessible();
    await page.goto(`${app.url}/werkgevers/${employer.id}`);
    await page.getByRole('heading', { level: 1, name: employer.name }).waitFor();
  });

  it('records the visit report on a phone (390 px): PII refused at the field, target groups, vacancies, follow-ups', async () => {
    const [{ id: visitId }] = await app.dataSource.query(
      'SELECT id FROM visit WHERE employer_id = $1 ORDER BY created_at LIMIT 1',
      [employer.id],
    );
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${app.url}/bezoeken/${visitId}`);
    await page.getByRole('heading', { level: 1, name: 'Kennismaking en personeelsbehoefte' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Deelnemers' }).waitFor();
    await expectAccessible();
    const report = page.getByLabel('Wat is besproken? (geen persoonsgegevens van werkzoekenden)');
    await report.fill('Besproken dat J.P. de Vries kan beginnen');
    await page.getByRole('button', { name: 'Verslag opslaan' }).click();
    await page.getByText(/persoonsgegevens \(naam\)/).waitFor();
    expect(await report.inputValue()).toBe('Besproken dat J.P. de Vries kan beginnen');
    await expectAccessible();
    await report.fill('Werkgever zoekt twee schilders; open voor de banenafspraak.');
    await page.getByLabel('banenafspraak').check();
    await page.getByLabel('Bakker broodafdeling').check();
    await page.getByRole('button', { name: 'Verslag opslaan' }).click();
    await page.getByText('Het verslag is opgeslagen.').waitFor();
    const [held] = await app.dataSource.query(
      'SELECT status, target_group_interest AS groups FROM visit WHERE id = $1',
      [visitId],
    );
    expect(held).toEqual({ status: 'HELD', groups: ['JOBS_AGREEMENT'] });

    await page.getByLabel('Nieuwe actie').fill('Offerte scholing sturen');
    await page.getByRole('button', { name: 'Actie toevoegen' }).click();
    await page.getByRole('button', { name: 'Afgerond: Offerte scholing sturen' }).click();
    await page.locator('s', { hasText: 'Offerte scholing sturen' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBe(0);
    await expectAccessible();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${app.url}/werkgevers/${employer.id}`);
    await page.getByRole('heading', { level: 1, name: employer.name }).waitFor();
  });

  it('adds a vacancy spotted during the visit from the visit page, and comes back with it ticked', async () => {
    const [{ id: visitId }] = await app.dataSource.query(
      'SELECT id FROM visit WHERE employer_id = $1 ORDER BY created_at LIMIT 1',
      [employer.id],
    );
    await page.goto(`${app.url}/bezoeken/${visitId}`);
    await page.getByRole('link', { name: 'Nieuwe vacature bij deze werkgever' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vacature toevoegen' }).waitFor();
    await page.getByLabel('Functietitel').fill('Kok lunchroom');
    await page.getByLabel('Beroep', { exact: true }).fill('kok');
    await page.getByRole('radio', { name: /^Koks/ }).check();
    await page.getByRole('button', { name: 'Vacature opslaan' }).click();
    await page.getByRole('heading', { level: 2, name: 'Verslag' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/bezoeken/${visitId}`);
    const spotted = page.getByRole('checkbox', { name: 'Kok lunchroom' });
    expect(await spotted.isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Verslag opslaan' }).click();
    await page.getByText('Het verslag is opgeslagen.').waitFor();
    const [linked] = await app.dataSource.query(
      `SELECT v.title FROM visit_vacancy x JOIN vacancy v ON v.id = x.vacancy_id
        WHERE x.visit_id = $1 AND v.title = 'Kok lunchroom'`,
      [visitId],
    );
    expect(linked).toEqual({ title: 'Kok lunchroom' });

    // The employer page lists the visits of every partner, coming and earlier.
    await page.goto(`${app.url}/werkgevers/${employer.id}`);
    const visits = page.getByRole('region', { name: 'Bezoeken' });
    await visits
      .getByText(/Kennismaking en personeelsbehoefte/)
      .first()
      .waitFor();
    await expectAccessible();
  });

  it('cancels a planned visit with a reason its participants read; a cancelled visit takes no report', async () => {
    const [me] = await app.dataSource.query('SELECT id FROM app_user WHERE email = $1', [AM]);
    const planned = await app.graphql(
      graphql(`
        mutation WebAppPlanVisit($input: PlanVisitInput!) {
          planVisit(input: $input) {
            visit {
              id
            }
          }
        }
      `),
      {
        input: {
          employerId: employer.id,
          startsAt: '2029-03-05T09:00:00Z',
          endsAt: '2029-03-05T10:00:00Z',
          purpose: 'Rondleiding op de werkvloer',
          participants: [{ userId: me.id }],
        },
      },
      { as: AM },
    );
    const visitId = planned.data!.planVisit.visit.id;
    await page.goto(`${app.url}/bezoeken/${visitId}`);
    await page.getByRole('heading', { level: 2, name: 'Bezoek annuleren' }).waitFor();
    await page.getByRole('button', { name: 'Bezoek annuleren' }).click();
    await page.getByLabel('Waarom gaat het niet door? (de deelnemers zien dit)').fill('Dubbel gepland');
    await expectAccessible();
    await page.getByRole('button', { name: 'Annulering bevestigen' }).click();
    await page.getByText('Dit bezoek is geannuleerd: Dubbel gepland').waitFor();
    expect(await page.getByRole('button', { name: 'Verslag opslaan' }).count()).toBe(0);
    const [cancelled] = await app.dataSource.query('SELECT status, cancel_reason AS reason FROM visit WHERE id = $1', [
      visitId,
    ]);
    expect(cancelled).toEqual({ status: 'CANCELLED', reason: 'Dubbel gepland' });
    await expectAccessible();
    await page.goto(`${app.url}/werkgevers/${employer.id}`);
    await page.getByRole('heading', { level: 1, name: employer.name }).waitFor();
  });

  it('keeps the account team and the contacts, and merges a duplicate after showing what moves', async () => {
    await page.goto(`${app.url}/werkgevers/${employer.id}`);
    await page.getByRole('heading', { level: 2, name: 'Accountteam' }).waitFor();
    const team = page.getByRole('region', { name: 'Accountteam' });
    await team.getByLabel('Collega zoeken').fill('Werkplein');
    await team
      .getByRole('button', {
        name: 'Accountmanager Werkplein Drentsche Aa (Werkplein Drentsche Aa) aan het team toevoegen',
      })
      .click();
    await team.getByRole('button', { name: 'Accountmanager Werkplein Drentsche Aa leidend maken' }).click();
    await team.getByRole('button', { name: 'Accountmanager UWV Noord leidend maken' }).waitFor();
    await expectAccessible();
    const lead = () =>
      app.dataSource.query(
        `SELECT u.email FROM employer_team_member t JOIN app_user u ON u.id = t.user_id
          WHERE t.employer_id = $1 AND t.is_lead`,
        [employer.id],
      );
    expect(await lead()).toEqual([{ email: 'accountmanager@wpda.demo' }]);
    // Back as it was, for the tests after this one.
    await team.getByRole('button', { name: 'Accountmanager UWV Noord leidend maken' }).click();
    await team.getByRole('button', { name: 'Accountmanager Werkplein Drentsche Aa uit het team halen' }).click();
    await team.getByRole('button', { name: /uit het team halen/ }).waitFor({ state: 'detached' });
    expect(await lead()).toEqual([{ email: AM }]);

    const contacts = page.getByRole('region', { name: 'Contactpersonen' });
    await contacts.getByRole('button', { name: 'Contactpersoon toevoegen' }).click();
    await contacts.getByLabel('Naam').fill('Mariska Jansen');
    await contacts.getByLabel('Functie').fill('HR-adviseur');
    await contacts.getByLabel('Telefoonnummer (werk)').fill('050-3123456');
    await expectAccessible();
    await contacts.getByRole('button', { name: 'Contactpersoon toevoegen' }).click();
    await contacts.getByText('(HR-adviseur)').waitFor();
    await contacts.getByRole('button', { name: 'Mariska Jansen wijzigen' }).click();
    await contacts.getByLabel('Functie').fill('Manager personeelszaken');
    await contacts.getByRole('button', { name: 'Contactpersoon opslaan' }).click();
    await contacts.getByText('(Manager personeelszaken)').waitFor();
    await contacts.getByRole('button', { name: 'Mariska Jansen verwijderen' }).click();
    await contacts.getByRole('button', { name: 'Ja, Mariska Jansen verwijderen' }).click();
    await contacts.getByRole('button', { name: 'Mariska Jansen wijzigen' }).waitFor({ state: 'detached' });
    expect(
      await app.dataSource.query('SELECT name FROM employer_contact WHERE employer_id = $1', [employer.id]),
    ).toEqual([]);

    const twin = await createEmployer(app, 'accountmanager@wpda.demo', {
      legalName: `${employer.name} B.V.`,
      city: 'Assen',
      establishmentNumber: '000012345678',
    });
    await app.graphql(
      graphql(`
        mutation WebAppAddEmployerContact($input: AddContactInput!) {
          addEmployerContact(input: $input) {
            id
          }
        }
      `),
      { input: { employerId: twin.id, name: 'Peter de Boer', role: 'Bedrijfsleider' } },
      { as: 'accountmanager@wpda.demo' },
    );
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Mogelijk dubbel ingevoerd' }).waitFor();
    await page.getByRole('button', { name: `${employer.name} B.V. samenvoegen met deze werkgever` }).click();
    await page.getByText('1 contactpersonen').waitFor();
    await page.getByText('Lege gegevens die worden aangevuld: vestigingsnummer.').waitFor();
    await expectAccessible();
    expect(await app.dataSource.query('SELECT merged_into_id FROM employer WHERE id = $1', [twin.id])).toEqual([
      { merged_into_id: null },
    ]);
    await page.getByRole('button', { name: `${employer.name} B.V. samenvoegen`, exact: true }).click();
    await page.getByText(`${employer.name} B.V. is samengevoegd met ${employer.name}.`).waitFor();
    await contacts.getByRole('button', { name: 'Peter de Boer wijzigen' }).waitFor();
    const [after] = await app.dataSource.query('SELECT merged_into_id AS "mergedInto" FROM employer WHERE id = $1', [
      twin.id,
    ]);
    expect(after.mergedInto).toBe(employer.id);
    await expectAccessible();
  });

  it('speaks English when asked, dates still in Amsterdam time', async () => {
    await page.getByLabel('Taal').selectOption('en');
    await page.getByRole('heading', { level: 2, name: 'Timeline' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expectAccessible();
    await page.getByLabel('Language').selectOption('nl');
    await page.getByRole('heading', { level: 2, name: 'Tijdlijn' }).waitFor();
  });

  it('lists my notifications and marks one read', async () => {
    await app.dataSource.query(
      `INSERT INTO notification (user_id, kind, message)
       SELECT id, 'PROPOSAL_CHANGED', 'Voordracht K-WEB1-TEST1 is uitgenodigd voor een gesprek' FROM app_user WHERE email = $1`,
      [AM],
    );
    await page.getByRole('link', { name: 'Meldingen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
    await expectAccessible();
    await page.getByRole('button', { name: /^Markeer als gelezen: Voordracht K-WEB1-TEST1/ }).click();
    await page
      .getByRole('button', { name: /^Markeer als gelezen: Voordracht K-WEB1-TEST1/ })
      .waitFor({ state: 'detached' });
    const [{ unread }] = await app.dataSource.query(
      `SELECT count(*)::int AS unread FROM notification n JOIN app_user u ON u.id = n.user_id
        WHERE u.email = $1 AND n.read_at IS NULL AND n.message LIKE '%K-WEB1-TEST1%'`,
      [AM],
    );
    expect(unread).toBe(0);
  });

  it('counts a new notification in the menu without a reload, lists it, and tells screen readers', async () => {
    await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
    const menuLink = page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: /^Meldingen/ });
    const unreadIn = async () => Number(/\((\d+) ongelezen\)/.exec((await menuLink.textContent()) ?? '')?.[1] ?? 0);
    const before = await unreadIn();
    const [{ id: userId }] = await app.dataSource.query('SELECT id FROM app_user WHERE email = $1', [AM]);
    // Made as the API makes any notification: in a transaction, announced after it commits.
    await app.running.app.get(Transactions).withTransaction(() =>
      app.running.app.get(NotificationService).notify({
        userId,
        kind: NotificationKind.FOLLOW_UP_DUE,
        message: 'Morgen af: "Offerte live bijwerken", na het bezoek bij Bakkerij Live',
        path: '/bezoeken',
      }),
    );
    await page.getByRole('status').filter({ hasText: 'Nieuwe melding: Morgen af: "Offerte live bijwerken"' }).waitFor();
    await page
      .getByRole('link', { name: 'Morgen af: "Offerte live bijwerken", na het bezoek bij Bakkerij Live' })
      .waitFor();
    expect(await unreadIn()).toBe(before + 1);
    await expectAccessible();
    await page.getByRole('button', { name: 'Alles als gelezen markeren' }).click();
    await page.getByRole('button', { name: 'Alles als gelezen markeren' }).waitFor({ state: 'detached' });
    // The menu's count follows once the app has the answer: wait for it, at most a few seconds.
    for (const deadline = Date.now() + 5_000; (await unreadIn()) !== 0 && Date.now() < deadline;) {
      await page.waitForTimeout(100);
    }
    expect(await unreadIn()).toBe(0);
  });

  it('sets how each kind of notification reaches me, saved as I choose', async () => {
    await page.getByRole('link', { name: 'Instellingen: hoe meldingen u bereiken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Instellingen voor meldingen' }).waitFor();
    await expectAccessible();
    const dueTomorrow = page.getByRole('group', { name: 'Actie morgen af' });
    expect(await dueTomorrow.getByRole('radio', { name: 'Direct per e-mail' }).isChecked()).toBe(true);
    // By keyboard: the arrow moves the choice within the group.
    await dueTomorrow.getByRole('radio', { name: 'Direct per e-mail' }).focus();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('status').filter({ hasText: 'Opgeslagen: Actie morgen af, In het dagoverzicht' }).waitFor();
    const stored = () =>
      app.dataSource.query(
        `SELECT p.delivery FROM notification_preference p JOIN app_user u ON u.id = p.user_id
          WHERE u.email = $1 AND p.kind = 'FOLLOW_UP_DUE'`,
        [AM],
      );
    expect(await stored()).toEqual([{ delivery: 'DAILY_DIGEST' }]);
    await dueTomorrow.getByRole('radio', { name: 'Alleen in de CRM' }).check();
    await page.getByRole('status').filter({ hasText: 'Opgeslagen: Actie morgen af, Alleen in de CRM' }).waitFor();
    expect(await stored()).toEqual([{ delivery: 'IN_APP_ONLY' }]);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Instellingen voor meldingen' }).waitFor();
    expect(
      await page
        .getByRole('group', { name: 'Actie morgen af' })
        .getByRole('radio', { name: 'Alleen in de CRM' })
        .isChecked(),
    ).toBe(true);
  });

  it('shows what the development mail sink received, a visit invitation among it', async () => {
    await page.goto(`${app.url}/meldingen`);
    await page.getByRole('link', { name: 'Ontwikkelmailbox' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ontwikkelmailbox' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Uitnodiging werkgeversbezoek' }).first().waitFor();
    await page
      .getByText(/met agenda-uitnodiging \(REQUEST\)/)
      .first()
      .waitFor();
    await expectAccessible();
  });

  it('links my calendar: shows a new feed address once, which serves my visits, and revokes it', async () => {
    await page.getByRole('link', { name: 'Agenda koppelen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Agenda koppelen' }).waitFor();
    await expectAccessible();
    await page.getByRole('button', { name: 'Nieuw agenda-adres maken' }).click();
    const address = page.getByRole('textbox', { name: 'Agenda-adres' });
    await address.waitFor();
    const url = await address.inputValue();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    const feed = await fetch(url);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toMatch(/text\/calendar/);
    await expectAccessible();
    page.once('dialog', (dialog) => void dialog.accept());
    await page
      .getByRole('button', { name: /^Agenda-adres van .* intrekken$/ })
      .first()
      .click();
    await page.getByText('U hebt nog geen agenda-adres.').waitFor();
    expect((await fetch(url)).status).toBe(404);
  });

  it('works at 320 px wide (and so at 400% zoom of 1280): nothing scrolls sideways', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of [
      '/',
      '/werkgevers',
      `/werkgevers/${employer.id}`,
      '/werkgevers/nieuw',
      `/werkgevers/${employer.id}/vacatures/nieuw`,
      `/vacatures/${vacancyId}`,
      `/vacatures/${vacancyId}/bewerken`,
      '/meldingen',
      '/meldingen/instellingen',
      '/ontwikkeling/mailbox',
      '/agenda-koppelen',
      '/bezoeken',
      '/bezoeken?weergave=lijst',
    ]) {
      await page.goto(`${app.url}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect({ path, overflow }).toEqual({ path, overflow: 0 });
      await expectAccessible();
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it("shows this week's visit and its open follow-up on Vandaag, each leading to the visit", async () => {
    const [visit] = await app.dataSource.query(
      `SELECT v.id, v.purpose FROM visit v WHERE v.employer_id = $1 AND v.status = 'PLANNED' ORDER BY v.created_at LIMIT 1`,
      [employer.id],
    );
    const [user] = await app.dataSource.query('SELECT id FROM app_user WHERE email = $1', [AM]);
    await app.dataSource.query(
      `UPDATE visit SET starts_at = now() + interval '2 days', ends_at = now() + interval '2 days 1 hour' WHERE id = $1`,
      [visit.id],
    );
    await app.dataSource.query(
      `INSERT INTO follow_up (visit_id, title, owner_id, due_on) VALUES ($1, 'Vacaturetekst nabellen', $2, current_date + 3)`,
      [visit.id, user.id],
    );
    await page.goto(`${app.url}/`);
    await page.getByRole('link', { name: 'Vacaturetekst nabellen' }).click();
    await page.getByRole('heading', { level: 1, name: visit.purpose }).waitFor();
    expect(page.url()).toBe(`${app.url}/bezoeken/${visit.id}`);
    await page.getByRole('link', { name: 'Vandaag' }).click();
    await page.getByRole('link', { name: visit.purpose }).first().click();
    await page.getByRole('heading', { level: 2, name: 'Verslag' }).waitFor();

    // Many open follow-ups: the soonest twenty, and the rest a click away.
    await app.dataSource.query(
      `INSERT INTO follow_up (visit_id, title, owner_id, due_on)
       SELECT $1, 'Later nabellen ' || n, $2, current_date + 30 + n FROM generate_series(1, 25) n`,
      [visit.id, user.id],
    );
    await page.getByRole('link', { name: 'Vandaag' }).click();
    const followUps = page.getByRole('region', { name: /^Mijn openstaande acties/ });
    const [{ open }] = await app.dataSource.query(
      'SELECT count(*)::int AS open FROM follow_up WHERE owner_id = $1 AND done_at IS NULL',
      [user.id],
    );
    // The page may first show the count it had cached, then the one it read again.
    await followUps
      .getByRole('heading', { level: 2, name: `Mijn openstaande acties (${open})`, exact: true })
      .waitFor();
    const shown = () => followUps.getByRole('listitem').count();
    expect(await shown()).toBe(20);
    await followUps.getByRole('button', { name: 'Meer laden' }).click();
    await followUps
      .getByRole('listitem')
      .nth(Math.min(open, 40) - 1)
      .waitFor();
    expect(await shown()).toBe(Math.min(open, 40));
    const titles = await followUps.getByRole('link').allTextContents();
    expect(new Set(titles).size).toBe(titles.length); // the second page follows on, repeating nothing
    await expectAccessible();
    await app.dataSource.query("DELETE FROM follow_up WHERE title LIKE 'Later nabellen %'");
  });

  it('says when a week holds more visits than the agenda shows (its first 200)', async () => {
    const [user] = await app.dataSource.query('SELECT id, organisation_id FROM app_user WHERE email = $1', [AM]);
    const [{ ids }] = await app.dataSource.query(
      `WITH v AS (
         INSERT INTO visit (employer_id, region_code, starts_at, ends_at, location_kind, purpose, created_by)
         SELECT $1, region_code, timestamptz '2030-01-07 08:00Z' + n * interval '10 minutes',
                timestamptz '2030-01-07 08:05Z' + n * interval '10 minutes', 'ONLINE', 'Drukke week ' || n, $2
           FROM employer, generate_series(1, 201) n WHERE employer.id = $1 RETURNING id),
       p AS (INSERT INTO visit_participant (visit_id, user_id, organisation_id, is_lead)
             SELECT id, $2, $3, true FROM v)
       SELECT array_agg(id) AS ids FROM v`,
      [employer.id, user.id, user.organisation_id],
    );
    try {
      await page.goto(`${app.url}/bezoeken?weergave=week&week=2030-01-07`);
      await page
        .getByText(
          'Hier staan de eerste 200 van 201 bezoeken in deze periode. Kies een kortere periode om de rest te zien.',
        )
        .waitFor();
      await expectAccessible();
    } finally {
      await app.dataSource.query('DELETE FROM visit WHERE id = ANY($1)', [ids]);
    }
  });

  it('signs out: the token is gone from the tab and the sign-in page is back', async () => {
    await page.goto(`${app.url}/`);
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('wsp.token'))).toBeNull();
    await page.goto(`${app.url}/werkgevers`);
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
  });

  it('sends an idempotency key with every create it made', () => {
    expectIdempotencyKeys(creates, [
      'CreateVacancy',
      'CreateEmployer',
      'AddEmployerNote',
      'PlanVisit',
      'AddEmployerContact',
    ]);
    // A note refused for personal data and then saved clean was one submit each: the refused try claimed nothing.
    const noteKeys = creates
      .filter((c) => c.operationName === 'AddEmployerNote')
      .map((c) => c.variables?.idempotencyKey);
    expect(noteKeys.length).toBeGreaterThanOrEqual(2);
  });

  it('loads nothing from another host and logs no errors', () => {
    const origin = new URL(app.url).origin;
    expect(requested.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
