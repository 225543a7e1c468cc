import { SpanKind, SpanStatusCode, ROOT_CONTEXT, trace, type Span, type TextMapGetter, type Tracer } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { AlwaysOnSampler, BatchSpanProcessor, ParentBasedSampler, TracerProvider } from '@opentelemetry/sdk-trace';
import type { UpstreamAttempt } from '../upstream/transport.js';

/** Share of operations traced when the caller sent no trace context (OTEL_TRACES_SAMPLER_ARG). */
const DEFAULT_TRACE_SAMPLE_RATIO = 0.05;

export interface TracingOptions {
  /** OTLP/HTTP endpoint, e.g. http://collector:4318. */
  endpoint: string;
  /** 0…1: share of new traces recorded; a caller's `traceparent` decides for its own trace. */
  sampleRatio?: number;
}

/** Reads a W3C `traceparent`/`tracestate` from a Fetch API `Headers`. */
const headersGetter: TextMapGetter<Headers> = {
  keys: (carrier) => [...carrier.keys()],
  get: (carrier, key) => carrier.get(key) ?? undefined,
};

/**
 * Optional OpenTelemetry tracing: a span per GraphQL operation and a child span per upstream
 * call attempt, exported over OTLP/HTTP to `OTEL_EXPORTER_OTLP_ENDPOINT`. Off (and free) when
 * no endpoint is configured. The provider is not registered globally: the gateway owns it.
 *
 * Sampling is parent-based: a request carrying a `traceparent` is recorded when its caller
 * recorded it, and other operations start a new trace with probability `sampleRatio`. An
 * operation left out of a new trace costs one random number, and nothing per upstream call.
 */
export class Tracing {
  private readonly provider: TracerProvider;
  private readonly propagator = new W3CTraceContextPropagator();
  readonly tracer: Tracer;
  private readonly sampleRatio: number;

  constructor(options: TracingOptions) {
    this.sampleRatio = options.sampleRatio ?? DEFAULT_TRACE_SAMPLE_RATIO;
    this.provider = new TracerProvider({
      // New traces are sampled in startOperation, before any span exists; a caller's trace
      // context decides for its own trace (parent-based), as before.
      sampler: new ParentBasedSampler({ root: new AlwaysOnSampler() }),
      spanProcessors: [
        new BatchSpanProcessor({
          exporter: new OTLPTraceExporter({ url: `${options.endpoint.replace(/\/+$/, '')}/v1/traces` }),
          scheduledDelayMillis: 500,
        }),
      ],
    });
    this.tracer = this.provider.getTracer('metronome-graphql-gateway');
  }

  /**
   * The operation's span, child of the caller's trace when its headers carry one; undefined for
   * a new trace the sample ratio leaves out. Deciding that first costs one random number, where
   * the SDK would build a non-recording span (ids, name, attributes) for every such operation.
   */
  startOperation(name: string, type: string, requestId: string, headers?: Headers): Span | undefined {
    const continued = headers?.has('traceparent') === true;
    if (!continued && !(Math.random() < this.sampleRatio)) return undefined;
    const parent = continued ? this.propagator.extract(ROOT_CONTEXT, headers as Headers, headersGetter) : ROOT_CONTEXT;
    return this.tracer.startSpan(
      `graphql.${type} ${name}`,
      { kind: SpanKind.SERVER, attributes: { 'graphql.operation.name': name, 'graphql.operation.type': type, 'request.id': requestId } },
      parent,
    );
  }

  /** Records a finished upstream attempt as a child of the operation's span, when that span is recorded. */
  recordAttempt(attempt: UpstreamAttempt, parent: Span | undefined): void {
    if (!parent?.isRecording()) return;
    const end = Date.now();
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
      trace.setSpan(ROOT_CONTEXT, parent),
    );
    if (attempt.error) span.setStatus({ code: SpanStatusCode.ERROR, message: attempt.error });
    span.end(end);
  }

  async shutdown(): Promise<void> {
    await this.provider.shutdown();
  }
}
