import type { Sandbox } from '../../src/sandbox/server.js';

/** Ids of a minimal billing world created in one organization. */
export interface World {
  token: string;
  customerId: string;
  productId: string;
  metricId: string;
}

export const YEAR_START = '2026-01-01T00:00:00.000Z';
export const YEAR_END = '2027-01-01T00:00:00.000Z';

/** Creates, in-process, a customer, a billable metric and a product to hang commits and alerts on. */
export async function createWorld(sandbox: Sandbox, token: string, customerName = 'Test customer'): Promise<World> {
  const org = sandbox.organization(token) ?? sandbox.createOrganization(token);
  const post = async (path: string, body: unknown): Promise<string> =>
    ((await sandbox.dispatch(org, 'POST', path, body)) as { data: { id: string } }).data.id;
  const metricId = await post('/v1/billable-metrics/create', { name: 'Requests', aggregation_type: 'COUNT' });
  const productId = await post('/v1/contract-pricing/products/create', { name: 'Platform', type: 'FIXED' });
  const customerId = await post('/v1/customers', { name: customerName });
  return { token, customerId, productId, metricId };
}
