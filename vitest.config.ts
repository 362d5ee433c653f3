import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Some tests run the real CLIs (npm run data, npm run geo) as child processes: seconds each on
    // an idle 2-core machine, several times that when a build runs beside them.
    testTimeout: 60_000,
    // Fixed time zone: date formatting must not depend on the machine.
    env: { TZ: 'UTC' },
  },
});
