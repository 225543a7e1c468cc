import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
function withCode(error: unknown, code: string): unknown {
  if (!(error instanceof GraphQLError) || error.extensions.code !== undefined) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, code },
  });
}

/**
 * Gives the errors GraphQL itself raises before execution a code too (graphql-armor's refusals
 * already carry theirs, see limits-plugin.ts), so that every error a
 * client sees carries `extensions.code`: GRAPHQL_PARSE_FAILED and GRAPHQL_VALIDATION_FAILED.
 */
export function useErrorCodes(): Plugin {
  return {
    onParse:
      () =>
      ({ result, replaceParseResult }) => {
        if (result instanceof Error) replaceParseResult(withCode(result, 'GRAPHQL_PARSE_FAILED'));
      },
    onValidate:
      () =>
      ({ result, setResult }) => {
        if (result.length > 0) setResult(result.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED')));
      },
  };
}
