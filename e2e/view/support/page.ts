import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Download, Page } from 'playwright-core';
import { screenshotPath } from '../../support/browser';
import { REPO_ROOT } from '../../support/server';

/**
 * What the view suites read from the page: cytoscape through `window.__cy`
 * (see client/README.md), the rest through data-testids.
 */
interface CyElement {
  id(): string;
  data(key: string): unknown;
  hasClass(name: string): boolean;
  position(): { x: number; y: number };
  renderedPosition(): { x: number; y: number };
  renderedMidpoint(): { x: number; y: number };
  renderedWidth(): number;
}
interface CyCollection {
  map<T>(f: (e: CyElement) => T): T[];
  not(selector: string): CyCollection;
  nodes(): CyCollection;
  edges(): CyCollection;
  length: number;
  renderedBoundingBox(): { x1: number; y1: number; x2: number; y2: number };
}
export interface CyWindow {
  __cy: {
    nodes(selector?: string): CyCollection;
    edges(selector?: string): CyCollection;
    $(selector: string): CyCollection;
    getElementById(id: string): CyElement & { length: number };
    animated(): boolean;
    zoom(): number;
    pan(): { x: number; y: number };
    width(): number;
    height(): number;
  };
}

/**
 * Counts the page's fetches in flight in `window.__inflight` (installed
 * before any page script runs), so that `settled` can tell "the graph is
 * still" from "the graph is still because the next answer has not come yet".
 * Test instrumentation only: the page itself is not changed.
 */
export async function trackRequests(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __inflight: number };
    w.__inflight = 0;
    const original = window.fetch.bind(window);
    window.fetch = async (...args: Parameters<typeof fetch>) => {
      w.__inflight += 1;
      try {
        return await original(...args);
      } finally {
        w.__inflight -= 1;
      }
    };
  });
}

/**
 * Waits until the graph has nodes, no request is in flight (when
 * `trackRequests` is installed), no layout is moving nodes and no camera
 * animation runs, for several frames in a row (a camera move may start in
 * the frame after a layout ends). A condition, not a delay: fast on a quick
 * machine, patient on a loaded one.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const w = window as unknown as Partial<CyWindow> & {
      __stableFrames?: number;
      __lastView?: string;
      __inflight?: number;
    };
    const cy = w.__cy;
    const canvas = document.querySelector<HTMLElement>('[data-testid="graph-canvas"]');
    // What the user sees: the camera and where the drawn nodes are.
    const view = cy
      ? JSON.stringify([
          cy.zoom(),
          cy.pan(),
          cy.width(),
          cy.height(),
          cy.nodes().not('.hidden').renderedBoundingBox(),
        ])
      : '';
    const still =
      !!cy &&
      !w.__inflight &&
      cy.nodes().not('.hidden').length > 0 &&
      canvas?.dataset.layout === 'idle' &&
      !cy.animated() &&
      cy.$(':animated').length === 0 &&
      view === w.__lastView;
    w.__lastView = view;
    w.__stableFrames = still ? (w.__stableFrames ?? 0) + 1 : 0;
    return w.__stableFrames >= 5;
  });
}

/** Ids of the drawn (not hidden) nodes or edges, sorted. */
export function drawn(page: Page, group: 'nodes' | 'edges' = 'nodes'): Promise<string[]> {
  return page.evaluate(
    (g) =>
      (window as unknown as CyWindow).__cy[g]()
        .not('.hidden')
        .map((e) => e.id())
        .sort(),
    group,
  );
}

/** Ids of the highlighted nodes and edges, sorted. */
export function highlighted(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window as unknown as CyWindow).__cy
      .$('.highlighted')
      .map((e) => e.id())
      .sort(),
  );
}

/** A data field of a node or edge. */
export function dataOf(page: Page, id: string, key: string): Promise<unknown> {
  return page.evaluate(
    ([i, k]) => (window as unknown as CyWindow).__cy.getElementById(i!).data(k!),
    [id, key],
  );
}

/** Model positions of the drawn nodes. */
export function positions(page: Page): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate(() =>
    Object.fromEntries(
      (window as unknown as CyWindow).__cy
        .nodes()
        .not('.hidden')
        .map((n) => [n.id(), n.position()]),
    ),
  );
}

/** Page coordinates of a node's centre or an edge's midpoint. */
async function pointOf(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = (await page.getByTestId('graph-canvas').boundingBox())!;
  const at = await page.evaluate((i) => {
    const el = (window as unknown as CyWindow).__cy.getElementById(i);
    return el.data('source') ? el.renderedMidpoint() : el.renderedPosition();
  }, id);
  return { x: box.x + at.x, y: box.y + at.y };
}

/** Clicks a node or an edge with the mouse, where it is drawn. */
export async function click(page: Page, id: string): Promise<void> {
  const { x, y } = await pointOf(page, id);
  await page.mouse.click(x, y);
}

/** Double-clicks a node with the mouse. */
export async function doubleClick(page: Page, id: string): Promise<void> {
  const { x, y } = await pointOf(page, id);
  await page.mouse.dblclick(x, y);
}

/** Types into a search box (`search`, `path-from-search`...) and picks the suggestion matching `option`. */
export async function pick(
  page: Page,
  query: string,
  option: RegExp,
  prefix = 'search',
): Promise<void> {
  await page.getByTestId(`${prefix}-input`).fill(query);
  await page.getByTestId(`${prefix}-option`).filter({ hasText: option }).first().click();
}

/** Saves a screenshot under test-results/e2e, and under docs/ too when UPDATE_DOCS_SCREENSHOTS is set. */
export async function snap(page: Page, name: string, docsName?: string): Promise<void> {
  const file = screenshotPath(name);
  await page.screenshot({ path: file });
  if (docsName && process.env.UPDATE_DOCS_SCREENSHOTS) {
    fs.copyFileSync(file, path.join(REPO_ROOT, 'docs', `${docsName}.png`));
  }
}

/** Clicks `trigger` and returns the downloaded file's name and bytes. */
export async function download(
  page: Page,
  trigger: () => Promise<void>,
): Promise<{ name: string; bytes: Buffer }> {
  const [file] = (await Promise.all([page.waitForEvent('download'), trigger()])) as [
    Download,
    void,
  ];
  const at = await file.path();
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(at) };
}

/** Waits until the element with `testId` (the first one) reads exactly `text`. */
export async function waitForText(page: Page, testId: string, text: string): Promise<void> {
  await page.waitForFunction(
    ([id, expected]) => document.querySelector(`[data-testid="${id}"]`)?.textContent === expected,
    [testId, text],
  );
}
