import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // suites of half a minute or more run with `npm run test:slow` (VITEST_SLOW=1), keeping npm test short
    exclude: process.env.VITEST_SLOW ? ['node_modules/**'] : ['node_modules/**', 'test/slow/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
