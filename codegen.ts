import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Writes schema/schema.graphql, the sorted public SDL, from the Pothos schema in
 * src/graphql/public-schema.ts. `npm run codegen` regenerates it; `npm run codegen:check` (CI) fails when
 * the committed file is stale, and test/schema.test.ts fails too.
 *
 * Second output: test/gql/, the typed documents of the tests (GraphQL Code Generator's client
 * preset). A test writes `graphql(`query … { … }`)` (imported from test/gql/index.js) and passes it
 * to `app.gql()`, which infers the result and variables types; codegen validates every such
 * document against the public schema. Documents a test sends on purpose as invalid stay plain
 * strings (the preset only collects `graphql(…)` calls).
 */
const config: CodegenConfig = {
  schema: './src/graphql/public-schema.ts',
  // Only `graphql(…)` calls are test documents (not `app.gql(…)` strings, nor `gql` template tags).
  pluckConfig: { globalGqlIdentifierName: ['graphql'], gqlMagicComment: 'graphql' },
  generates: {
    'schema/schema.graphql': {
      plugins: ['schema-ast'],
      config: { includeDirectives: false, sort: true },
    },
    'test/gql/': {
      documents: ['test/**/*.ts', '!test/gql/**', '!test/federation/**', '!test/clients/**', '!test/bench/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        emitLegacyCommonJSImports: false,
        avoidOptionals: false,
        skipTypename: true,
        scalars: { DateTime: 'string', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
};

export default config;
