import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen.js';

// The typed documents committed for the tests and the frontend example must match what
// `npm run codegen` produces from the committed schema and operations.

describe('generated typed documents', () => {
  it('are up to date (run `npm run codegen` after changing schema.graphql or an operation)', { timeout: 60_000 }, async () => {
    const root = new URL('../..', import.meta.url).pathname;
    const files = (await generate({ ...config, cwd: root, silent: true }, false)) as Array<{ filename: string; content: string }>;
    expect(files.length).toBeGreaterThanOrEqual(6);
    const stale = files
      .filter((file) => readFileSync(new URL(`../../${file.filename}`, import.meta.url), 'utf8') !== file.content)
      .map((file) => file.filename);
    expect(stale).toEqual([]);
  });
});
