import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import { trustedPreset } from '../../codegen.js';
import { buildSchema as buildGatewaySchema } from '../../src/schema/index.js';

// The trusted-documents manifest is built by codegen's client preset; each document's upstream
// call estimate is computed as it is built, and a document over the budget fails the build.

const root = new URL('../..', import.meta.url).pathname;
const schema = buildGatewaySchema();

/** Runs the same preset `npm run codegen` uses over the documents of a temp dir. */
async function buildManifest(documents: Record<string, string>, budget = 150): Promise<Record<string, string>> {
  const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
  for (const [name, text] of Object.entries(documents)) writeFileSync(join(dir, name), text);
  const files = (await generate(
    {
      schema: join(root, 'schema.graphql'),
      silent: true,
      generates: { [join(dir, 'gql/')]: { ...trustedPreset(schema, budget), documents: [join(dir, '*.graphql')] } },
    },
    false,
  )) as Array<{ filename: string; content: string }>;
  const manifest = files.find((file) => file.filename.endsWith('persisted-documents.json'));
  return JSON.parse(manifest?.content ?? '{}') as Record<string, string>;
}

const EXPENSIVE = `query TooMuch { customers(first: 100) { edges { node { name
  alerts(first: 100) { edges { cursor } }
  commits(first: 25) { edges { cursor } } } } } }`;

describe('the trusted-documents manifest', () => {
  it('holds every document within the budget under its sha256 id', { timeout: 60_000 }, async () => {
    const manifest = await buildManifest({
      'cheap.graphql': 'query Cheap { customers(first: 20) { edges { node { name alerts { edges { cursor } } } } } }',
    });
    const [[id, text]] = Object.entries(manifest) as [[string, string]];
    expect(id).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(text).toContain('query Cheap');
  });

  it('fails the build on a document estimated over the budget, naming it and its estimate', { timeout: 60_000 }, async () => {
    await expect(
      buildManifest({ 'cheap.graphql': 'query Cheap { customers { edges { cursor } } }', 'expensive.graphql': EXPENSIVE }),
    ).rejects.toThrow(/TooMuch would make about \d+ upstream calls; the budget is 150/);
  });

  it('holds documents to the budget the gateway will run with', { timeout: 60_000 }, async () => {
    // 1 + 100 × 4 alert pages (25 each) + 100 commit pages = 501.
    await expect(buildManifest({ 'expensive.graphql': EXPENSIVE }, 600)).resolves.toBeDefined();
    await expect(
      buildManifest({ 'page.graphql': 'query Page { customers(first: 20) { edges { node { name alerts { edges { cursor } } } } } }' }, 10),
    ).rejects.toThrow(/Page would make about \d+ upstream calls; the budget is 10/);
  });
});
