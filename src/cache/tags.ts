/**
 * What a cached upstream read depends on, as invalidation tags. A read carries every tag it
 * depends on; invalidating any one of them retires it. Tags are always used together with the
 * tenant (see ReadCache), so one organization's invalidation never touches another's entries.
 */

/** The per-customer families of data that change independently. */
export type CustomerFamily = 'alerts' | 'commits' | 'invoices' | 'profile';

export const tags = {
  /** Carried by every read about one customer: "that customer's everything". */
  customer: (customerId: string): string => `customer:${customerId}`,
  /** One family of one customer: its alert statuses, its commits/credits/balances, its invoices, its record. */
  family: (customerId: string, family: CustomerFamily): string => `customer:${customerId}:${family}`,
  /** One notification, whatever customer it is read for. */
  notification: (alertId: string): string => `notification:${alertId}`,
  /** Every customer's alert statuses (a notification created for all customers, or archived). */
  allAlerts: 'alerts:all',
  /** Every list of customers (a customer appears, disappears or changes). */
  customerLists: 'customers:lists',
  /** Billable metrics and credit types. */
  catalog: 'catalog',
} as const;

/** Everything cached about one customer, including the lists it may appear in. */
export function everythingAbout(customerId: string): string[] {
  return [tags.customer(customerId), tags.customerLists];
}
