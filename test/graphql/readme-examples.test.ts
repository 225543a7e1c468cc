import { readFileSync } from 'node:fs';
import { Kind, parse, print, validate, type OperationDefinitionNode } from 'graphql';
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

function readmeOperations(): OperationDefinitionNode[] {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
  return blocks.flatMap((block) =>
    parse(block).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION),
  );
}

describe('documented operations', () => {
  it('GraphiQL’s default query runs without errors and shows the demo customers', async () => {
    const { body } = await harness.post(JSON.stringify({ query: DEFAULT_QUERY }));
    expect(body.errors).toBeUndefined();
    expect(JSON.stringify(body.data)).toContain('Acme Corporation');
  });

  it('every README operation is valid, and every query and mutation runs on the demo data', async () => {
    const operations = readmeOperations();
    expect(operations.length).toBeGreaterThanOrEqual(7);
    const acme = demo.customers.acme ?? '';
    const acmeUsageAlert = [...demo.org.alerts.values()].find((alert) => alert.customerId === acme)?.alert.id ?? '';
    const variables: Record<string, string> = {
      customerId: acme,
      productId: demo.products.platform,
      alertId: acmeUsageAlert,
      id: acmeUsageAlert,
    };
    const schema = buildSchema();
    for (const operation of operations) {
      const document = { kind: Kind.DOCUMENT, definitions: [operation] } as const;
      expect(validate(schema, document), operation.name?.value).toEqual([]);
      if (operation.operation === 'subscription') continue;
      const wanted = Object.fromEntries(
        (operation.variableDefinitions ?? []).map((v) => [v.variable.name.value, variables[v.variable.name.value]]),
      );
      const { body } = await harness.post(JSON.stringify({ query: print(document), variables: wanted }));
      expect(body.errors, operation.name?.value).toBeUndefined();
    }
  });
});
