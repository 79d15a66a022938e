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
