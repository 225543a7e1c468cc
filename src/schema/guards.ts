import { canSeeCustomer, isAdmin } from '../auth/viewer.js';
import type { GatewayContext } from './context.js';
import { gatewayError, notFound } from './errors.js';

/** Mutations that change organization-wide configuration are for admin viewers only. */
export function requireAdmin(ctx: GatewayContext, action: string): void {
  if (!isAdmin(ctx.viewer)) throw gatewayError('FORBIDDEN', `Only admin viewers may ${action}`);
}

/** A customer the viewer may not see reads as missing, so the error does not reveal it exists. */
export function requireCustomerAccess(ctx: GatewayContext, customerId: string): void {
  if (!canSeeCustomer(ctx.viewer, customerId)) throw notFound(`No customer with id ${customerId}`);
}
