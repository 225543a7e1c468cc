import { canSeeCustomer, isAdmin } from '../auth/viewer.js';
import type { GatewayContext } from './context.js';
import { gatewayError, notFound } from './errors.js';

/** Mutations that change organization-wide configuration are for admin viewers only. */
export function requireAdmin(ctx: GatewayContext, action: string): void {
  if (!isAdmin(ctx.viewer)) throw gatewayError('FORBIDDEN', `Only admin viewers may ${action}`);
}

/** A customer the viewer may not see reads as missing, so the error does not reveal it exists. */
export function requireCustomerAccess(ctx: GatewayContext, customerId: string): void {
  if (!canSeeCustomer(ctx.viewer, customerId)) throw notFound(`No customer with id ${customerId}`);
}

/**
 * After a mutation that may change statuses, refresh the customer's feed at once (source
 * MUTATION) rather than waiting for a webhook or the next poll. Fire and forget: the mutation's
 * answer does not wait for it.
 */
export function refreshAfterMutation(ctx: GatewayContext, customerIds: readonly string[]): void {
  for (const customerId of customerIds) {
    // Outlives the mutation's request (and is shared with other refreshes): not request-bound.
    ctx.live.refresher.refresh(ctx.viewer.tenant, ctx.liveUpstream, customerId, 'MUTATION').catch(() => undefined);
  }
}
