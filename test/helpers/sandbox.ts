import Metronome from '@metronome/sdk';
import { afterAll, beforeAll, expect } from 'vitest';
import { Sandbox, type ObservedResponse, type SandboxOptions } from '../../src/sandbox/server.js';
import type { KnobSettings } from '../../src/sandbox/knobs.js';
import { specViolations } from './openapi.js';
import { eventually } from './wait.js';

/** A running sandbox for one test file, on an ephemeral loopback port. */
export interface SandboxHarness {
  readonly sandbox: Sandbox;
  readonly url: string;
  /** Every API response sent so far; checked against Metronome's OpenAPI spec after the file's tests. */
  readonly responses: ObservedResponse[];
  /** A new, empty organization; returns its bearer token. */
  newOrganization(): string;
  /** The official SDK pointed at the sandbox. Retries are off unless asked for, so call counts stay exact. */
  sdk(token: string, options?: { maxRetries?: number }): Metronome;
  /** Calls per `METHOD /path` since the last reset, read over HTTP like a test client would. */
  calls(): Promise<Record<string, number>>;
  resetCalls(): Promise<void>;
  setKnobs(settings: KnobSettings): Promise<void>;
  /** Resolves once no API call is being served (e.g. after a client gave up on a slow one). */
  waitForIdle(): Promise<void>;
}

/**
 * Starts a sandbox before the file's tests and stops it after them; then fails the file if any
 * response the sandbox sent does not validate against the vendored OpenAPI spec.
 */
export function useSandbox(options: Omit<SandboxOptions, 'onResponse'> = {}): SandboxHarness {
  const responses: ObservedResponse[] = [];
  let sandbox: Sandbox | undefined;
  let url = '';

  beforeAll(async () => {
    sandbox = new Sandbox({ ...options, onResponse: (response) => responses.push(response) });
    url = await sandbox.listen('127.0.0.1', 0);
  });

  afterAll(async () => {
    await sandbox?.close();
    expect(specViolations(responses)).toEqual([]);
  });

  const admin = async (method: string, path: string, body?: unknown): Promise<Response> => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
    return response;
  };

  return {
    get sandbox() {
      if (!sandbox) throw new Error('The sandbox is not started yet (use it inside a test or hook)');
      return sandbox;
    },
    get url() {
      return url;
    },
    responses,
    newOrganization() {
      return this.sandbox.createOrganization().token;
    },
    sdk(token, sdkOptions = {}) {
      return new Metronome({ bearerToken: token, baseURL: url, maxRetries: sdkOptions.maxRetries ?? 0 });
    },
    async calls() {
      return (await (await admin('GET', '/__sandbox/calls')).json()) as Record<string, number>;
    },
    async resetCalls() {
      await admin('DELETE', '/__sandbox/calls');
    },
    async setKnobs(settings) {
      await admin('PUT', '/__sandbox/knobs', settings);
    },
    async waitForIdle() {
      await eventually(
        'the sandbox to finish the calls in flight',
        async () => ((await (await admin('GET', '/__sandbox/inflight')).json()) as { current: number }).current === 0,
        4_000,
      );
    },
  };
}

/** Sums the calls whose `METHOD /path` key starts with the given prefix. */
export function countCalls(calls: Record<string, number>, prefix: string): number {
  return Object.entries(calls)
    .filter(([key]) => key.startsWith(prefix))
    .reduce((sum, [, count]) => sum + count, 0);
}
