/** The gateway's `gateway_active_subscriptions` gauge, read from its /metrics endpoint. */
export async function activeSubscriptions(gatewayUrl: string): Promise<number> {
  const text = await (await fetch(`${gatewayUrl}/metrics`)).text();
  return Number(/^gateway_active_subscriptions (\d+)/m.exec(text)?.[1]);
}
