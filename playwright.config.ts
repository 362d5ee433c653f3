import { defineConfig, devices } from '@playwright/test';
import { CHROME_ARGS, CHROME_PATH } from './scripts/lib/chromium.ts';

/**
 * Browser tests against the built site served on 127.0.0.1, in Debian's Chromium (no browser
 * download; flags in scripts/lib/chromium.ts). Two workers (PW_WORKERS): the specs wait on the
 * network, on MapLibre and on child builds much of the time, so two files at once keep both cores
 * busy. Specs that share a server or a crawl keep their tests in one file (one worker each).
 */
const port = Number(process.env.PORT ?? 4321);
const dist = process.env.ASTRO_OUT_DIR ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  workers: Number(process.env.PW_WORKERS ?? 2),
  timeout: 60_000,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? 'line' : 'list',
  use: { baseURL: `http://127.0.0.1:${port}` },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: CHROME_PATH, args: CHROME_ARGS },
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
