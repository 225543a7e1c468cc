import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { ExpiryTimers } from '../../src/auth/expiry-timer.js';
import { createLogger } from '../../src/telemetry/logger.js';
import { startGateway, type GatewayConfig, type RunningGateway } from '../../src/server/gateway.js';
import { gatewayConfig } from './config.js';
import { executeOperation, type OperationResponse, postGraphql } from './execute.js';
import type { SandboxOptions } from '../../src/sandbox/server.js';
import { useSandbox, type SandboxHarness } from './sandbox.js';

export interface GatewayHarness {
  readonly sandboxHarness: SandboxHarness;
  readonly gateway: RunningGateway;
  /** The bearer token of the organization the gateway serves (a fresh one per test file). */
  readonly token: string;
  /** Every log line the gateway wrote (JSON), for assertions on logs. */
  readonly logLines: string[];
  /** Sends a typed operation over HTTP, as a frontend would, and returns the status, headers and body. */
  execute<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables?: TVariables,
    headers?: Record<string, string>,
  ): Promise<OperationResponse<TResult>>;
  /** Sends raw text: only for requests a typed document cannot express (malformed, invalid, built at run time). */
  post(body: string, headers?: Record<string, string>): Promise<OperationResponse<Record<string, unknown>>>;
}

/** A sandbox, a fresh organization in it, and a gateway serving that organization, for one test file. */
export function useGateway(
  options: {
    sandbox?: Omit<SandboxOptions, 'onResponse'>;
    gateway?: Partial<GatewayConfig>;
    /** The gateway's "now" (forecasts, default series ranges); pass the sandbox's clock to keep them in step. */
    clock?: () => Date;
    /** The time tokens expire against (`ManualExpiryTimers` moves a token past its `exp` at once). */
    expiryTimers?: ExpiryTimers;
  } = {},
): GatewayHarness {
  const sandboxHarness = useSandbox(options.sandbox);
  let gateway: RunningGateway | undefined;
  let token = '';

  const logLines: string[] = [];
  const logger = createLogger('debug', { write: (line: string) => void logLines.push(line) });

  beforeAll(async () => {
    token = sandboxHarness.newOrganization();
    gateway = await startGateway(
      gatewayConfig(sandboxHarness.url, token, { UPSTREAM_RETRY_BASE_DELAY_MS: 5, UPSTREAM_RETRY_MAX_DELAY_MS: 20, ...options.gateway }),
      logger,
      { ...(options.clock && { clock: options.clock }), ...(options.expiryTimers && { expiryTimers: options.expiryTimers }) },
    );
  });

  afterAll(async () => {
    await gateway?.close();
    // Across every test that uses this harness: no log line carries a credential.
    const secrets = [token, options.gateway?.METRONOME_WEBHOOK_SECRET].filter((secret): secret is string => Boolean(secret));
    const leaks = logLines.filter((line) => secrets.some((secret) => line.includes(secret)));
    expect(leaks).toEqual([]);
  });

  const graphqlUrl = () => {
    if (!gateway) throw new Error('The gateway is not started yet');
    return gateway.graphqlUrl;
  };

  return {
    sandboxHarness,
    get gateway() {
      if (!gateway) throw new Error('The gateway is not started yet');
      return gateway;
    },
    get token() {
      return token;
    },
    logLines,
    execute: (document, variables, headers) => executeOperation(graphqlUrl(), document, variables, headers),
    post: (body, headers) => postGraphql(graphqlUrl(), body, headers),
  };
}
