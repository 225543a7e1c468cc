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
  /**
   * A key unique to this viewer within its organization: per-viewer allowances (the rate limit)
   * are counted under it. The JWT's `sub` when it has one, otherwise a hash of the credential
   * itself, never a value two viewers could share by accident (such as the role).
   */
  readonly key: string;
}

export function canSeeCustomer(viewer: Viewer, customerId: string): boolean {
  return viewer.kind === 'admin' || viewer.customerIds.has(customerId);
}

export function isAdmin(viewer: Viewer): boolean {
  return viewer.kind === 'admin';
}

/** The viewer of `AUTH_MODE=none`: everything, for the configured organization. */
export function anonymousAdmin(tenant: string): Viewer {
  return { kind: 'admin', tenant, customerIds: new Set(), subject: 'anonymous', key: 'anonymous' };
}
