import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { parse, validate, type GraphQLSchema } from 'graphql';
import { estimateUpstreamCalls } from './src/schema/cost.js';
import { buildSchema as buildGatewaySchema } from './src/schema/index.js';

/**
 * GraphQL Code Generator: typed documents from the committed schema, and the gateway's trusted
 * documents.
 * - `test/gql/`: the operations the test suite sends, typed end to end.
 * - `examples/urql-client/gql/`: the same preset as a frontend would use it (see README), with
 *   each document's id (`__meta__.hash`) embedded so the client can send `documentId`.
 * - `trusted-documents/gql/`: the manifest the gateway serves by id (`persisted-documents.json`,
 *   `"sha256:<hex>" → document`): the board's, the example client's and the README's operations.
 *   Each document's upstream-call estimate is computed as the manifest is built; one over the
 *   budget fails `npm run codegen`.
 * Run with `npm run codegen`.
 */

/** The budget trusted documents are held to: the gateway's default, or the one it will run with. */
const UPSTREAM_CALL_BUDGET = Number(process.env.MAX_UPSTREAM_CALLS_PER_OPERATION ?? 150);

/** The id of a trusted document: sha256 of the preset's normalised print, as GraphQL-over-HTTP clients write it. */
export function documentHash(document: string): string {
  return `sha256:${createHash('sha256').update(document).digest('hex')}`;
}

/**
 * The preset's hash function for a manifest: validates the document against the schema,
 * estimates its upstream calls (variables at their declared defaults; the gateway checks again
 * with the real values at run time) and throws, failing codegen, when it is over `budget`.
 */
export function budgetedHash(
  schema: GraphQLSchema,
  budget: number,
  report: (line: string) => void = () => undefined,
): (document: string) => string {
  return (text) => {
    const document = parse(text);
    const errors = validate(schema, document);
    if (errors.length > 0)
      throw new Error(`Trusted document is not valid against the schema: ${errors.map((error) => error.message).join('; ')}\n${text}`);
    for (const definition of document.definitions) {
      if (definition.kind !== 'OperationDefinition') continue;
      const name = definition.name?.value ?? 'anonymous';
      const estimate = estimateUpstreamCalls(schema, document, definition.name?.value);
      if (estimate > budget) {
        throw new Error(
          `Trusted document ${name} would make about ${estimate} upstream calls; the budget is ${budget} (MAX_UPSTREAM_CALLS_PER_OPERATION). Ask for smaller pages.`,
        );
      }
      report(`trusted document ${name}: about ${estimate} upstream calls (budget ${budget})`);
    }
    return documentHash(text);
  };
}

/** The README's ```graphql blocks, one document string each (codegen takes GraphQL source as a pointer). */
export function readmeOperations(readmePath = 'README.md'): string[] {
  return [...readFileSync(readmePath, 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
}

const typedDocumentsConfig = {
  // NodeNext resolution needs the `.js` suffix on the generated relative imports.
  emitLegacyCommonJSImports: false,
  useTypeImports: true,
  enumsAsTypes: true,
  scalars: { DateTime: 'string', JSON: 'unknown', UUID: 'string' },
};

const clientPreset = {
  preset: 'client' as const,
  presetConfig: { fragmentMasking: false },
  config: typedDocumentsConfig,
};

/** A client-preset target whose documents get ids in a manifest, each held to `budget`. */
export function trustedPreset(schema: GraphQLSchema, budget: number, report?: (line: string) => void) {
  return {
    preset: 'client' as const,
    presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: budgetedHash(schema, budget, report) } },
    config: typedDocumentsConfig,
  };
}

// The gateway's own schema: its fields carry their upstream-call costs (the printed SDL does not).
const schema = buildGatewaySchema();
const trusted = trustedPreset(schema, UPSTREAM_CALL_BUDGET);

const config: CodegenConfig = {
  schema: 'schema.graphql',
  ignoreNoDocuments: true,
  generates: {
    'test/gql/': { ...clientPreset, documents: ['test/**/*.ts', '!test/gql/**'] },
    'examples/urql-client/gql/': { ...trusted, documents: ['examples/urql-client/operations.ts'] },
    'trusted-documents/gql/': {
      ...trusted,
      documents: ['public/board/board.js', 'examples/urql-client/operations.ts', ...readmeOperations()],
    },
  },
};

export default config;
