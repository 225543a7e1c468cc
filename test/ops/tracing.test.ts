import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../../src/server/gateway.js';
import { graphql } from '../gql/index.js';
import { executeOperation } from '../helpers/execute.js';
import { startOtlpCollector, type OtlpSpan } from '../helpers/otlp-collector.js';
import { useSandbox } from '../helpers/sandbox.js';
import { createWorld, type World } from '../helpers/world.js';
import { gatewayConfig } from '../helpers/config.js';

// With OTEL_EXPORTER_OTLP_ENDPOINT set, a sampled operation is a span and each of its upstream
// calls a child span, exported over OTLP/HTTP to a local collector stand-in. Sampling is
// parent-based: the caller's traceparent decides for its trace, OTEL_TRACES_SAMPLER_ARG for the rest.

const sandboxHarness = useSandbox();

/** Runs `send` against a gateway tracing at `ratio`, then stops it (which flushes the exporter) and returns the spans. */
async function traced(ratio: number, send: (gateway: RunningGateway, world: World) => Promise<void>): Promise<OtlpSpan[]> {
  const collector = await startOtlpCollector();
  const world = await createWorld(sandboxHarness.sandbox, sandboxHarness.newOrganization());
  const gateway = await startGateway(
    gatewayConfig(sandboxHarness.url, world.token, {
      OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint,
      OTEL_TRACES_SAMPLER_ARG: ratio,
      RATE_LIMIT_PER_MINUTE: 0,
    }),
  );
  try {
    await send(gateway, world);
  } finally {
    await gateway.close();
    await collector.close();
  }
  return collector.spans();
}

/** Sends a typed operation, which must be answered 200 (span names are `graphql.<type> <operation name>`). */
async function query<TResult, TVariables>(
  gateway: RunningGateway,
  document: TypedDocumentNode<TResult, TVariables>,
  variables?: TVariables,
  headers: Record<string, string> = {},
): Promise<void> {
  const { status } = await executeOperation(gateway.graphqlUrl, document, variables, headers);
  expect(status).toBe(200);
}

const Traced = graphql(`
  query Traced($id: ID!) {
    customer(id: $id) { name alerts { edges { cursor } } }
  }
`);
const Sampled = graphql(`
  query Sampled { __typename }
`);
const Unsampled = graphql(`
  query Unsampled { __typename }
`);
const FromCaller = graphql(`
  query FromCaller($id: ID!) {
    customer(id: $id) { name }
  }
`);
const NotByCaller = graphql(`
  query NotByCaller($id: ID!) {
    customer(id: $id) { name }
  }
`);
const Marker = graphql(`
  query Marker { __typename }
`);

const CALLER_TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const CALLER_SPAN = '00f067aa0ba902b7';

describe('tracing', () => {
  it('exports a span per operation with a child span per upstream call', async () => {
    const spans = await traced(1, (gateway, world) => query(gateway, Traced, { id: world.customerId }));
    const operation = spans.find((span) => span.name === 'graphql.query Traced');
    expect(operation).toBeDefined();
    const children = spans.filter((span) => span.parentSpanId === operation?.spanId);
    expect(children.map((span) => span.name).sort()).toEqual([
      'upstream GET /v1/customers/{customer_id}',
      'upstream POST /v1/customer-alerts/list',
    ]);
    expect(new Set(children.map((span) => span.traceId))).toEqual(new Set([operation?.traceId]));
  });

  it('traces about the configured share of operations that start a trace', async () => {
    const operations = 200;
    const spans = await traced(0.25, async (gateway) => {
      for (let i = 0; i < operations; i += 1) await query(gateway, Sampled);
    });
    const sampled = spans.filter((span) => span.name === 'graphql.query Sampled').length;
    // Binomial(200, 0.25): mean 50, standard deviation 6.1; these bounds are five deviations out.
    expect(sampled).toBeGreaterThanOrEqual(20);
    expect(sampled).toBeLessThanOrEqual(80);
  });

  it("follows the caller's traceparent: recorded when the caller sampled it, even at ratio 0, with its upstream calls", async () => {
    const spans = await traced(0, async (gateway, world) => {
      for (let i = 0; i < 20; i += 1) await query(gateway, Unsampled);
      await query(
        gateway,
        FromCaller,
        { id: world.customerId },
        {
          traceparent: `00-${CALLER_TRACE}-${CALLER_SPAN}-01`,
        },
      );
    });
    expect(spans.filter((span) => span.name === 'graphql.query Unsampled')).toEqual([]);
    const operation = spans.find((span) => span.name === 'graphql.query FromCaller');
    expect(operation).toMatchObject({ traceId: CALLER_TRACE, parentSpanId: CALLER_SPAN });
    expect(spans.filter((span) => span.parentSpanId === operation?.spanId).map((span) => span.name)).toEqual([
      'upstream GET /v1/customers/{customer_id}',
    ]);
  });

  it('records nothing, not even upstream child spans, for a trace the caller did not sample, even at ratio 1', async () => {
    const spans = await traced(1, async (gateway, world) => {
      await query(
        gateway,
        NotByCaller,
        { id: world.customerId },
        {
          traceparent: `00-${CALLER_TRACE}-${CALLER_SPAN}-00`,
        },
      );
      await query(gateway, Marker);
    });
    // The marker proves the exporter ran and delivered.
    expect(spans.map((span) => span.name)).toEqual(['graphql.query Marker']);
  });
});
