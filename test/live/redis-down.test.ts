import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startGateway, type RunningGateway } from '../../src/server/gateway.js';
import { createLogger } from '../../src/telemetry/logger.js';
import { gatewayConfig } from '../helpers/config.js';
import { useSandbox } from '../helpers/sandbox.js';
import { executeOperation } from '../helpers/execute.js';
import { graphql } from '../gql/index.js';
import { subscribeWs } from '../helpers/live-clients.js';
import { CreateAlert, CustomerFeed } from '../helpers/live-documents.js';
import { meteredCustomer } from '../helpers/metered.js';
import { startOwnRedis, type OwnRedis } from '../helpers/own-redis.js';
import { eventually } from '../helpers/wait.js';

// Redis is for scale-out, not a single point of failure. With the gateway's Redis gone, queries,
// mutations and subscriptions are served on local state, readiness says "degraded", the logs say
// so once (as JSON), no client sees an internal message, and it all recovers by itself.

const sandboxHarness = useSandbox();
let token = '';
let redis: OwnRedis;
let gateway: RunningGateway;
const logLines: string[] = [];
const consoleError = vi.spyOn(console, 'error');

beforeAll(async () => {
  token = sandboxHarness.newOrganization();
  redis = await startOwnRedis();
  gateway = await startGateway(
    gatewayConfig(sandboxHarness.url, token, { REDIS_URL: redis.url, POLL_INTERVAL_MS: 200, RATE_LIMIT_PER_MINUTE: 1_000 }),
    createLogger('info', { write: (line: string) => void logLines.push(line) }),
  );
});

afterAll(async () => {
  await gateway?.close();
  await redis?.close();
  consoleError.mockRestore();
});

const Typename = graphql(`
  query RedisDownTypename {
    __typename
  }
`);

const typename = async () => (await executeOperation(gateway.graphqlUrl, Typename)).body;

async function readiness(): Promise<{ status: number; body: { status: string; checks: Record<string, string> } }> {
  const response = await fetch(`${gateway.url}/ready`);
  return { status: response.status, body: (await response.json()) as never };
}

/** Waits until /ready reports Redis as `state` (asked again and again: readiness has no event to hook). */
async function waitForReadiness(check: 'redis', state: string): Promise<void> {
  await eventually(`/ready to report ${check} ${state}`, async () => (await readiness()).body.checks[check] === state, 15_000);
}

const redisLines = () =>
  logLines.map((line) => JSON.parse(line) as { msg: string; redis?: string }).filter((line) => line.redis !== undefined);

describe('with Redis unreachable', () => {
  it('serves queries, mutations and live events on local state; readiness says degraded; logs it once', async () => {
    const customer = await meteredCustomer(sandboxHarness.sandbox, token, 'Served without Redis');
    await redis.stop();
    await waitForReadiness('redis', 'degraded');
    expect((await readiness()).status).toBe(200);

    // Many operations while Redis is gone: every one answered, none with an error.
    for (let i = 0; i < 20; i += 1) expect(await typename()).toEqual({ data: { __typename: 'Query' } });
    const created = await executeOperation(gateway.graphqlUrl, CreateAlert, {
      input: { customerId: customer.customerId, type: 'SPEND_THRESHOLD_REACHED', name: 'Spend while degraded', threshold: 100000 },
    });
    expect(created.body.errors).toBeUndefined();

    // A subscription over graphql-ws works, and a transition found by polling reaches it.
    const feed = subscribeWs(gateway.graphqlUrl, CustomerFeed, 'customerAlertStatusChanged', {
      variables: { customerId: customer.customerId, alertId: customer.alertId },
    });
    try {
      await feed.waitFor(1);
      await customer.ingest(5);
      const [, change] = await feed.waitFor(2);
      expect(change).toMatchObject({ previousStatus: 'OK', status: 'IN_ALARM', source: 'POLL' });
      expect(feed.errors).toEqual([]);
      expect(feed.closeCode).toBeUndefined();
    } finally {
      await feed.close();
    }

    // One line said Redis went away; nothing repeated per reconnect attempt, no stack, no ioredis text.
    expect(redisLines().filter((line) => line.redis === 'degraded')).toHaveLength(1);
    expect(logLines.join('\n')).not.toMatch(/ECONNREFUSED|max retries|Stream isn't writeable|\\n\s+at /);
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('recovers by itself when Redis is back, and shares state through it again', async () => {
    await redis.start();
    await waitForReadiness('redis', 'ok');
    expect(redisLines().map((line) => line.redis)).toEqual(['ok', 'degraded', 'ok']);
    // The rate limit counts in Redis again.
    expect(await typename()).toEqual({ data: { __typename: 'Query' } });
    expect((await redis.client.keys('metronome-gateway:rate:*')).length).toBeGreaterThan(0);
  });
});
