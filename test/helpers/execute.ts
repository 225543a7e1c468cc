import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type ExecutionResult, print } from 'graphql';
import { request } from 'undici';

/** The gateway's own response extensions: the read cache's report, outside production. */
export interface GatewayExtensions {
  cache?: { hits: number; misses: number };
  [key: string]: unknown;
}

/** What a GraphQL endpoint answered: the HTTP status, the headers and the parsed result. */
export interface OperationResponse<TResult> {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: ExecutionResult<TResult, GatewayExtensions>;
}

/**
 * Sends a typed operation (a document from `test/gql`) over HTTP POST as a frontend would, for
 * tests that run their own gateway. `GatewayHarness.execute` sends through this too.
 */
export async function executeOperation<TResult, TVariables>(
  url: string,
  document: TypedDocumentNode<TResult, TVariables>,
  variables?: TVariables,
  headers: Record<string, string> = {},
): Promise<OperationResponse<TResult>> {
  return postGraphql<TResult>(url, JSON.stringify({ query: print(document), variables: variables ?? {} }), headers);
}

/**
 * Posts a raw body to a GraphQL endpoint. Only for requests a typed document cannot express on
 * purpose (malformed JSON, invalid documents, documents built at run time).
 */
export async function postGraphql<TResult = Record<string, unknown>>(
  url: string,
  body: string,
  headers: Record<string, string> = {},
): Promise<OperationResponse<TResult>> {
  const response = await request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
    body,
  });
  return {
    status: response.statusCode,
    headers: response.headers,
    body: (await response.body.json()) as ExecutionResult<TResult, GatewayExtensions>,
  };
}
