import { SpanStatusCode } from '@opentelemetry/api';
import { getOperationAST, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../schema/context.js';
import { maskError } from '../schema/errors.js';
import type { Logger } from '../telemetry/logger.js';
import type { GatewayMetrics } from '../telemetry/metrics.js';
import { loggableName } from '../telemetry/operation-names.js';
import type { Tracing } from '../telemetry/tracing.js';

/**
 * One log line and one set of metrics per query or mutation: name, type, outcome, duration,
 * upstream calls made, error codes, request id.
 */
export function useTelemetry(metrics: GatewayMetrics, logger: Logger, tracing?: Tracing): Plugin<GatewayContext> {
  return {
    onExecute: ({ args }) => {
      const started = performance.now();
      const ctx = args.contextValue;
      const operation = getOperationAST(args.document, args.operationName);
      // Client-chosen: cut for logs and spans, bounded as a metric label.
      const name = loggableName(operation?.name?.value ?? 'anonymous');
      const label = metrics.operationNames.label(operation?.name?.value ?? 'anonymous');
      const type = operation?.operation ?? 'unknown';
      const span = tracing?.startOperation(name, type, ctx.requestId, (ctx as { request?: Request }).request?.headers);
      if (span) ctx.trace.span = span;
      return {
        onExecuteDone: ({ result }) => {
          if (Symbol.asyncIterator in (result as object)) return;
          const { errors, data } = result as ExecutionResult;
          const codes = (errors ?? []).map((error) => String(maskError(error, '').extensions.code));
          // Partial: errors, but some top-level field still carries data.
          const someData = data ? Object.values(data).some((value) => value !== null) : false;
          const outcome = codes.length === 0 ? 'ok' : someData ? 'partial' : 'error';
          const seconds = (performance.now() - started) / 1000;
          metrics.operations.inc({ operation: label, type, outcome });
          metrics.operationSeconds.observe({ operation: label, type }, seconds);
          for (const code of codes) metrics.errors.inc({ code });
          if (span?.isRecording()) {
            span.setAttributes({ 'graphql.outcome': outcome, 'upstream.calls': ctx.upstreamCalls.count });
            if (codes.length > 0) span.setAttribute('graphql.error_codes', [...new Set(codes)]);
            if (outcome === 'error') span.setStatus({ code: SpanStatusCode.ERROR });
          }
          span?.end();
          // The log line's object is built only when it will be written (not at LOG_LEVEL=warn).
          if (!logger.isLevelEnabled('info')) return;
          logger.info(
            {
              requestId: ctx.requestId,
              operation: name,
              type,
              outcome,
              durationMs: Math.round(seconds * 10_000) / 10,
              upstreamCalls: ctx.upstreamCalls.count,
              ...(ctx.upstreamCalls.estimate !== undefined && { estimatedUpstreamCalls: ctx.upstreamCalls.estimate }),
              ...(codes.length > 0 && { errorCodes: [...new Set(codes)] }),
            },
            'graphql operation',
          );
        },
      };
    },
  };
}
