import type { Clock } from '../clock.js';
import type { Route } from '../http/router.js';

/** What every route module is built with. */
export interface RouteContext {
  clock: Clock;
  /** Page size of `/v1/customer-alerts/list`, which has no `limit` parameter upstream. */
  customerAlertsPageSize: number;
}

export type RouteModule = (context: RouteContext) => Route[];
