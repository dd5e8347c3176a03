import { defineConfig } from 'vitest/config';

/** `npm run test:browser`: GraphiQL in Chromium against `npm start`. Not part of `npm test`. */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
