import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { connect, createServer } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { waitForOutput } from '../helpers/wait.js';

// `npm start` the way a user runs it: a signal to the process they started stops everything it
// started (no gateway left holding its port), and a busy port is one line naming it.

const root = new URL('../..', import.meta.url).pathname;
const started: ChildProcess[] = [];

afterAll(() => {
  // Whatever a failed run left behind: each start ran in its own process group.
  for (const child of started) {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
});

function npmStart(env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn('npm', ['start'], {
    cwd: root,
    env: { ...process.env, PORT: '0', SANDBOX_PORT: '0', SANDBOX_SIMULATOR: 'false', METRONOME_BEARER_TOKEN: '', REDIS_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  started.push(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Whether something still accepts connections on the port. */
async function accepting(port: number): Promise<boolean> {
  const socket = connect(port, '127.0.0.1');
  try {
    await once(socket, 'connect');
    return true;
  } catch {
    return false;
  } finally {
    socket.destroy();
  }
}

describe('npm start', () => {
  it('stops the gateway and the sandbox when the npm process gets SIGTERM, freeing their ports', { timeout: 90_000 }, async () => {
    const { child, output, exited } = npmStart({});
    // Each line is awaited as it is printed (the second may already be there).
    const gateway = await waitForOutput(child, /^http:\/\/127\.0\.0\.1:(\d+)\/graphql$/m, output, 60_000);
    const sandbox = await waitForOutput(child, /Sandbox \(Metronome-compatible\) on http:\/\/127\.0\.0\.1:(\d+)/, output, 60_000);
    const ports = [Number(gateway[1]), Number(sandbox[1])];
    for (const port of ports) expect(await accepting(port)).toBe(true);

    process.kill(child.pid ?? 0, 'SIGTERM');
    expect(await exited).toBe(0);
    for (const port of ports) expect(await accepting(port), `port ${port} is still open`).toBe(false);
  });

  it('names a busy port in one line, without a stack, and exits with a non-zero code', { timeout: 90_000 }, async () => {
    const squatter = createServer();
    squatter.listen(0, '127.0.0.1');
    await once(squatter, 'listening');
    const address = squatter.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const { output, exited } = npmStart({ PORT: String(port) });
      expect(await exited).not.toBe(0);
      const lines = output().split('\n');
      expect(
        lines.filter((line) => line.includes(`Port ${port} on 127.0.0.1 is already in use`)),
        output(),
      ).toHaveLength(1);
      expect(output()).not.toMatch(/^\s+at /m);
      expect(output()).not.toContain('EADDRINUSE');
    } finally {
      squatter.close();
    }
  });
});
