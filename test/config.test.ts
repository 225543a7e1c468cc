import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ConfigError, helpText, loadConfig, settings, summarizeConfig } from '../src/config.js';
import { graphql } from './gql/index.js';
import { withoutCacheReport } from './helpers/cache-report.js';
import { executeOperation } from './helpers/execute.js';
import { waitForOutput } from './helpers/wait.js';

const MainFirstCustomer = graphql(`
  query MainFirstCustomer {
    customers(first: 1) { edges { node { name } } }
  }
`);

describe('configuration', () => {
  it('reads defaults, environment variables and flags (flags win)', () => {
    const config = loadConfig({ PORT: '5000', POLL_INTERVAL_MS: '1000' }, ['--port', '6000']);
    expect(config).toMatchObject({ PORT: 6000, POLL_INTERVAL_MS: 1000, HOST: '127.0.0.1', AUTH_MODE: 'none', GRAPHIQL: true });
  });

  it('names every invalid variable', () => {
    try {
      loadConfig({ PORT: 'eighty', AUTH_MODE: 'maybe', METRONOME_BASE_URL: 'not a url' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      for (const name of ['PORT', 'AUTH_MODE', 'METRONOME_BASE_URL']) expect(message).toContain(name);
    }
  });

  it('refuses AUTH_MODE=none on a public interface with a real Metronome token, and jwt without a key', () => {
    expect(() => loadConfig({ HOST: '0.0.0.0', METRONOME_BEARER_TOKEN: 'real-token' })).toThrow(/AUTH_MODE: "none" would let anyone/);
    expect(loadConfig({ HOST: '0.0.0.0' })).toMatchObject({ AUTH_MODE: 'none' }); // sandbox only: fine
    expect(() => loadConfig({ AUTH_MODE: 'jwt' })).toThrow(/JWT_SECRET/);
    expect(loadConfig({ AUTH_MODE: 'jwt', JWT_SECRET: 'x'.repeat(32), HOST: '0.0.0.0', METRONOME_BEARER_TOKEN: 't' })).toMatchObject({
      AUTH_MODE: 'jwt',
    });
  });

  it('summarises non-default settings at startup with secrets masked', () => {
    const config = loadConfig({ METRONOME_BEARER_TOKEN: 'mt_secret_token', JWT_SECRET: 'y'.repeat(40), AUTH_MODE: 'jwt', PORT: '5001' });
    if (config === 'help') throw new Error('unexpected');
    const summary = summarizeConfig(config);
    expect(summary).toContain('PORT=5001');
    expect(summary).toContain('AUTH_MODE=jwt');
    expect(summary).toContain('METRONOME_BEARER_TOKEN=***');
    expect(summary).not.toContain('mt_secret_token');
    expect(summary).not.toContain('y'.repeat(40));
    expect(summary).not.toContain('MAX_DEPTH');
  });

  it('separates the key settings from the ones changed from their defaults, and lists no default as changed', () => {
    const defaults = loadConfig({});
    if (defaults === 'help') throw new Error('unexpected');
    expect(summarizeConfig(defaults)).toBe(
      'METRONOME_BASE_URL=https://api.metronome.com  REDIS_URL=(unset)  POLL_INTERVAL_MS=30000  AUTH_MODE=none; changed from defaults: (none)',
    );
    const changed = loadConfig({ PORT: '5001', MAX_DEPTH: '12', MAX_ALIASES: '7' });
    if (changed === 'help') throw new Error('unexpected');
    expect(summarizeConfig(changed)).toMatch(/; changed from defaults: PORT=5001 {2}MAX_ALIASES=7$/);
  });

  it('lists every setting with its flag and default in --help', () => {
    expect(loadConfig({}, ['--help'])).toBe('help');
    const help = helpText();
    for (const name of Object.keys(settings)) {
      expect(help).toContain(name);
      expect(help).toContain(`--${name.toLowerCase().replaceAll('_', '-')}`);
    }
    expect(help).toContain('default 4000');
  });

  it('lines up the --help columns, however long a flag is', () => {
    const rows = helpText()
      .split('\n')
      .filter((line) => line.startsWith('  --'));
    expect(rows).toHaveLength(Object.keys(settings).length);
    const starts = (pattern: RegExp) => new Set(rows.map((row) => row.search(pattern)));
    // The variable name, the default and the description each start in one column for every row.
    expect(starts(/ [A-Z][A-Z0-9_]+ /)).toHaveProperty('size', 1);
    expect(starts(/ default /)).toHaveProperty('size', 1);
  });
});

/** Runs `src/main.ts` like `npm start` does, collecting its output. */
function startMain(env: Record<string, string>, args: string[] = []) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', ...args], {
    env: { ...process.env, ...env, METRONOME_BEARER_TOKEN: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

/** Waits (bounded) until the gateway printed its GraphQL URL on a line of its own. */
async function graphqlUrlOf(run: ReturnType<typeof startMain>): Promise<string | undefined> {
  const printed = await waitForOutput(run.child, /^(http:\/\/127\.0\.0\.1:\d+\/graphql)$/m, run.output, 28_000).catch(() => undefined);
  return printed?.[1];
}

describe('npm start', () => {
  it('refuses bad configuration with a non-zero exit and the variable named', async () => {
    const run = startMain({ PORT: 'not-a-port' });
    expect(await run.exited).toBe(2);
    expect(run.output()).toContain('PORT');
  });

  it('refuses a too-short JWT_SECRET without echoing it', async () => {
    const run = startMain({ JWT_SECRET: 'short-but-secret', PORT: '0' });
    expect(await run.exited).toBe(2);
    expect(run.output()).toContain('JWT_SECRET: use at least 32 characters (got 16 characters)');
    expect(run.output()).not.toContain('short-but-secret');
  });

  it('prints REDIS_URL in the startup summary with its password masked', async () => {
    // A closed port: the summary is printed whether or not Redis answers.
    const run = startMain({
      PORT: '0',
      SANDBOX_PORT: '0',
      SANDBOX_SIMULATOR: 'false',
      LOG_LEVEL: 'silent',
      REDIS_URL: 'redis://gateway:hunter2-pass@127.0.0.1:1',
    });
    try {
      expect(await graphqlUrlOf(run), run.output()).toBeDefined();
      expect(run.output()).toContain('REDIS_URL=redis://gateway:***@127.0.0.1:1');
      expect(run.output()).not.toContain('hunter2-pass');
    } finally {
      run.child.kill('SIGKILL');
      await run.exited;
    }
  });

  it('starts the sandbox and the gateway, prints the GraphiQL URL on its own line, answers, and stops cleanly on SIGTERM', async () => {
    const run = startMain({ PORT: '0', SANDBOX_PORT: '0', SANDBOX_SIMULATOR: 'false', LOG_LEVEL: 'silent' });
    const url = await graphqlUrlOf(run);
    expect(url, run.output()).toBeDefined();
    expect(run.output()).toMatch(/Sandbox \(Metronome-compatible\) on http:\/\/127\.0\.0\.1:\d+/);
    const { body } = await executeOperation(url ?? '', MainFirstCustomer);
    expect(withoutCacheReport(body)).toEqual({ data: { customers: { edges: [{ node: { name: 'Acme Corporation' } }] } } });
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  });
});
