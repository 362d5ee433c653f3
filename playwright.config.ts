import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests against the built site served on 127.0.0.1, in Debian's Chromium (no browser
 * download). Software WebGL (SwiftShader) lets MapLibre render headless.
 */
const port = Number(process.env.PORT ?? 4321);
const dist = process.env.ASTRO_OUT_DIR ?? 'dist';
const args = [
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

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  timeout: 60_000,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? 'line' : 'list',
  use: { baseURL: `http://127.0.0.1:${port}` },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args },
      },
    },
  ],
  webServer: {
    command: `node scripts/serve.ts ${dist} ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
