import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  // graphql ships both .mjs and .js; Pothos loads the CommonJS build, so the tests must use the same
  // one or graphql's realm check fails ("Cannot use GraphQLObjectType from another module").
  resolve: { alias: { graphql: require.resolve('graphql') } },
  test: {
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // One module graph per worker, not per file: the schema and its dependencies load once per worker
    // (each test file still builds its own app and simulators, so no state is shared by accident).
    pool: 'threads',
    isolate: false,
    // Both cores: vitest's default leaves one free (one worker on a 2-core machine: 60 s instead of ~40 s).
    maxWorkers: 2,
    minWorkers: 1,
    projects: [
      {
        extends: true,
        test: {
          name: 'default',
          include: ['test/**/*.test.ts'],
          // GraphiQL in Chromium: `npm run test:browser`; a real PostgreSQL: `npm run test:postgres`.
          exclude: ['test/browser/**', 'test/postgres/**', '**/node_modules/**'],
        },
      },
      {
        // The provider contract suite again, in a build whose registry has a FIFTH provider defined only
        // under test/ (test/contract/registry.ts = the real ones + test/contract/fake). Its own project:
        // with isolate:false an alias cannot be switched per file.
        extends: true,
        resolve: {
          alias: [{ find: /^\.\/registry\.js$/, replacement: fileURLToPath(new URL('./test/contract/registry.ts', import.meta.url)) }],
        },
        // The real providers pass the same suite in the default project; here it runs for the fake one only.
        test: { name: 'contract-fake', include: ['test/contract/**/*.test.ts', 'test/contract/**/*.fake-test.ts'], env: { CONTRACT_PROVIDERS: 'fake' } },
      },
    ],
  },
});
