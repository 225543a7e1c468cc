/**
 * What the domain refuses, in its own words. The store and the billing code throw these; the
 * HTTP layer decides which status each one becomes (`http/errors.ts`), so nothing here knows HTTP.
 */

/** A record named by id that the organization does not hold. */
export class RecordNotFoundError extends Error {
  override readonly name = 'RecordNotFoundError';
}

/** A request the domain cannot carry out as asked, e.g. a time range that ends before it starts. */
export class DomainRuleError extends Error {
  override readonly name = 'DomainRuleError';
}
