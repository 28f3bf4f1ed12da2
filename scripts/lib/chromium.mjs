// The one place that says how this project drives Chromium: the system binary (Debian's `chromium`, or
// CHROMIUM_PATH) with software WebGL (SwiftShader, no GPU needed) and no background traffic. Used by the e2e
// config (playwright.config.ts), the load benchmark and the screenshot script, so they all measure the same browser.

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Playwright launch options for that browser. */
export const chromiumLaunchOptions = () => ({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
