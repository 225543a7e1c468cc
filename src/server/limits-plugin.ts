import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { ExecutionArgs, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../schema/context.js';
import { estimateUpstreamCalls } from '../schema/cost.js';
import { gatewayError, type ErrorCode } from '../schema/errors.js';
import type { RateLimiter } from './rate-limit.js';

export interface Limits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  /** Budget of estimated upstream calls per operation. */
  maxUpstreamCalls: number;
}

/**
 * A graphql-armor refusal raised as a GraphQL error with a code of its own: armor calls its
 * `onReject` handlers before it would throw its own, uncoded error.
 */
function rejectWith(code: ErrorCode): { onReject: Array<(context: unknown, error: GraphQLError) => void> } {
  return {
    onReject: [
      (_context, error) => {
        throw gatewayError(code, error.message);
      },
    ],
  };
}

/** Static limits checked before execution (graphql-armor): depth, aliases, tokens, directives. */
export function staticLimitPlugins(limits: Limits): Array<Plugin<GatewayContext>> {
  return [
    maxTokensPlugin({ n: limits.maxTokens, exposeLimits: true, ...rejectWith('MAX_TOKENS_EXCEEDED') }),
    maxDepthPlugin({
      n: limits.maxDepth,
      ignoreIntrospection: true,
      flattenFragments: true,
      exposeLimits: true,
      ...rejectWith('MAX_DEPTH_EXCEEDED'),
    }),
    maxAliasesPlugin({ n: limits.maxAliases, exposeLimits: true, ...rejectWith('MAX_ALIASES_EXCEEDED') }),
    maxDirectivesPlugin({ n: limits.maxDirectives, exposeLimits: true, ...rejectWith('MAX_DIRECTIVES_EXCEEDED') }),
  ] as Array<Plugin<GatewayContext>>;
}

/**
 * Before an operation runs: the viewer's rate limit, then the estimate of upstream calls against
 * the budget. Either refusal happens before any upstream call.
 */
export function useOperationGuards(limits: Limits, limiter: RateLimiter): Plugin<GatewayContext> {
  const guard = async (args: ExecutionArgs): Promise<Error | undefined> => {
    const ctx = args.contextValue as GatewayContext;
    const wait = await limiter.take(`${ctx.viewer.tenant}:${ctx.viewer.key}`);
    if (wait > 0) return gatewayError('RATE_LIMITED', 'Too many operations; retry later', { retryAfterMs: wait });
    const estimate = estimateUpstreamCalls(
      args.schema,
      args.document,
      args.operationName,
      (args.variableValues ?? {}) as Record<string, unknown>,
      { viewer: ctx.viewer, customerAlertsPageSize: ctx.paging.customerAlertsPageSize },
    );
    ctx.upstreamCalls.estimate = estimate;
    if (estimate > limits.maxUpstreamCalls) {
      return gatewayError(
        'QUERY_TOO_EXPENSIVE',
        `This operation would make about ${estimate} calls to Metronome; the limit is ${limits.maxUpstreamCalls}. Ask for smaller pages (first) or fewer nested lists.`,
        { estimatedUpstreamCalls: estimate, maxUpstreamCalls: limits.maxUpstreamCalls },
      );
    }
    return undefined;
  };
  return {
    onExecute: async ({ args, setResultAndStopExecution }) => {
      const refusal = await guard(args);
      if (refusal) setResultAndStopExecution({ errors: [refusal as never] });
    },
    onSubscribe: async ({ args, setResultAndStopExecution }) => {
      const refusal = await guard(args);
      if (refusal) setResultAndStopExecution({ errors: [refusal as never] });
    },
  };
}
