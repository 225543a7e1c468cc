import { spawn, execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { executeOperation } from '../helpers/execute.js';
import { waitForOutput } from '../helpers/wait.js';

// The Dockerfile's recipe, run outside Docker (no image can be built here): compile, install the
// runtime dependencies only into a clean copy, start the compiled server with production
// defaults, query it, stop it with SIGTERM.

const run = promisify(execFile);
const root = new URL('../..', import.meta.url).pathname;
const workdir = mkdtempSync(join(tmpdir(), 'gateway-prod-'));

afterAll(() => rmSync(workdir, { recursive: true, force: true }));

const FirstCustomerName = graphql(`
  query FirstCustomerName {
    customers(first: 1) { edges { node { name } } }
  }
`);

describe('production start', () => {
  it('builds, installs with --omit=dev, serves without GraphiQL, and exits 0 on SIGTERM', { timeout: 180_000 }, async () => {
    await run(join(root, 'node_modules/.bin/tsc'), ['-p', join(root, 'tsconfig.build.json'), '--outDir', join(workdir, 'dist')]);
    cpSync(join(root, 'package.json'), join(workdir, 'package.json'));
    cpSync(join(root, 'package-lock.json'), join(workdir, 'package-lock.json'));
    cpSync(join(root, 'public'), join(workdir, 'public'), { recursive: true });
    cpSync(join(root, 'trusted-documents'), join(workdir, 'trusted-documents'), { recursive: true });
    await run('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: workdir, timeout: 150_000 });

    const child = spawn(process.execPath, ['dist/main.js'], {
      cwd: workdir,
      env: { ...process.env, NODE_ENV: 'production', PORT: '0', SANDBOX_PORT: '0', SANDBOX_SIMULATOR: 'false', METRONOME_BEARER_TOKEN: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      const printed = await waitForOutput(child, /^(http:\/\/127\.0\.0\.1:\d+\/graphql)$/m, () => output, 10_000).catch(() => undefined);
      const url = printed?.[1];
      expect(url, output).toBeDefined();
      expect(output).toContain('GraphiQL is off');

      const answer = await executeOperation(url ?? '', FirstCustomerName);
      expect(answer.body).toEqual({ data: { customers: { edges: [{ node: { name: 'Acme Corporation' } }] } } });
      const page = await fetch(url ?? '', { headers: { accept: 'text/html' } });
      expect(page.headers.get('content-type') ?? '').not.toContain('text/html');
      expect((await fetch((url ?? '').replace('/graphql', '/health'))).status).toBe(200);
      expect((await fetch((url ?? '').replace('/graphql', '/board'))).status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });
});
