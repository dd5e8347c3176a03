import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/** `npm run test:postgres`: tests against a real PostgreSQL server (Debian's postgresql; .ci/run installs it). */
export default defineConfig({
  resolve: { alias: { graphql: require.resolve('graphql') } },
  test: { include: ['test/postgres/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000, fileParallelism: false },
});
