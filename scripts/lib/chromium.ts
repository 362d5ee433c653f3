/**
 * The browser every tool here drives (tests, benchmarks): Debian's Chromium, never a downloaded one.
 * SwiftShader gives MapLibre a software WebGL in headless mode.
 */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROME_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--enable-unsafe-swiftshader',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
