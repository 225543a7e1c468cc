/**
 * Who is asking. Every resolver that touches a customer checks `canSeeCustomer`; lists filter by
 * it. `tenant` keys anything shared across requests (pollers, pub/sub topics) so that two
 * organizations never share one.
 */
export interface Viewer {
  /** `admin` sees the whole organization; `customer` only the customers in `customerIds`. */
  readonly kind: 'admin' | 'customer';
  /** A stable key of the Metronome organization acting (a hash of the token, never the token). */
  readonly tenant: string;
  /** For customer viewers: the Metronome customer ids they may see. */
  readonly customerIds: ReadonlySet<string>;
  /** Display name for logs. */
  readonly subject: string;
}

export function canSeeCustomer(viewer: Viewer, customerId: string): boolean {
  return viewer.kind === 'admin' || viewer.customerIds.has(customerId);
}

export function isAdmin(viewer: Viewer): boolean {
  return viewer.kind === 'admin';
}

/** The viewer of `AUTH_MODE=none`: everything, for the configured organization. */
export function anonymousAdmin(tenant: string): Viewer {
  return { kind: 'admin', tenant, customerIds: new Set(), subject: 'anonymous' };
}
