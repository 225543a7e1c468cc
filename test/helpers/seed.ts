import type { GatewayHarness } from './gateway.js';
import { YEAR_END, YEAR_START } from './world.js';

export interface CustomerSpec {
  name: string;
  alias?: string;
  /** How many customer-specific spend notifications ("Alert 0", "Alert 1", … with thresholds 1000, 2000, …). */
  alerts?: number;
  /** How many prepaid commits ("Commit 0", … with priority i and amount 100 × (i + 1)). */
  commits?: number;
}

export interface SeededCustomer {
  id: string;
  alertIds: string[];
  commitIds: string[];
}

const products = new Map<string, string>();

/**
 * Creates customers (and their notifications and commits) in the gateway's organization, directly
 * in the sandbox: setup calls are neither counted nor sent through the gateway under test.
 */
export async function seedCustomers(harness: GatewayHarness, specs: CustomerSpec[]): Promise<SeededCustomer[]> {
  const sandbox = harness.sandboxHarness.sandbox;
  const org = sandbox.organization(harness.token);
  if (!org) throw new Error('The gateway organization does not exist');
  const create = async (path: string, body: unknown): Promise<string> =>
    ((await sandbox.dispatch(org, 'POST', path, body)) as { data: { id: string } }).data.id;

  let productId = products.get(harness.token);
  if (!productId) {
    productId = await create('/v1/contract-pricing/products/create', { name: 'Platform', type: 'FIXED' });
    products.set(harness.token, productId);
  }

  const seeded: SeededCustomer[] = [];
  for (const spec of specs) {
    const id = await create('/v1/customers', { name: spec.name, ...(spec.alias && { ingest_aliases: [spec.alias] }) });
    const alertIds: string[] = [];
    for (let i = 0; i < (spec.alerts ?? 0); i += 1) {
      alertIds.push(
        await create('/v1/alerts/create', {
          alert_type: 'spend_threshold_reached',
          name: `Alert ${i}`,
          threshold: 1000 * (i + 1),
          customer_id: id,
        }),
      );
    }
    const commitIds: string[] = [];
    for (let i = 0; i < (spec.commits ?? 0); i += 1) {
      commitIds.push(
        await create('/v1/contracts/customerCommits/create', {
          customer_id: id,
          type: 'PREPAID',
          name: `Commit ${i}`,
          priority: i,
          product_id: productId,
          access_schedule: { schedule_items: [{ amount: 100 * (i + 1), starting_at: YEAR_START, ending_before: YEAR_END }] },
        }),
      );
    }
    seeded.push({ id, alertIds, commitIds });
  }
  return seeded;
}

/** The product commits are created with in this organization. */
export function productOf(harness: GatewayHarness): string {
  const id = products.get(harness.token);
  if (!id) throw new Error('Seed a customer first');
  return id;
}
