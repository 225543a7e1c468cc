import { describe, expect, it } from 'vitest';
import { useGateway } from '../helpers/gateway.js';

// Operation names are chosen by clients: however many and however long they send, /metrics and
// the logs stay bounded.

const harness = useGateway({ gateway: { RATE_LIMIT_PER_MINUTE: 0 } });

async function metricsText(): Promise<string> {
  return (await fetch(`${harness.gateway.url}/metrics`)).text();
}

/** The distinct `operation` label values of the operations counter. */
function operationLabels(metrics: string): Set<string> {
  const labels = new Set<string>();
  for (const match of metrics.matchAll(/^gateway_graphql_operations_total\{[^}]*operation="([^"]*)"/gm)) labels.add(match[1] ?? '');
  return labels;
}

describe('operation names in metrics and logs', () => {
  it('gives at most 100 names a series of their own; 150 fresh names add only "other"', async () => {
    // Raw documents on purpose, here and below: the names are made at run time (150 of them, or 100 KB long).
    // Ten at a time: the first hundred names all arrive before any later one.
    for (let batch = 0; batch < 15; batch += 1) {
      const answers = await Promise.all(
        Array.from({ length: 10 }, (_, i) => harness.post(JSON.stringify({ query: `query Fresh${batch * 10 + i} { __typename }` }))),
      );
      for (const { body } of answers) expect(body.errors).toBeUndefined();
    }
    const labels = operationLabels(await metricsText());
    expect(labels.size).toBeLessThanOrEqual(101);
    expect(labels).toContain('Fresh0');
    expect(labels).toContain('other');
    expect(labels).not.toContain('Fresh149');
  });

  it('never puts a 100 KB name in /metrics or in a log line', async () => {
    const huge = `Q${'x'.repeat(100_000)}`;
    const { body } = await harness.post(JSON.stringify({ query: `query ${huge} { __typename }` }));
    expect(body.errors).toBeUndefined();
    const metrics = await metricsText();
    expect(metrics).not.toContain('x'.repeat(200));
    const line = harness.logLines.find((logged) => logged.includes('"graphql operation"') && logged.includes('Qxxxx'));
    expect(line).toBeDefined();
    expect(line?.length ?? Number.POSITIVE_INFINITY).toBeLessThan(2_000);
    expect(JSON.parse(line ?? '{}').operation).toBe(`${huge.slice(0, 100)}…(100001 chars)`);
  });
});
