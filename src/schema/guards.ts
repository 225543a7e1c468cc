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

/**
 * Runs a mutation's upstream call, then retires the cached reads it may have changed, before the
 * mutation answers — also when the call failed, since a timed-out change may still have happened.
 */
export async function changeUpstream<T>(ctx: GatewayContext, retire: readonly string[], change: () => Promise<T>): Promise<T> {
  try {
    return await change();
  } finally {
    await ctx.cache.invalidate(retire, 'mutation');
  }
}
