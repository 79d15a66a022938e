import type { Browser, Page } from 'playwright-core';
import { launchChromium, screenshotPath } from './support/browser';
import { describeWithChromium } from './support/describeWithChromium';
import { startServer, type RunningServer } from './support/server';

/**
 * A new user's first minutes, in real headless Chromium against the server
 * started the README's way: find Hezbollah, read why an edge exists, trace a
 * path, keep a screenshot.
 */
describeWithChromium('explorer end to end', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on('pageerror', (err) => {
      throw err;
    });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    const exit = await server?.stop();
    expect(exit?.code === 0 || exit?.signal === 'SIGTERM').toBe(true);
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });

  async function pick(query: string, optionText: RegExp): Promise<void> {
    const input = page.getByTestId('search-input');
    await input.fill(query);
    await page.getByTestId('search-option').filter({ hasText: optionText }).first().click();
  }

  it('opens on the curated graph', async () => {
    await page.goto(server.url);
    await page.getByTestId('graph-canvas').waitFor();
    await page.waitForFunction(
      () => (window as unknown as { __cy?: { nodes(): { length: number } } }).__cy?.nodes().length,
    );
    const nodes = await page.evaluate(
      () => (window as unknown as { __cy: { nodes(): { length: number } } }).__cy.nodes().length,
    );
    expect(nodes).toBeGreaterThan(30);
  });

  it('searching "Hezbollah" opens its panel with evidence', async () => {
    await pick('Hezbollah', /Hezbollah/);
    const panel = page.getByTestId('actor-panel');
    await expect(panel.getByTestId('actor-panel-name').textContent()).resolves.toMatch(/Hezbollah/);
    const excerpt = panel.getByTestId('evidence-excerpt').first();
    await excerpt.waitFor();
    expect((await excerpt.textContent())!.length).toBeGreaterThan(20);
  });

  it('traces a path from Hezbollah to the IRGC and highlights it', async () => {
    await page.getByTestId('path-from').click();
    await pick('Islamic Revolutionary Guard Corps', /Islamic Revolutionary Guard Corps|IRGC/);
    await page.getByTestId('path-to').click();
    const result = page.getByTestId('path-result').first();
    await result.waitFor();
    expect(await result.textContent()).toMatch(/^Hezbollah .*(IRGC|Revolutionary Guard)/);
    expect(await result.getByTestId('path-step').count()).toBeGreaterThan(0);
    const highlighted = await page.evaluate(() =>
      (
        window as unknown as {
          __cy: { $(s: string): { map(f: (e: { id(): string }) => string): string[] } };
        }
      ).__cy
        .$('.highlighted')
        .map((e) => e.id()),
    );
    expect(highlighted).toEqual(expect.arrayContaining(['hezbollah', 'irgc']));
    await page.screenshot({ path: screenshotPath('explorer-path'), fullPage: false });
  });
});
