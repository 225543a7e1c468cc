import { afterAll, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config.js';
import { transportOptions } from '../../src/server/services.js';
import { MetronomeClient } from '../../src/upstream/client.js';
import { UpstreamTransport } from '../../src/upstream/transport.js';
import { useSandbox } from '../helpers/sandbox.js';
import { createWorld } from '../helpers/world.js';

// An operator who raises the process's upstream cap (UPSTREAM_MAX_CONCURRENCY, with as many
// connections) and sets no per-organization cap gets the whole of it for the one organization a
// jwt or none-mode gateway serves: the per-organization cap is off unless set.

const harness = useSandbox();
const transports: UpstreamTransport[] = [];
afterAll(async () => Promise.all(transports.map((transport) => transport.close())));

it('lets one organization use the whole raised process cap when no per-organization cap is set', async () => {
  const world = await createWorld(harness.sandbox, harness.newOrganization());
  const config = { ...defaultConfig(), METRONOME_BASE_URL: harness.url, UPSTREAM_MAX_CONCURRENCY: 200, UPSTREAM_CONNECTIONS: 200 };
  const transport = new UpstreamTransport(transportOptions(config));
  transports.push(transport);
  const client = new MetronomeClient(transport, world.token);
  // Calls stay open long enough for all of them to be in flight at once.
  await harness.setKnobs({ latency: { fixedMs: 1_000, jitterMs: 0 } });
  await harness.waitForIdle();
  await harness.resetCalls();
  await Promise.all(Array.from({ length: 200 }, () => client.getCustomer(world.customerId)));
  const inflight = (await (await fetch(`${harness.url}/__sandbox/inflight`)).json()) as { peak: number };
  expect(inflight.peak).toBe(200);
});
