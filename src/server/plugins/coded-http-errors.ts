import type { Plugin } from 'graphql-yoga';
import type { ErrorCode } from '../../schema/errors.js';

/** What a client should do about an HTTP-level refusal that yoga sends without a body. */
const BY_STATUS: Record<number, { code: ErrorCode; message: string }> = {
  404: { code: 'NOT_FOUND', message: 'Nothing is served at this path: GraphQL is at /graphql, and / lists the other endpoints' },
  405: { code: 'BAD_REQUEST', message: 'This method is not allowed here' },
  406: {
    code: 'NOT_ACCEPTABLE',
    message: 'Accept application/graphql-response+json, application/json or text/event-stream (or leave Accept out)',
  },
  415: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Send the request body as JSON with Content-Type: application/json' },
};

/**
 * Every error response has a JSON body with `errors[].extensions.code`: the few that yoga (or
 * the HTTP layer) answers with an empty body get one here, keeping their status and headers.
 */
export function useCodedHttpErrors(): Plugin {
  return {
    onResponse({ response, setResponse, fetchAPI }) {
      if (response.status < 400 || response.headers.has('content-type')) return;
      const known = BY_STATUS[response.status];
      const { code, message } =
        known ??
        (response.status >= 500
          ? { code: 'INTERNAL_SERVER_ERROR', message: 'The gateway failed to answer' }
          : { code: 'BAD_REQUEST', message: 'The request could not be served' });
      const headers = new fetchAPI.Headers(response.headers);
      headers.set('content-type', 'application/json; charset=utf-8');
      headers.delete('content-length');
      const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
      setResponse(new fetchAPI.Response(body, { status: response.status, headers }));
    },
  };
}
