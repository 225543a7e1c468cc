import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';
import { documentIdOf, mayRunArbitrary, trustedDocumentErrors, type TrustedDocumentsPolicy } from '../trusted-documents.js';

/**
 * Trusted documents over HTTP and SSE (POST and GET): a request may name a manifest document by
 * `documentId` instead of sending it; the document was parsed and validated at startup, so
 * neither happens per request. In `only` mode a document's text is refused unless the policy
 * lets this viewer through (`viewerOf` authenticates the request). A successful GET by id is
 * cacheable by the caller's own cache (`private`, varying on the credentials).
 */
export function useTrustedDocuments(
  policy: TrustedDocumentsPolicy,
  viewerOf: (request: Request) => Promise<{ kind: 'admin' | 'customer' }>,
): Plugin {
  const cacheable = new WeakSet<Request>();
  return {
    onPluginInit: ({ addPlugin }) => {
      addPlugin(
        usePersistedOperations({
          getPersistedOperation: (id) => policy.documents.get(id) ?? null,
          extractPersistedOperationId: (params, request) =>
            documentIdOf(params as { documentId?: unknown; extensions?: unknown }, request.url) ?? null,
          allowArbitraryOperations: policy.mode === 'allow' ? true : async (request) => mayRunArbitrary(policy, await viewerOf(request)),
          skipDocumentValidation: true,
          customErrors: {
            notFound: ({ params, request }) =>
              trustedDocumentErrors.notFound(documentIdOf(params as { documentId?: unknown }, request.url) ?? ''),
            persistedQueryOnly: () => trustedDocumentErrors.onlyTrusted(),
            keyNotFound: () => trustedDocumentErrors.missing(),
          },
        }),
      );
    },
    onExecutionResult: ({ request, result }) => {
      if (request.method !== 'GET' || !result || Symbol.asyncIterator in result) return;
      if (!result.errors?.length && documentIdOf({}, request.url) !== undefined) cacheable.add(request);
    },
    onResponse: ({ request, response }) => {
      if (!cacheable.has(request)) return;
      response.headers.set(
        'cache-control',
        policy.getMaxAgeSeconds > 0 ? `private, max-age=${policy.getMaxAgeSeconds}` : 'private, no-cache',
      );
      response.headers.append('vary', 'authorization');
    },
  };
}
