import type { GatewayContext } from './context.js';

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
