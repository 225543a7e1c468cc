import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startGateway } from '../../src/server/gateway.js';
import { useSandbox } from '../helpers/sandbox.js';
import { createWorld } from '../helpers/world.js';

// With OTEL_EXPORTER_OTLP_ENDPOINT set, each operation is a span and each upstream call a child
// span, exported over OTLP/HTTP; a local collector stand-in receives them.

const sandboxHarness = useSandbox();

interface OtlpSpan {
  name: string;
  spanId: string;
  parentSpanId?: string;
  traceId: string;
}

describe('tracing', () => {
  it('exports a span per operation with a child span per upstream call', async () => {
    const received: Array<{ contentType: string | undefined; body: string }> = [];
    const collector = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => {
        received.push({ contentType: request.headers['content-type'], body });
        response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
    const endpoint = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;

    const world = await createWorld(sandboxHarness.sandbox, sandboxHarness.newOrganization());
    const gateway = await startGateway({ host: '127.0.0.1', port: 0, metronomeBaseUrl: sandboxHarness.url, metronomeToken: world.token, otlpEndpoint: endpoint });
    try {
      const response = await fetch(gateway.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `query Traced { customer(id: "${world.customerId}") { name alerts { edges { cursor } } } }` }),
      });
      expect(response.status).toBe(200);
    } finally {
      await gateway.close(); // flushes the exporter
      await new Promise<void>((resolve) => collector.close(() => resolve()));
    }

    expect(received.length).toBeGreaterThan(0);
    expect(received[0]?.contentType).toContain('json');
    const spans: OtlpSpan[] = received.flatMap(({ body }) =>
      (JSON.parse(body) as { resourceSpans: Array<{ scopeSpans: Array<{ spans: OtlpSpan[] }> }> }).resourceSpans.flatMap((resource) =>
        resource.scopeSpans.flatMap((scope) => scope.spans),
      ),
    );
    const operation = spans.find((span) => span.name === 'graphql.query Traced');
    expect(operation).toBeDefined();
    const children = spans.filter((span) => span.parentSpanId === operation?.spanId).map((span) => span.name).sort();
    expect(children).toEqual(['upstream GET /v1/customers', 'upstream POST /v1/customer-alerts/list']);
    expect(new Set(spans.filter((span) => span.parentSpanId === operation?.spanId).map((span) => span.traceId))).toEqual(new Set([operation?.traceId]));
  });
});
