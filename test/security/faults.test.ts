import { describe, expect, it } from 'vitest';
import { startGateway } from '../../src/server/gateway.js';
import { graphql } from '../gql/index.js';
import { executeOperation } from '../helpers/execute.js';
import { useGateway } from '../helpers/gateway.js';
import { countCalls } from '../helpers/sandbox.js';
import { seedCustomers } from '../helpers/seed.js';
import { gatewayConfig } from '../helpers/config.js';
import { eventually } from '../helpers/wait.js';

// Behaviour under upstream faults, injected with the sandbox's knobs.

const harness = useGateway({ gateway: { UPSTREAM_MAX_ATTEMPTS: 1, UPSTREAM_TIMEOUT_MS: 300, BREAKER_FAILURE_THRESHOLD: 1000 } });

const FaultyAlerts = graphql(`
  query FaultyAlerts { customers(first: 20) { edges { node { name alerts { edges { cursor } } } } } }
`);
const FaultsFirstCustomer = graphql(`
  query FaultsFirstCustomer { customers(first: 1) { edges { cursor } } }
`);
const CreateOnceOnly = graphql(`
  mutation CreateOnceOnly {
    createThresholdNotification(input: { type: SPEND_THRESHOLD_REACHED, name: "Once only", threshold: 5 }) { thresholdNotificationId }
  }
`);

describe('faults', () => {
  it('answers with partial data and coded errors when 30% of alert lists fail', async () => {
    await seedCustomers(
      harness,
      Array.from({ length: 20 }, (_, i) => ({ name: `Faulty ${i}`, alerts: 1 })),
    );
    await harness.sandboxHarness.setKnobs({
      seed: 7,
      faults: [{ route: 'POST /v1/customer-alerts/list', action: 'status', status: 502, probability: 0.3 }],
    });
    try {
      const { status, body } = await harness.execute(FaultyAlerts);
      expect(status).toBe(200);
      const edges = body.data?.customers?.edges ?? [];
      const failed = edges.filter((edge) => edge.node.alerts === null).length;
      expect(edges).toHaveLength(20);
      expect(failed).toBeGreaterThan(0);
      expect(failed).toBeLessThan(20);
      expect(body.errors).toHaveLength(failed);
      for (const error of body.errors ?? []) {
        expect(error.extensions?.code).toBe('UPSTREAM_ERROR');
        expect(error.path?.at(-1)).toBe('alerts');
      }
    } finally {
      await harness.sandboxHarness.setKnobs({ faults: [] });
    }
  });

  it('opens the circuit on a sustained 503: answers UPSTREAM_UNAVAILABLE at once, then recovers', async () => {
    const gateway = await startGateway(
      gatewayConfig(harness.sandboxHarness.url, harness.token, {
        UPSTREAM_MAX_ATTEMPTS: 1,
        BREAKER_FAILURE_THRESHOLD: 3,
        BREAKER_COOLDOWN_MS: 400,
      }),
    );
    const ask = () => executeOperation(gateway.graphqlUrl, FaultsFirstCustomer);
    try {
      await harness.sandboxHarness.setKnobs({ faults: [{ route: 'GET /v1/customers', action: 'status', status: 503 }] });
      await harness.sandboxHarness.resetCalls();
      for (let i = 0; i < 3; i += 1) expect((await ask()).body.errors?.[0]?.extensions?.code).toBe('UPSTREAM_ERROR');
      for (let i = 0; i < 5; i += 1) expect((await ask()).body.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
      // The open circuit spared Metronome the last five calls.
      expect(countCalls(await harness.sandboxHarness.calls(), 'GET /v1/customers')).toBe(3);
      const open = await (await fetch(`${gateway.url}/metrics`)).text();
      expect(open).toContain('gateway_upstream_circuit_state{route="GET /v1/customers"} 2');

      await harness.sandboxHarness.setKnobs({ faults: [] });
      // Until the cooldown ends the circuit answers UPSTREAM_UNAVAILABLE; then one trial closes it.
      const recovered = await eventually('the circuit to let a trial through', async () => {
        const answer = await ask();
        const code = answer.body.errors?.[0]?.extensions?.code;
        if (code !== undefined) expect(code).toBe('UPSTREAM_UNAVAILABLE');
        return code === undefined && answer;
      });
      expect(recovered.body.errors).toBeUndefined();
      const closed = await (await fetch(`${gateway.url}/metrics`)).text();
      expect(closed).toContain('gateway_upstream_circuit_state{route="GET /v1/customers"} 0');
    } finally {
      await harness.sandboxHarness.setKnobs({ faults: [] });
      await gateway.close();
    }
  });

  it('does not create twice when Metronome commits a create but answers too late', async () => {
    const gateway = await startGateway(
      gatewayConfig(harness.sandboxHarness.url, harness.token, {
        UPSTREAM_TIMEOUT_MS: 200,
        UPSTREAM_MAX_ATTEMPTS: 3,
        UPSTREAM_RETRY_BASE_DELAY_MS: 5,
        UPSTREAM_RETRY_MAX_DELAY_MS: 10,
      }),
    );
    const org = harness.sandboxHarness.sandbox.organization(harness.token);
    const before = org?.alerts.size ?? 0;
    try {
      await harness.sandboxHarness.setKnobs({
        faults: [{ route: 'POST /v1/alerts/create', action: 'delay', delayMs: 600, afterHandler: true, times: 1 }],
      });
      const { body } = await executeOperation(gateway.graphqlUrl, CreateOnceOnly);
      expect(body.errors).toBeUndefined();
      expect(org?.alerts.size).toBe(before + 1);
    } finally {
      await harness.sandboxHarness.setKnobs({ faults: [] });
      await harness.sandboxHarness.waitForIdle();
      await gateway.close();
    }
  });
});
