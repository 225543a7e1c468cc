import { readFileSync } from 'node:fs';
import { Kind, parse, validate, type OperationDefinitionNode } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemo, type DemoWorld } from '../../src/sandbox/demo.js';
import { buildSchema } from '../../src/schema/index.js';
import { DEFAULT_QUERY } from '../../src/server/graphiql.js';
import { useGateway } from '../helpers/gateway.js';

// The README's example operations and GraphiQL's default query must run, as shipped, against
// the demo organization.

const harness = useGateway();
let demo: DemoWorld;

beforeAll(async () => {
  const org = harness.sandboxHarness.sandbox.organization(harness.token);
  if (!org) throw new Error('no organization');
  demo = await seedDemo(harness.sandboxHarness.sandbox, org);
});

/** The README's ```graphql blocks, each as pasted: its text and its one operation. */
function readmeBlocks(): { text: string; operation: OperationDefinitionNode }[] {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  return [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => {
    const text = match[1] ?? '';
    const operations = parse(text).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    // Two operations in one block could not be run as pasted (OPERATION_RESOLUTION_FAILURE).
    expect(operations, text).toHaveLength(1);
    return { text, operation: operations[0] as OperationDefinitionNode };
  });
}

describe('documented operations', () => {
  it('GraphiQL’s default query runs without errors and shows the demo customers', async () => {
    // Raw on purpose here and below: the test is that the shipped text runs, exactly as written.
    const { body } = await harness.post(JSON.stringify({ query: DEFAULT_QUERY }));
    expect(body.errors).toBeUndefined();
    expect(JSON.stringify(body.data)).toContain('Acme Corporation');
  });

  it('every README block holds one operation, valid, and every query and mutation runs as pasted on the demo data', async () => {
    const blocks = readmeBlocks();
    expect(blocks.length).toBeGreaterThanOrEqual(7);
    const acme = demo.customers.acme ?? '';
    const acmeUsageAlert = [...demo.org.alerts.values()].find((alert) => alert.customerId === acme)?.alert.id ?? '';
    const variables: Record<string, string> = {
      customerId: acme,
      productId: demo.products.platform,
      alertId: acmeUsageAlert,
      id: acmeUsageAlert,
      metricId: demo.metrics.apiRequests,
    };
    const schema = buildSchema();
    for (const { text, operation } of blocks) {
      expect(validate(schema, parse(text)), operation.name?.value).toEqual([]);
      if (operation.operation === 'subscription') continue;
      const wanted = Object.fromEntries(
        (operation.variableDefinitions ?? []).map((v) => [v.variable.name.value, variables[v.variable.name.value]]),
      );
      // The block's text as it stands, with no operationName: what pasting it into GraphiQL sends.
      const { body } = await harness.post(JSON.stringify({ query: text, variables: wanted }));
      expect(body.errors, operation.name?.value).toBeUndefined();
    }
  });
});
