import { SpanKind, SpanStatusCode, context as otelContext, trace, type Span, type Tracer } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { BatchSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';
import type { UpstreamAttempt } from '../upstream/transport.js';

/**
 * Optional OpenTelemetry tracing: a span per GraphQL operation and a child span per upstream
 * call attempt, exported over OTLP/HTTP to `OTEL_EXPORTER_OTLP_ENDPOINT`. Off (and free) when
 * no endpoint is configured. The provider is not registered globally: the gateway owns it.
 */
export class Tracing {
  private readonly provider: TracerProvider;
  readonly tracer: Tracer;

  constructor(endpoint: string) {
    this.provider = new TracerProvider({
      spanProcessors: [new BatchSpanProcessor({ exporter: new OTLPTraceExporter({ url: `${endpoint.replace(/\/+$/, '')}/v1/traces` }), scheduledDelayMillis: 500 })],
    });
    this.tracer = this.provider.getTracer('metronome-graphql-gateway');
  }

  startOperation(name: string, type: string, requestId: string): Span {
    return this.tracer.startSpan(`graphql.${type} ${name}`, {
      kind: SpanKind.SERVER,
      attributes: { 'graphql.operation.name': name, 'graphql.operation.type': type, 'request.id': requestId },
    });
  }

  /** Records a finished upstream attempt as a child of the operation's span. */
  recordAttempt(attempt: UpstreamAttempt, parent: Span | undefined): void {
    const end = Date.now();
    const parentContext = parent ? trace.setSpan(otelContext.active(), parent) : otelContext.active();
    const span = this.tracer.startSpan(
      `upstream ${attempt.route}`,
      {
        kind: SpanKind.CLIENT,
        startTime: end - attempt.durationMs,
        attributes: {
          'http.route': attempt.route,
          'upstream.attempt': attempt.attempt,
          ...(attempt.status !== undefined && { 'http.response.status_code': attempt.status }),
          ...(attempt.retryInMs !== undefined && { 'upstream.retry_in_ms': attempt.retryInMs }),
        },
      },
      parentContext,
    );
    if (attempt.error) span.setStatus({ code: SpanStatusCode.ERROR, message: attempt.error });
    span.end(end);
  }

  async shutdown(): Promise<void> {
    await this.provider.shutdown();
  }
}
