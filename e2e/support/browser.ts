import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/**
 * Where Chromium is: `CHROMIUM_PATH` when set, else the first of Debian's
 * `/usr/bin/chromium`, then `chromium`, `chromium-browser`, `google-chrome`
 * on PATH. `npx playwright install` cannot download browsers here, so the
 * suites use the system's.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROMIUM_PATH) return fs.existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined;
  if (fs.existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    const file = found.stdout.trim();
    if (found.status === 0 && file) return file;
  }
  return undefined;
}

const FOUND = findChromium();

/** The Chromium the suites launch ('' when none was found). */
export const CHROMIUM_PATH = FOUND ?? '';

/** How to get one: Debian's package (what .ci/run installs), or any Chrome via CHROMIUM_PATH. */
export const CHROMIUM_INSTALL_HINT =
  'sudo apt-get install -y chromium  (Debian/Ubuntu), or set CHROMIUM_PATH to a Chrome/Chromium binary';

export const SCREENSHOT_DIR = path.resolve(__dirname, '..', '..', 'test-results', 'e2e');

/** True when a Chromium binary is there; the suites say loudly when it is not. */
export function chromiumAvailable(): boolean {
  return FOUND !== undefined;
}

/**
 * `describe` for a suite that drives Chromium. Without one it registers a
 * single test that says so loudly with the install command: it passes
 * (after the warning) on a developer's machine and fails under CI=true.
 * `extraMissing` adds other preconditions the suite needs.
 */
export function describeWithChromium(
  title: string,
  body: () => void,
  extraMissing: string[] = [],
): void {
  const missing = [
    ...(FOUND
      ? []
      : [
          `Chromium not found (CHROMIUM_PATH, /usr/bin/chromium, chromium, chromium-browser, google-chrome): ${CHROMIUM_INSTALL_HINT}`,
        ]),
    ...extraMissing,
  ];
  describe(title, () => {
    if (missing.length === 0) {
      body();
      return;
    }
    const message = missing.join('; ');
    const banner = `\n${'*'.repeat(72)}\n* SKIPPED: ${title}\n* ${message}\n${'*'.repeat(72)}\n`;
    console.warn(banner);
    test(`cannot run (fails under CI=true): ${message}`, () => {
      if (process.env.CI === 'true') throw new Error(`${title}: ${message}`);
    });
  });
}

export async function launchChromium(): Promise<Browser> {
  if (!FOUND) throw new Error(`Chromium not found: ${CHROMIUM_INSTALL_HINT}`);
  return chromium.launch({
    executablePath: FOUND,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}

export function screenshotPath(name: string): string {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return path.join(SCREENSHOT_DIR, `${name}.png`);
}
