import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { gatewayError } from '../../schema/errors.js';

/** Headers a simple cross-site form or <img> cannot send; any one of them proves a real client. */
const PROOF_HEADERS = ['x-graphql-yoga-csrf', 'authorization'];

/**
 * CSRF prevention: browsers may only send GraphQL requests a simple form could not forge (a JSON
 * content type, or one of PROOF_HEADERS). yoga's plugin decides; its refusal is given its own
 * code and a message that says what to send, instead of reading like bad input.
 */
export function useCsrfPrevention(): Plugin {
  const decide = useCSRFPrevention({ requestHeaders: PROOF_HEADERS });
  return {
    onRequestParse(payload) {
      try {
        return decide.onRequestParse?.(payload);
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        throw gatewayError(
          'CSRF_PREVENTED',
          'Refused as a possible cross-site request: send Content-Type: application/json, or an Authorization or x-graphql-yoga-csrf header',
          { http: { status: 403 } },
        );
      }
    },
  };
}
