import { CHROMIUM_INSTALL_HINT, chromiumAvailable } from './browser';

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
    ...(chromiumAvailable()
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
