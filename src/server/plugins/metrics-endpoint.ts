import type { Plugin } from 'graphql-yoga';
import type { GatewayMetrics } from '../../telemetry/metrics.js';

/** `/metrics`: the gateway's Prometheus registry in the text exposition format. */
export function useMetricsEndpoint(metrics: GatewayMetrics, path = '/metrics'): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== path) return;
      const text = await metrics.registry.metrics();
      endResponse(new fetchAPI.Response(text, { status: 200, headers: { 'content-type': metrics.registry.contentType } }));
    },
  };
}
