import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { describeWithChromium } from '../support/describeWithChromium';
import { REPO_ROOT, startServer, type RunningServer } from '../support/server';
import { ensureBuilt, runImport } from './support/build';
import { drawn, settled, snap, trackRequests, type CyWindow } from './support/page';

/**
 * The explorer over a store holding an imported sanctions list (OFAC SDN,
 * 2021-04-25: ~8,600 actors, ~13,000 relationships): the first view draws
 * the curated graph only, the origin filter brings the imported data in
 * (truncated, and says so), and search reaches imported actors, whose panel
 * shows their source and list facts. Its own server, on a fresh DATA_DIR.
 */
const OFAC_DIR = path.join(REPO_ROOT, 'data', 'lists', 'ofac-sdn-2021-04-25');

jest.setTimeout(60_000);

describeWithChromium('the explorer over an imported sanctions list', () => {
  let server: RunningServer;
  let browser: Browser;
  let dataDir: string;
  const contexts: BrowserContext[] = [];
  let pageErrors: string[] = [];

  beforeAll(async () => {
    ensureBuilt();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-imported-'));
    runImport(dataDir, ['ofac-csv', OFAC_DIR]);
    server = await startServer({ DATA_DIR: dataDir });
    browser = await launchChromium();
  }, 240_000);

  afterAll(async () => {
    for (const context of contexts.splice(0)) await context.close();
    await browser?.close();
    const exit = await server?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    expect(exit?.code === 0 || exit?.signal === 'SIGTERM').toBe(true);
  });

  afterEach(() => {
    const errors = pageErrors;
    pageErrors = [];
    expect(errors).toEqual([]);
  });

  async function graphql<T>(query: string): Promise<T> {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = (await res.json()) as { data: T };
    return body.data;
  }

  async function open(search = ''): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    contexts.push(context);
    await trackRequests(context);
    const page = await context.newPage();
    page.on('pageerror', (err) => pageErrors.push(String(err)));
    await page.goto(`${server.url}/${search}`);
    await settled(page);
    return page;
  }

  const drawnCount = (page: Page, group: 'nodes' | 'edges') =>
    page.evaluate((g) => (window as unknown as CyWindow).__cy[g]().not('.hidden').length, group);

  it('opens on the curated graph, shows truncation for Both and Imported, and finds an OFAC vessel with its list facts', async () => {
    const { curated, stats } = await graphql<{
      curated: { relationships: { id: string }[]; truncated: boolean };
      stats: { actors: number; relationships: number };
    }>(
      '{ curated: graph(origin: CURATED) { relationships { id } truncated } stats { actors relationships } }',
    );
    expect(stats.actors).toBeGreaterThan(8000);
    expect(curated.truncated).toBe(false);

    // 1. The first view: curated only, a few dozen actors, not thousands.
    const page = await open();
    await page.getByTestId('origin-curated').waitFor();
    expect(await page.getByTestId('origin-curated').getAttribute('aria-pressed')).toBe('true');
    expect(await drawnCount(page, 'edges')).toBe(curated.relationships.length);
    const firstNodes = await drawnCount(page, 'nodes');
    expect(firstNodes).toBeLessThanOrEqual(200);
    expect(await page.getByTestId('truncated-notice').count()).toBe(0);
    await snap(page, 'imported-1-curated');

    // 2. Both: the server stops at its limit, and the view says so.
    await page.getByTestId('origin-both').click();
    await page.getByTestId('truncated-notice').waitFor();
    expect(await page.getByTestId('truncated-notice').textContent()).toMatch(
      /Showing the first \d[\d,]* of more relationships — narrow the filters/,
    );
    expect(page.url()).toContain('origin=both');
    await page.waitForFunction(
      (n) => (window as unknown as CyWindow).__cy.nodes().not('.hidden').length > n,
      firstNodes,
    );
    await snap(page, 'imported-2-both');

    // 3. Imported only: truncated too, and no curated relationship drawn.
    await page.getByTestId('origin-imported').click();
    await page.getByTestId('truncated-notice').waitFor();
    await page.waitForFunction(() =>
      (window as unknown as CyWindow).__cy
        .edges()
        .not('.hidden')
        .map((e) => e.data('origin'))
        .every((o) => o === 'imported'),
    );
    expect(page.url()).toContain('origin=imported');

    // 4. By default search reaches imported actors: an OFAC-listed tanker, with its panel.
    const fresh = await open();
    await fresh.getByTestId('search-input').fill('ADRIAN DARYA');
    await fresh.getByTestId('search-option').filter({ hasText: 'ADRIAN DARYA 1' }).first().click();
    const panel = fresh.getByTestId('actor-panel');
    await fresh.getByTestId('actor-source').waitFor();
    expect(await fresh.getByTestId('actor-panel-name').textContent()).toBe('ADRIAN DARYA 1');
    expect(await fresh.getByTestId('actor-source').textContent()).toMatch(
      /^Imported from OFAC SDN · list of 2021-04-25 · entry \d+$/,
    );
    const imo = panel.locator('[data-testid="actor-property"][data-key="imoNumber"]');
    expect(await imo.textContent()).toMatch(/^IMO number\s*\d{7}$/);
    // Focused: its bounded neighbourhood, not the imported list.
    await fresh.waitForFunction(
      () =>
        (window as unknown as CyWindow).__cy.getElementById('ofac-27304').length > 0 &&
        !(window as unknown as CyWindow).__cy.getElementById('ofac-27304').hasClass('hidden'),
    );
    await settled(fresh);
    const around = await drawn(fresh);
    expect(around).toContain('ofac-27304');
    expect(around.length).toBeLessThanOrEqual(200);
    await snap(fresh, 'imported-3-vessel');
  });
});
