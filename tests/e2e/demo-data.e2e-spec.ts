import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { DemoDataService, demoKvkNumber } from '../../apps/api/src/demo/demo-data.service';
import { axeViolations, launchChromium } from '../support/browser';
import { prepareDatabase } from '../support/prepare-database';
import { testDatabaseUrl } from '../support/test-database';
import { TestApp } from '../support/test-app';
import { graphql } from '../gql';

interface Figures {
  employers: number;
  regions: string[];
  withContacts: number;
  jointTeams: number;
  vacancies: number;
  occupations: number;
  profiles: number;
  pools: string[];
  maxWw: number;
  pastVisits: number;
  upcomingVisits: number;
  jointVisits: number;
  heldWithReport: number;
  openFollowUps: number;
  proposalStages: string[];
  placements: number;
  placementDays: number;
}

/**
 * The demo seed, on a database of its own: everything the web app shows in a fresh `npm start` is there, made
 * through the services (audit records and timelines included), and a second run adds nothing.
 */
describe('demo data', () => {
  let app: TestApp;

  const figures = async (): Promise<Figures> => {
    const [row]: Figures[] = await app.dataSource.query(`SELECT
      (SELECT count(*)::int FROM employer) AS employers,
      (SELECT array_agg(DISTINCT region_code ORDER BY region_code) FROM employer) AS regions,
      (SELECT count(DISTINCT employer_id)::int FROM employer_contact) AS "withContacts",
      (SELECT count(*)::int FROM (SELECT t.employer_id FROM employer_team_member t JOIN app_user u ON u.id = t.user_id
          JOIN organisation o ON o.id = u.organisation_id GROUP BY t.employer_id HAVING count(DISTINCT o.kind) = 2) j)
        AS "jointTeams",
      (SELECT count(*)::int FROM vacancy) AS vacancies,
      (SELECT count(DISTINCT occupation_code)::int FROM vacancy) AS occupations,
      (SELECT count(*)::int FROM candidate_profile) AS profiles,
      (SELECT array_agg(DISTINCT pool ORDER BY pool) FROM candidate_profile) AS pools,
      (SELECT count(*)::int FROM candidate_profile WHERE 'MAX_WW' = ANY(target_groups)) AS "maxWw",
      (SELECT count(*)::int FROM visit WHERE starts_at BETWEEN now() - interval '12 months' AND now()) AS "pastVisits",
      (SELECT count(*)::int FROM visit WHERE starts_at BETWEEN date_trunc('day', now()) AND now() + interval '31 days'
          AND status = 'PLANNED') AS "upcomingVisits",
      (SELECT count(*)::int FROM visit v WHERE (SELECT count(DISTINCT organisation_id) FROM visit_participant p
          WHERE p.visit_id = v.id) >= 2) AS "jointVisits",
      (SELECT count(*)::int FROM visit WHERE status = 'HELD' AND report IS NOT NULL) AS "heldWithReport",
      (SELECT count(*)::int FROM follow_up WHERE done_at IS NULL) AS "openFollowUps",
      (SELECT array_agg(DISTINCT status ORDER BY status) FROM proposal) AS "proposalStages",
      (SELECT count(*)::int FROM placement) AS placements,
      (SELECT max(start_date) - min(start_date) FROM placement) AS "placementDays"`);
    return row;
  };

  beforeAll(async () => {
    const server = new URL(testDatabaseUrl());
    server.pathname = '/postgres';
    const url = await prepareDatabase(server.toString(), 'wsp_demo_data');
    app = await TestApp.start({ DATABASE_URL: url, RUN_WORKERS: 'false' });
  }, 120_000);

  afterAll(() => app?.close());

  it('fills the region through the services, the same every time, and adds nothing on a second run', async () => {
    const first = await app.running.app.get(DemoDataService).seed();
    expect(first).toEqual({
      employers: 150,
      vacancies: 250,
      profiles: 400,
      visits: expect.any(Number),
      proposals: expect.any(Number),
      placements: 100,
    });

    const seeded = await figures();
    expect(seeded).toMatchObject({
      employers: 150,
      regions: ['DRENTHE', 'GRONINGEN'],
      withContacts: 150,
      vacancies: 250,
      profiles: 400,
      pools: ['MUNICIPALITY', 'UWV'],
      placements: 100,
      proposalStages: ['INTERVIEW', 'INTRODUCED', 'PLACED', 'PROPOSED', 'REJECTED', 'WITHDRAWN'],
    });
    expect(seeded.jointTeams).toBeGreaterThan(50);
    expect(seeded.occupations).toBeGreaterThanOrEqual(20);
    expect(seeded.maxWw).toBeGreaterThan(10);
    expect(seeded.pastVisits).toBeGreaterThanOrEqual(150);
    expect(seeded.upcomingVisits).toBeGreaterThanOrEqual(25);
    expect(seeded.jointVisits).toBeGreaterThan(50);
    expect(seeded.heldWithReport).toBeGreaterThan(100);
    expect(seeded.openFollowUps).toBeGreaterThan(0);
    expect(seeded.placementDays).toBeGreaterThan(600); // placements over two years

    // Made through the services: every employer has its timeline, every profile its audit record.
    const [trail]: { timelines: number; audited: number }[] = await app.dataSource.query(
      `SELECT (SELECT count(DISTINCT employer_id)::int FROM employer_timeline_entry WHERE kind = 'CREATED') AS timelines,
              (SELECT count(DISTINCT entity_id)::int FROM audit_event WHERE action = 'CREATE'
                 AND entity_type = 'CANDIDATE_PROFILE') AS audited`,
    );
    expect(trail).toEqual({ timelines: 150, audited: 400 });
    // A year of history notifies in the app, and mails nobody now.
    const [history]: { notifications: number; mailed: number; messages: number }[] = await app.dataSource.query(
      `SELECT (SELECT count(*)::int FROM notification) AS notifications,
              (SELECT count(*)::int FROM notification WHERE delivery <> 'IN_APP_ONLY') AS mailed,
              (SELECT count(*)::int FROM mail_message) AS messages`,
    );
    expect(history.notifications).toBeGreaterThan(100);
    expect(history).toMatchObject({ mailed: 0, messages: 0 });

    // Deterministic: the same names, places and sizes on every machine.
    const firstEmployers: { kvk: string; name: string; city: string }[] = await app.dataSource.query(
      `SELECT kvk_number AS kvk, legal_name AS name, city FROM employer WHERE kvk_number = ANY($1) ORDER BY kvk_number`,
      [[0, 1, 149].map(demoKvkNumber)],
    );
    expect(firstEmployers).toEqual([
      { kvk: '60000000', name: expect.stringMatching(/^Zorggroep Hunzedal /), city: 'Groningen' },
      { kvk: '60007919', name: expect.stringMatching(/^Supermarkt Noorderpoort /), city: 'Assen' },
      { kvk: '61179931', name: expect.stringMatching(/^Autobedrijf /), city: 'Emmen' },
    ]);

    // Idempotent: a second run (every `npm start`) finds the demo region and changes nothing.
    expect(await app.running.app.get(DemoDataService).seed()).toEqual({
      employers: 0,
      vacancies: 0,
      profiles: 0,
      visits: 0,
      proposals: 0,
      placements: 0,
    });
    expect(await figures()).toEqual(seeded);
  }, 300_000);

  it('shows the demo account manager a full day: their book, visits this week and open follow-ups', async () => {
    const token = await app.tokenFor('accountmanager@uwv.demo');
    const answer = await app.graphql(
      graphql(`
        query DemoDataEmployers($from: DateTime!, $to: DateTime!) {
          employers {
            totalCount
          }
          myAgenda(from: $from, to: $to) {
            totalCount
          }
          followUps {
            totalCount
          }
        }
      `),
      { from: new Date().toISOString(), to: new Date(Date.now() + 28 * 86_400_000).toISOString() },
      { token },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.employers.totalCount).toBe(140); // the Groningen region; Emmen's ten are Drenthe's
    expect(answer.data!.myAgenda.totalCount).toBeGreaterThan(2);
    expect(answer.data!.followUps.totalCount).toBeGreaterThan(0);
  });

  it("shows the director's dashboard: charts with their tables, small numbers suppressed, CSV files, a period", async () => {
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({
        locale: 'nl-NL',
        timezoneId: 'Europe/Amsterdam',
        acceptDownloads: true,
      });
      const page = await context.newPage();
      page.setDefaultTimeout(20_000);
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.goto(app.url);
      await page.getByRole('button', { name: 'Aanmelden als Regiodirecteur UWV Noord' }).click();
      await page.getByRole('heading', { level: 1, name: 'Dashboard van de regio' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/dashboard');
      const placements = page.getByRole('region', { name: 'Plaatsingen per kwartaal en pool', exact: true });
      await placements.locator('svg.wsp-plot[aria-label^="Staafdiagram"]').waitFor();
      await placements.getByRole('region', { name: 'Tabel: Plaatsingen per kwartaal en pool' }).waitFor();
      // Four whole quarters of demo placements: every cell large enough to show (no "<5" in this table).
      expect(
        await placements.getByRole('region', { name: 'Tabel: Plaatsingen per kwartaal en pool' }).innerText(),
      ).not.toContain('<');
      await page.getByText(/Aantallen onder \d+ staan er als <\d+/).waitFor();
      for (const report of [
        'Van suggestie tot plaatsing',
        'Gezamenlijke werkgeversbezoeken',
        'Max-WW-cohorten: waar staat iedereen nu?',
        'Waarom mensen de pool verlieten',
        'Vroegsignalering: WW eindigt binnenkort zonder werk',
        'Kwaliteit van de profielen (vandaag)',
      ]) {
        await page.getByRole('region', { name: `Tabel: ${report}` }).waitFor();
      }
      // The funnel with its conversions from step to step.
      await page
        .getByRole('region', { name: 'Tabel: Van suggestie tot plaatsing' })
        .getByRole('columnheader', { name: 'voorgedragen → kennismaking (%)' })
        .waitFor();
      // The Max-WW cohorts of the year: every candidate under one outcome, with the total; regrouped in the address.
      const cohorts = page.getByRole('region', { name: 'Tabel: Max-WW-cohorten: waar staat iedereen nu?' });
      await cohorts.getByRole('columnheader', { name: 'WW geëindigd zonder werk' }).waitFor();
      const total = cohorts.getByRole('row', { name: /^Totaal/ });
      expect(Number((await total.getByRole('cell').first().innerText()).trim())).toBeGreaterThan(5);
      await page.getByLabel('Indelen naar').selectOption({ label: 'Organisatie' });
      await page.waitForURL(/cohort=ORGANISATION/);
      await cohorts.getByRole('rowheader', { name: 'UWV Noord' }).waitFor();
      await page
        .getByRole('region', { name: 'Max-WW-cohorten: waar staat iedereen nu?', exact: true })
        .screenshot({ path: resolve(__dirname, '../../dist/screenshots/max-ww-cohorts.png') });
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: resolve(__dirname, '../../dist/screenshots/dashboard.png'), fullPage: false });

      // A real file, for Dutch Excel: UTF-8 with a BOM, separated by ";".
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Van suggestie tot plaatsing downloaden (CSV)' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^trechter-\d{4}-\d{2}-\d{2}\.csv$/);
      const content = await new Promise<string>((resolveRead, reject) => {
        void download.createReadStream().then((stream) => {
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => resolveRead(Buffer.concat(chunks).toString('utf8')));
          stream.on('error', reject);
        });
      });
      expect(content.charCodeAt(0)).toBe(0xfeff);
      expect(content.split('\n')[0]).toContain(';');

      // Printed: on A4 landscape, without the menu and the buttons.
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.wsp-header').isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'Afdrukken (A4 liggend)' }).isVisible()).toBe(false);
      await page.getByRole('heading', { level: 2, name: 'Van suggestie tot plaatsing' }).waitFor();
      await page.emulateMedia({ media: 'screen' });

      // At 320 px wide the tables scroll inside themselves; the page does not.
      await page.setViewportSize({ width: 320, height: 640 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
      await page.setViewportSize({ width: 1280, height: 800 });

      // Another period: the address keeps it.
      await page.getByLabel('Van (maand)').fill('2025-01');
      await page.waitForURL(/van=2025-01/);
      await page.getByText(/^Van 1 januari 2025 tot en met/).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('previews the matching configuration side by side before an administrator saves it', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
      page.setDefaultTimeout(20_000);
      await page.goto(app.url);
      await page.getByRole('button', { name: 'Aanmelden als Beheerder UWV Noord' }).click();
      await page.getByRole('link', { name: 'Matching' }).click();
      await page.getByRole('heading', { level: 1, name: 'Matching in de regio' }).waitFor();
      const vacancies: { title: string }[] = await app.dataSource.query(
        // The open vacancy with the most shared profiles in its occupation, so the list has places to lose.
        `SELECT v.title FROM vacancy v
          WHERE v.status = 'OPEN' AND v.region_code = 'GRONINGEN'
          ORDER BY (SELECT count(*) FROM candidate_profile p
                     WHERE p.status = 'ACTIVE' AND v.occupation_code = ANY(p.occupation_codes)) DESC, v.title
          LIMIT 1`,
      );
      await page.getByLabel('Vacature', { exact: true }).selectOption({ label: vacancies[0].title });
      await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
      const preview = page.getByRole('region', { name: 'Voorbeeld: de toplijst nu en na de wijziging' });
      await preview
        .getByRole('cell', { name: /^Kandidaat A · / })
        .first()
        .waitFor();
      const before = await preview.getByRole('row').count();
      expect(await axeViolations(page)).toEqual([]);

      // A stricter minimum: the edited list is shorter, the current one unchanged; nothing saved yet.
      await page.getByLabel('Minimumscore').fill('90');
      await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
      await preview.getByRole('row').first().waitFor();
      const cells = await preview
        .getByRole('row')
        .evaluateAll((rows) =>
          rows.slice(1).map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent)),
        );
      expect(cells.length).toBe(before - 1);
      expect(cells.filter(([, edited]) => edited === '—').length).toBeGreaterThan(0);
      const [{ version: unchanged }] = await app.dataSource.query(
        "SELECT coalesce(max(version), 0) AS version FROM matching_config WHERE region_code = 'GRONINGEN'",
      );
      await page.getByRole('button', { name: 'Instellingen opslaan' }).click();
      await page.getByText('Opgeslagen. Ze gelden vanaf de volgende matching.').waitFor();
      const [saved] = await app.dataSource.query(
        "SELECT version, settings->>'minimumScore' AS minimum FROM matching_config WHERE region_code = 'GRONINGEN'",
      );
      expect(saved).toEqual({ version: Number(unchanged) + 1, minimum: '90' });
    } finally {
      await browser.close();
    }
  });

  it("shows the demo account manager's Vandaag in the browser (the README's screenshot)", async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
      page.setDefaultTimeout(15_000);
      await page.goto(app.url);
      await page.getByRole('button', { name: 'Aanmelden als Accountmanager UWV Noord' }).click();
      await page.getByRole('heading', { level: 2, name: /^Ongelezen meldingen \(\d+\)$/ }).waitFor();
      await page.getByRole('region', { name: 'Mijn openstaande acties' }).getByRole('link').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      const screenshots = resolve(__dirname, '../../dist/screenshots');
      mkdirSync(screenshots, { recursive: true });
      await page.screenshot({ path: resolve(screenshots, 'vandaag-demo.png'), fullPage: true });
      await page.goto(`${app.url}/werkgevers`);
      await page.getByRole('status').filter({ hasText: '140 werkgevers' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
