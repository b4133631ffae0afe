import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // suites of half a minute or more run with `npm run test:slow` (VITEST_SLOW=1), keeping npm test short
    exclude: process.env.VITEST_SLOW ? ['node_modules/**'] : ['node_modules/**', 'test/slow/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Vitest runs (cores − 1) files at once: one on a two-core machine, where most test files
    // wait on the CLI processes they spawn. Two at once there keeps both cores busy.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    minWorkers: 1,
  },
});
