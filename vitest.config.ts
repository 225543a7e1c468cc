import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

const jsonReport = process.env.VITEST_JSON_REPORT;

export const PRODUCTION_BUILD_TEST = 'test/ops/production-start.test.ts';

export default defineConfig({
  resolve: {
    // graphql 16 ships both index.mjs and index.js; Vite would pick the .mjs for our sources while
    // yoga and Pothos load the .js, giving two graphql instances (and failing instanceof checks).
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // The production-build test (npm ci --omit=dev, tsc build, node dist/main.js) takes a minute:
    // CI runs it on its own (npm run test:production-build), not every `npm test`.
    exclude: ['**/node_modules/**', PRODUCTION_BUILD_TEST],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Files run in parallel workers; each starts its own servers on ephemeral ports.
    pool: 'forks',
    // .ci/run asks for a JSON report too, to print the "N passed, N failed" line CI reads.
    reporters: jsonReport ? ['default', 'json'] : ['default'],
    ...(jsonReport && { outputFile: { json: jsonReport } }),
  },
});
