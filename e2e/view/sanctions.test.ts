import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { describeWithChromium } from '../support/describeWithChromium';
import { REPO_ROOT, startServer, type RunningServer } from '../support/server';
import { ensureBuilt, runImport } from './support/build';
import { settled, snap, trackRequests, type CyWindow } from './support/page';

/**
 * Sanctions with a real list loaded (issue #16): over the OFAC SDN set of
 * 2021-04-25 (~8,600 designations), Hezbollah's panel shows every
 * designation record the API holds for it, imported and curated, with its
 * programs and the names the list uses; the sanctions view shows its status
 * per authority with the rule, and counts an authority's designations while
 * reading them a page at a time. Expected values come from the API, not
 * from guesses about the list.
 */
const OFAC_DIR = path.join(REPO_ROOT, 'data', 'lists', 'ofac-sdn-2021-04-25');

jest.setTimeout(60_000);

interface ApiDesignation {
  id: string;
  origin: string;
  programs: string[];
  listedOn: string | null;
  authority: { id: string; name: string };
}
interface ApiStatus {
  authority: { id: string; name: string };
  status: string;
  rule: string;
  explanation: string;
}

describeWithChromium('sanctions over an imported OFAC list', () => {
  let server: RunningServer;
  let browser: Browser;
  let dataDir: string;
  const contexts: BrowserContext[] = [];
  let pageErrors: string[] = [];

  beforeAll(async () => {
    ensureBuilt();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-sanctions-'));
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

  /** Opens the explorer; `pages` collects the `first` of every page of an authority's designations the panel asks for. */
  async function open(search: string, pages: number[]): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    contexts.push(context);
    await trackRequests(context);
    const page = await context.newPage();
    page.on('pageerror', (err) => pageErrors.push(String(err)));
    page.on('request', (req) => {
      const body = req.postDataJSON() as {
        operationName?: string;
        variables?: { first?: number };
      } | null;
      if (body?.operationName === 'AuthorityDesignations') pages.push(body.variables?.first ?? -1);
    });
    await page.goto(`${server.url}/${search}`);
    await settled(page);
    return page;
  }

  it('shows Hezbollah’s OFAC programs with its other designations, its status per authority with the rule, and pages an authority’s designations', async () => {
    const { actor, sanctionStatus } = await graphql<{
      actor: { listedAs: string[]; designations: ApiDesignation[] };
      sanctionStatus: { status: string; byAuthority: ApiStatus[] };
    }>(`
      {
        actor(id: "hezbollah") {
          listedAs
          designations {
            id
            origin
            programs
            listedOn
            authority {
              id
              name
            }
          }
        }
        sanctionStatus(id: "hezbollah") {
          status
          byAuthority {
            authority {
              id
              name
            }
            status
            rule
            explanation
          }
        }
      }
    `);
    // The import matched OFAC's HIZBALLAH entry to the curated actor: its record is on Hezbollah.
    const ofac = actor.designations.filter((d) => d.origin === 'imported');
    expect(ofac.length).toBeGreaterThan(0);
    expect(ofac[0]!.programs.length).toBeGreaterThan(0);
    expect(actor.listedAs.length).toBeGreaterThan(0);
    const applying = sanctionStatus.byAuthority.filter((a) => a.status !== 'NONE');
    const direct = applying.find(
      (a) => a.status === 'DIRECT' && a.authority.id === ofac[0]!.authority.id,
    );
    expect(direct?.rule).toBe('LISTED');
    const { designations } = await graphql<{ designations: { totalCount: number } }>(
      `{ designations(authority: "${direct!.authority.id}", first: 1) { totalCount } }`,
    );
    expect(designations.totalCount).toBeGreaterThan(5000);

    // 1. The actor panel: every designation record, in the API's order, with its programs.
    const requested: number[] = [];
    const page = await open('?focus=hezbollah&sel=a:hezbollah', requested);
    const panel = page.getByTestId('actor-panel');
    const records = panel.getByTestId('designation');
    await page.waitForFunction(
      (n) =>
        document.querySelectorAll('[data-testid="actor-panel"] [data-testid="designation"]')
          .length === n,
      actor.designations.length,
    );
    for (const [index, d] of actor.designations.entries()) {
      const record = records.nth(index);
      expect(await record.getAttribute('data-origin')).toBe(d.origin);
      expect(await record.getByRole('button', { name: d.authority.name }).count()).toBe(1);
      if (d.programs.length)
        expect(await record.getByTestId('designation-programs').textContent()).toContain(
          d.programs.join(', '),
        );
      expect(await record.getByTestId('designation-listed').textContent()).toBe(
        d.listedOn ?? 'date not given',
      );
    }
    expect(await panel.getByTestId('listed-as').textContent()).toContain(actor.listedAs[0]);
    // Ringed as designated: the ring comes with its neighbourhood, not from the first 5,000 of a list.
    await page.waitForFunction(
      () => !!(window as unknown as CyWindow).__cy.getElementById('hezbollah').data('ring1'),
    );

    // 2. The sanctions view: the status per authority whose rule applies, with rule and explanation.
    await panel.getByTestId('open-sanctions').click();
    const status = page.getByTestId('sanction-status');
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="authority-status"]').length === n,
      applying.length,
    );
    expect(
      await status
        .getByTestId('overall-status')
        .locator('[data-status]')
        .getAttribute('data-status'),
    ).toBe(sanctionStatus.status);
    for (const entry of applying) {
      const row = status.locator(
        `[data-testid="authority-status"][data-authority="${entry.authority.id}"]`,
      );
      expect(await row.getByTestId('status-rule').getAttribute('data-rule')).toBe(entry.rule);
      expect(await row.getByTestId('status-explanation').textContent()).toBe(entry.explanation);
    }
    // A LINKED status shows the hop it rests on; DIRECT shows the listing itself.
    const linked = applying.find((a) => a.status === 'LINKED');
    if (linked) {
      const row = status.locator(
        `[data-testid="authority-status"][data-authority="${linked.authority.id}"]`,
      );
      expect(await row.getByTestId('status-path').count()).toBeGreaterThan(0);
    }
    const directRow = status.locator(
      `[data-testid="authority-status"][data-authority="${direct!.authority.id}"]`,
    );
    expect(await directRow.getByTestId('designation-programs').first().textContent()).toContain(
      ofac[0]!.programs.join(', '),
    );

    // 3. The authority that lists it: counted by the server, read 50 at a time.
    const total = page.getByTestId('designations-total');
    await total
      .filter({
        hasText: `${designations.totalCount.toLocaleString('en')} designations by ${direct!.authority.name}`,
      })
      .waitFor();
    const rows = page.getByTestId('authority-designations').getByTestId('designation-row');
    const firstPage = await rows.count();
    expect(firstPage).toBeGreaterThan(0);
    expect(firstPage).toBeLessThan(designations.totalCount);
    await page.getByTestId('designations-more').click();
    await page.waitForFunction(
      (n) =>
        document.querySelectorAll(
          '[data-testid="authority-designations"] [data-testid="designation-row"]',
        ).length === n,
      2 * firstPage,
    );
    // No page the client asked for was larger than a panel's worth.
    expect(Math.max(...requested.filter((n) => n > 0))).toBeLessThanOrEqual(firstPage);
    // The picture shows the status, not the bottom of the list.
    await status.scrollIntoViewIfNeeded();
    await page.evaluate(() =>
      document.querySelector('[data-testid="sanction-status"]')?.scrollIntoView({ block: 'start' }),
    );
    await settled(page);
    await snap(page, 'sanctions-status', 'view-sanctions-status');
  });
});
