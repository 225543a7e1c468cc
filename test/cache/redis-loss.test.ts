import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../../src/server/gateway.js';
import { metricValue, waitForMetric } from '../helpers/cache.js';
import { graphql } from '../gql/index.js';
import { gatewayConfig } from '../helpers/config.js';
import { executeOperation } from '../helpers/execute.js';
import { meteredCustomer } from '../helpers/metered.js';
import { startOwnRedis, type OwnRedis } from '../helpers/own-redis.js';
import { useSandbox } from '../helpers/sandbox.js';

// Redis loses its data (a restart without persistence, a FLUSHALL, a failover to an empty
// replica) after a webhook invalidated an entry but before anyone read it again: the generations
// read 0 once more, and must still not match what was invalidated. This file runs its own Redis.

const SECRET = 'whsec-cache-redis-loss';
const sandboxHarness = useSandbox({ webhooks: { baseDelayMs: 10, maxDelayMs: 50 } });
let redis: OwnRedis;
let gateway: RunningGateway;
let token = '';

beforeAll(async () => {
  redis = await startOwnRedis();
  token = sandboxHarness.newOrganization();
  gateway = await startGateway(
    gatewayConfig(sandboxHarness.url, token, { REDIS_URL: redis.url, METRONOME_WEBHOOK_SECRET: SECRET, POLL_INTERVAL_MS: 600_000 }),
  );
  const org = sandboxHarness.sandbox.organization(token);
  if (org) org.webhookDestinations = [{ url: gateway.webhookUrl, secret: SECRET }];
});

afterAll(async () => {
  await gateway.close();
  await redis.close();
});

const LostStatus = graphql(`
  query LostStatus($customerId: ID!, $alertId: ID!) { customerAlert(customerId: $customerId, alertId: $alertId) { customerStatus } }
`);

/** The customer's status as the gateway answers it, and the cache's report on that read. */
async function status(customerId: string, alertId: string) {
  const { body } = await executeOperation(gateway.graphqlUrl, LostStatus, { customerId, alertId });
  return { status: body.data?.customerAlert?.customerStatus, cache: body.extensions?.cache };
}

describe('Redis losing the generations', () => {
  it('an entry invalidated before the loss is not served after it', async () => {
    const customer = await meteredCustomer(sandboxHarness.sandbox, token, 'Customer across a Redis loss');
    await status(customer.customerId, customer.alertId);
    expect(await status(customer.customerId, customer.alertId)).toEqual({ status: 'OK', cache: { hits: 1, misses: 0 } });

    const accepted = await metricValue(gateway.url, 'gateway_webhooks_total', { outcome: 'accepted' });
    const refreshed = await metricValue(gateway.url, 'gateway_status_refreshes_total', { source: 'WEBHOOK' });
    await customer.ingest(6);
    await waitForMetric(gateway.url, 'gateway_webhooks_total', { outcome: 'accepted' }, accepted + 1);
    // The live refresh that follows the webhook invalidates too; let it finish before the loss.
    await waitForMetric(gateway.url, 'gateway_status_refreshes_total', { source: 'WEBHOOK' }, refreshed + 1);
    await redis.client.flushall();

    expect(await status(customer.customerId, customer.alertId)).toEqual({ status: 'IN_ALARM', cache: { hits: 0, misses: 1 } });
  });
});
