import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  // graphql 16 ships CJS and ESM builds; Node loads the CJS one for Pothos and Yoga, so our code
  // must get the same instance or graphql's instanceof checks fail ("another module or realm").
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    include: ['test/**/*.test.ts', 'sdk/test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: one on these two-core machines, every file
    // in turn. Most files wait on child processes and databases, so two overlap them (the PGlite
    // suite: 6.7 min with two; see README, Tests).
    maxWorkers: 2,
    // Every operation's cached query plan is compared with the one Prisma compiles for it.
    env: { ASPIRE_QUERY_PLAN_CHECK: '1' },
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
