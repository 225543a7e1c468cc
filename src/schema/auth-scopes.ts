import { type AuthFailure, AuthScopeFailureType, RequestCache } from '@pothos/plugin-scope-auth';
import { canSeeCustomer, isAdmin } from '../auth/viewer.js';
import type { GatewayContext } from './context.js';
import { gatewayError, notFound } from './errors.js';
import { parseCustomerId } from './ids.js';

/**
 * The rules a field declares with `authScopes` (Pothos scope-auth):
 * - `admin`: the viewer sees the whole organization;
 * - `customer`: the viewer may see the customer named by this argument (a Customer global ID or
 *   a UUID). A malformed id passes here so that the resolver answers it with BAD_USER_INPUT.
 */
export interface AuthScopes {
  admin: boolean;
  customer: string;
}

/**
 * Forgets what scope-auth cached for an operation's context (its scopes and each check's
 * answer). Scope-auth keeps that in a WeakMap keyed by the context, so it lives as long as the
 * context does — for a long-lived subscription that no longer executes with its own context
 * (see websocket.ts), that is dead weight.
 */
export function forgetScopeChecks(ctx: GatewayContext): void {
  RequestCache.clearForContext(ctx);
}

/** What each scope means for the viewer of this request. */
export function viewerScopes(ctx: GatewayContext): { admin: boolean; customer: (raw: string) => boolean } {
  return {
    admin: isAdmin(ctx.viewer),
    customer: (raw) => {
      const customerId = customerIdOrUndefined(raw);
      return customerId === undefined || canSeeCustomer(ctx.viewer, customerId);
    },
  };
}

function customerIdOrUndefined(raw: string): string | undefined {
  try {
    return parseCustomerId(raw, 'customerId');
  } catch {
    return undefined;
  }
}

/**
 * The error for a refused field. A customer the viewer may not see reads exactly like one that
 * does not exist (NOT_FOUND, same wording), so a refusal never confirms that it exists.
 */
export function unauthorizedError(failure: AuthFailure): Error {
  const customer = hiddenCustomer(failure);
  if (customer !== undefined) return notFound(`No customer with id ${customerIdOrUndefined(customer) ?? customer}`);
  return gatewayError('FORBIDDEN', 'This viewer may not do that');
}

function hiddenCustomer(failure: AuthFailure): string | undefined {
  if (failure.kind === AuthScopeFailureType.AuthScope && failure.scope === 'customer') return String(failure.parameter);
  if (failure.kind === AuthScopeFailureType.AllAuthScopes || failure.kind === AuthScopeFailureType.AnyAuthScopes) {
    for (const inner of failure.failures) {
      const found = hiddenCustomer(inner);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** Field options for what only an admin may do; `action` completes "Only admin viewers may …". */
export function adminOnly(action: string) {
  return {
    authScopes: { admin: true },
    unauthorizedError: () => gatewayError('FORBIDDEN', `Only admin viewers may ${action}`),
  } as const;
}
