import type { Clock } from '../clock.js';
import type { UsageBook } from '../billing/usage-book.js';
import type { Route } from '../http/router.js';
import type { Organization } from '../store/organization.js';

/** What every route module is built with. */
export interface RouteContext {
  clock: Clock;
  /** Page size of `/v1/customer-alerts/list`, which has no `limit` parameter upstream. */
  customerAlertsPageSize: number;
  /** The organization's running usage (kept by its billing engine), for invoices and usage queries. */
  usageOf: (org: Organization) => UsageBook;
}

export type RouteModule = (context: RouteContext) => Route[];
