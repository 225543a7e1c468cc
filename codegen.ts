import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * GraphQL Code Generator: typed documents from the committed schema.
 * - `test/gql/`: the operations the test suite sends, typed end to end.
 * - `examples/urql-client/gql/`: the same preset as a frontend would use it (see README).
 * Run with `npm run codegen`.
 */
const clientPreset = {
  preset: 'client' as const,
  presetConfig: { fragmentMasking: false },
  config: {
    // NodeNext resolution needs the `.js` suffix on the generated relative imports.
    emitLegacyCommonJSImports: false,
    useTypeImports: true,
    enumsAsTypes: true,
    scalars: { DateTime: 'string', JSON: 'unknown', UUID: 'string' },
  },
};

const config: CodegenConfig = {
  schema: 'schema.graphql',
  ignoreNoDocuments: true,
  generates: {
    'test/gql/': { ...clientPreset, documents: ['test/**/*.ts', '!test/gql/**'] },
    'examples/urql-client/gql/': { ...clientPreset, documents: ['examples/urql-client/operations.ts'] },
  },
};

export default config;
