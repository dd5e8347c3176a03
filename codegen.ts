import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Writes schema/schema.graphql, the sorted public SDL, from the Pothos schema in
 * src/graphql/schema.ts. `npm run codegen` regenerates it; `npm run codegen:check` (CI) fails when
 * the committed file is stale, and test/schema.test.ts fails too.
 */
const config: CodegenConfig = {
  schema: './src/graphql/schema.ts',
  generates: {
    'schema/schema.graphql': {
      plugins: ['schema-ast'],
      config: { includeDirectives: false, sort: true },
    },
  },
};

export default config;
