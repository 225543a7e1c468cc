import type { Plugin } from 'graphql-yoga';
import type { GatewayMetrics } from '../../telemetry/metrics.js';

/** `/metrics`: the gateway's Prometheus registry in the text exposition format. */
export function useMetricsEndpoint(metrics: GatewayMetrics, path = '/metrics'): Plugin {
  return {
    // Synchronous for every other path: an async hook would cost every request a promise.
    onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== path) return;
      return metrics.registry.metrics().then((text) => {
        endResponse(new fetchAPI.Response(text, { status: 200, headers: { 'content-type': metrics.registry.contentType } }));
      });
    },
  };
}
