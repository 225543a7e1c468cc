import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { UpstreamAttempt } from '../upstream/transport.js';
import { OperationNames } from './operation-names.js';

/**
 * Everything the gateway exposes on `/metrics`, in its own registry (one per gateway, so two
 * gateways in one process — as in the tests — never share counters).
 */
export class GatewayMetrics {
  readonly registry = new Registry();

  /** Bounds the `operation` label of the operation metrics (client-chosen names). */
  readonly operationNames = new OperationNames();

  readonly operations = new Counter({
    name: 'gateway_graphql_operations_total',
    help: 'GraphQL operations by name, type and outcome (ok, error, partial).',
    labelNames: ['operation', 'type', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly operationSeconds = new Histogram({
    name: 'gateway_graphql_operation_duration_seconds',
    help: 'GraphQL operation latency (queries and mutations).',
    labelNames: ['operation', 'type'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly errors = new Counter({
    name: 'gateway_graphql_errors_total',
    help: 'Errors returned to clients, by extensions.code.',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  readonly upstreamCalls = new Counter({
    name: 'gateway_upstream_requests_total',
    help: 'Attempts of upstream calls by route and status ("none" when no answer came).',
    labelNames: ['route', 'status'] as const,
    registers: [this.registry],
  });

  readonly upstreamSeconds = new Histogram({
    name: 'gateway_upstream_request_duration_seconds',
    help: 'Upstream call attempt latency by route.',
    labelNames: ['route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15],
    registers: [this.registry],
  });

  readonly upstreamRetries = new Counter({
    name: 'gateway_upstream_retries_total',
    help: 'Upstream attempts that were followed by a retry, by route.',
    labelNames: ['route'] as const,
    registers: [this.registry],
  });

  readonly breakerState = new Gauge({
    name: 'gateway_upstream_circuit_state',
    help: 'Circuit breaker state per upstream route: 0 closed, 1 half-open, 2 open.',
    labelNames: ['route'] as const,
    registers: [this.registry],
  });

  readonly batchSize = new Histogram({
    name: 'gateway_dataloader_batch_size',
    help: 'Keys per DataLoader batch, by loader.',
    labelNames: ['loader'] as const,
    buckets: [1, 2, 5, 10, 25, 50, 100],
    registers: [this.registry],
  });

  readonly subscriptions = new Gauge({
    name: 'gateway_active_subscriptions',
    help: 'Subscriptions currently open (graphql-ws and SSE).',
    registers: [this.registry],
  });

  readonly slowConsumers = new Counter({
    name: 'gateway_slow_consumers_closed_total',
    help: 'graphql-ws connections closed (1013) because they did not read their events in time.',
    registers: [this.registry],
  });

  readonly webSockets = new Gauge({
    name: 'gateway_websocket_connections',
    help: 'Open graphql-ws connections.',
    registers: [this.registry],
  });

  readonly webhooks = new Counter({
    name: 'gateway_webhooks_total',
    help: 'Metronome webhooks by outcome (accepted, duplicate, or the reason for rejection).',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  readonly refreshes = new Counter({
    name: 'gateway_status_refreshes_total',
    help: 'Customer status refreshes by what triggered them (WEBHOOK, POLL, MUTATION, SNAPSHOT).',
    labelNames: ['source'] as const,
    registers: [this.registry],
  });

  readonly transitions = new Counter({
    name: 'gateway_status_transitions_total',
    help: 'Status transitions published to subscribers, by source.',
    labelNames: ['source'] as const,
    registers: [this.registry],
  });

  readonly pollErrors = new Counter({
    name: 'gateway_poll_errors_total',
    help: 'Poll cycles that failed.',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** Records one upstream attempt (the transport's observer). */
  recordUpstream(attempt: UpstreamAttempt): void {
    this.upstreamCalls.inc({ route: attempt.route, status: attempt.status === undefined ? 'none' : String(attempt.status) });
    this.upstreamSeconds.observe({ route: attempt.route }, attempt.durationMs / 1000);
    if (attempt.retryInMs !== undefined) this.upstreamRetries.inc({ route: attempt.route });
  }
}
