import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { describeWithChromium } from '../support/describeWithChromium';
import { REPO_ROOT, startServer, type RunningServer } from '../support/server';
import { ensureBuilt, runImport } from './support/build';
import { drawn, settled, snap, trackRequests } from './support/page';

/**
 * The timeline in real Chromium against `npm start`: brushing a range over
 * the bars filters the graph and lists the events of that range; the URL
 * keeps the range and a reload restores it. Every expectation is the API's
 * own answer for the range, asked for here, never a number written down.
 */
const LAPTOP = { width: 1440, height: 900 };

jest.setTimeout(90_000);

/** The range brushed: years of the essay that hold dated facts. */
const FROM = '2015';
const TO = '2020';

interface TimelineAnswer {
  totalEvents: number;
  events: {
    date: string;
    relationship: { id: string } | null;
    designation: { id: string } | null;
  }[];
}

describeWithChromium('the timeline', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext | null = null;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    const exit = await server?.stop();
    expect(exit?.code === 0 || exit?.signal === 'SIGTERM').toBe(true);
  });

  async function api<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data: T; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return body.data;
  }

  /** The relationships the API's graph holds over the range (what the explorer's whole graph asks for). */
  async function graphIds(includeUndated: boolean, from = FROM, to = TO): Promise<string[]> {
    const data = await api<{ graph: { relationships: { id: string }[] } }>(
      `query($from: String, $to: String, $u: Boolean) {
        graph(from: $from, to: $to, includeUndated: $u) { relationships { id } }
      }`,
      { from, to, u: includeUndated },
    );
    return data.graph.relationships.map((r) => r.id).sort();
  }

  /** The events the page lists, in order. */
  function listed(page: Page): Promise<{ id: string; date: string }[]> {
    return page.$$eval('[data-testid="timeline-event"]', (items) =>
      items.map((li) => ({
        id: (li as HTMLElement).dataset.id ?? '',
        date: (li as HTMLElement).dataset.date ?? '',
      })),
    );
  }

  /** Drags across the bars from one period's bar to another's with the mouse. */
  async function brush(page: Page, from: string, to: string): Promise<void> {
    const at = async (period: string) => {
      const box = await page
        .locator(`[data-testid="timeline-bar"][data-period="${period}"]`)
        .boundingBox();
      expect(box).not.toBeNull();
      return { x: box!.x + box!.width / 2, y: box!.y + box!.height / 2 };
    };
    const [a, b] = [await at(from), await at(to)];
    await page.mouse.move(a.x, a.y);
    await page.mouse.down();
    await page.mouse.move((a.x + b.x) / 2, a.y, { steps: 4 });
    await page.mouse.move(b.x, b.y, { steps: 4 });
    await page.mouse.up();
  }

  /** Waits for the list to show the API's count for the range (the list follows the brush once it rests). */
  async function eventsFor(page: Page, total: number): Promise<void> {
    await page.waitForFunction(
      (t) =>
        document.querySelector<HTMLElement>('[data-testid="timeline-event-count"]')?.dataset
          .total === String(t) && document.querySelector('[aria-busy="true"]') == null,
      total,
    );
  }

  it('brushes a range: the graph and the events follow, the URL keeps it and a reload restores it', async () => {
    context = await browser.newContext({ viewport: LAPTOP });
    await trackRequests(context);
    const page = await context.newPage();
    page.on('pageerror', (err) => pageErrors.push(String(err)));
    await page.goto(`${server.url}/?mode=timeline`);
    await settled(page);
    await page.locator('[data-testid="timeline-bar"]').first().waitFor();

    const expected = await api<{ timeline: TimelineAnswer }>(
      `query($from: String, $to: String) {
        timeline(from: $from, to: $to, first: 50) {
          totalEvents
          events { date relationship { id } designation { id } }
        }
      }`,
      { from: FROM, to: TO },
    );
    const expectedEvents = expected.timeline.events.map((e) => ({
      id: e.relationship?.id ?? e.designation?.id ?? '',
      date: e.date,
    }));
    // The range holds something to see, else the test would prove nothing.
    expect(expected.timeline.totalEvents).toBeGreaterThan(0);
    const strict = await graphIds(false);
    expect(strict.length).toBeGreaterThan(0);

    await brush(page, FROM, TO);
    await page.waitForURL((url) => url.search.includes(`timeFrom=${FROM}&timeTo=${TO}`));
    await settled(page);
    await eventsFor(page, expected.timeline.totalEvents);
    expect(await drawn(page, 'edges')).toEqual(strict);
    expect(await listed(page)).toEqual(expectedEvents);
    await snap(page, 'view-timeline', 'view-timeline');

    // Undated links come back, each drawn as undated, exactly those the API adds.
    await page.getByTestId('timeline-undated').check();
    await page.waitForURL((url) => url.search.includes('undated=1'));
    await settled(page);
    const loose = await graphIds(true);
    expect(await drawn(page, 'edges')).toEqual(loose);
    const undated = await page.evaluate(() =>
      (
        window as unknown as {
          __cy: { edges(s: string): { map<T>(f: (e: { id(): string }) => T): T[] } };
        }
      ).__cy
        .edges('.undated')
        .map((e) => e.id())
        .sort(),
    );
    expect(undated).toEqual(loose.filter((id) => !strict.includes(id)));
    await page.getByTestId('timeline-undated').uncheck();

    // The link alone restores the brush, the graph and the list.
    await page.reload();
    await settled(page);
    await eventsFor(page, expected.timeline.totalEvents);
    expect(new URL(page.url()).search).toContain(`timeFrom=${FROM}&timeTo=${TO}`);
    await expect(
      page.getByTestId('timeline-handle-start').getAttribute('aria-valuetext'),
    ).resolves.toBe(FROM);
    await expect(
      page.getByTestId('timeline-handle-end').getAttribute('aria-valuetext'),
    ).resolves.toBe(TO);
    expect(await drawn(page, 'edges')).toEqual(strict);
    expect(await listed(page)).toEqual(expectedEvents);

    // By keyboard: the start handle is a slider; one year earlier, and the graph follows.
    const earlier = String(Number(FROM) - 1);
    // The graph of the new range is asked for once the brush rests: wait for its answer, then the drawing.
    const answered = page.waitForResponse((response) => {
      const body = response.request().postData() ?? '';
      return body.includes('"operationName":"Graph"') && body.includes(`"from":"${earlier}"`);
    });
    await page.getByTestId('timeline-handle-start').focus();
    await page.keyboard.press('ArrowLeft');
    await page.waitForURL((url) => url.search.includes(`timeFrom=${earlier}&timeTo=${TO}`));
    await answered;
    await settled(page);
    expect(await drawn(page, 'edges')).toEqual(await graphIds(false, earlier, TO));
    expect(pageErrors).toEqual([]);
  });
});

/**
 * The timeline over an imported list that dates its listings (the UN
 * Security Council's consolidated list, LISTED_ON): listings are
 * designation events, counted in their year's bar and listed with the
 * curated facts. Its own server, on a fresh DATA_DIR.
 */
const UN_XML = path.join(
  REPO_ROOT,
  'data',
  'lists',
  'un-consolidated-2025-04-19',
  'consolidated.xml',
);

describeWithChromium('the timeline over an imported list', () => {
  let server: RunningServer;
  let browser: Browser;
  let dataDir: string;
  let context: BrowserContext | null = null;

  beforeAll(async () => {
    ensureBuilt();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-timeline-'));
    runImport(dataDir, ['un-xml', UN_XML]);
    server = await startServer({ DATA_DIR: dataDir });
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    const exit = await server?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    expect(exit?.code === 0 || exit?.signal === 'SIGTERM').toBe(true);
  });

  async function api<T>(query: string): Promise<T> {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return ((await res.json()) as { data: T }).data;
  }

  it("counts the list's listings in their year and lists them as designation events", async () => {
    // The year with the most listings, as the API counts them (never a year written down).
    const { timeline } = await api<{
      timeline: { buckets: { period: string; designations: number }[] };
    }>('{ timeline(bucket: YEAR, types: [SANCTIONS]) { buckets { period designations } } }');
    const busiest = [...timeline.buckets].sort((a, b) => b.designations - a.designations)[0]!;
    const year = busiest.period;
    const { timeline: all } = await api<{
      timeline: {
        buckets: { period: string; relationships: number; designations: number; flows: number }[];
        totalEvents: number;
        events: {
          kind: string;
          designation: { id: string } | null;
          relationship: { id: string } | null;
        }[];
      };
    }>(
      `{ timeline(from: "${year}", to: "${year}", first: 50) {
          buckets { period relationships designations flows }
          totalEvents
          events { kind designation { id } relationship { id } }
        } }`,
    );
    const expected = all.events.map((e) => `${e.kind}:${e.designation?.id ?? e.relationship?.id}`);
    // The UN's own listings are among them (its designations are "un-<reference>--designation").
    expect(expected.some((e) => e.startsWith('LISTED:un-'))).toBe(true);

    context = await browser.newContext({ viewport: LAPTOP });
    await trackRequests(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/?mode=timeline&timeFrom=${year}&timeTo=${year}`);
    await settled(page);
    const counts = all.buckets.find((b) => b.period === year)!;
    await expect(
      page
        .locator(`[data-testid="timeline-bar"][data-period="${year}"]`)
        .getAttribute('data-total'),
    ).resolves.toBe(String(counts.relationships + counts.designations + counts.flows));
    await page.waitForFunction(
      (t) =>
        document.querySelector<HTMLElement>('[data-testid="timeline-event-count"]')?.dataset
          .total === String(t),
      all.totalEvents,
    );
    const listed = await page.$$eval('[data-testid="timeline-event"]', (items) =>
      items.map((li) => `${(li as HTMLElement).dataset.kind}:${(li as HTMLElement).dataset.id}`),
    );
    expect(listed).toEqual(expected);
    await snap(page, 'view-timeline-imported');
  });
});
