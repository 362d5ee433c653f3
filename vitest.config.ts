import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Fixed time zone: date formatting must not depend on the machine.
    env: { TZ: 'UTC' },
  },
});
