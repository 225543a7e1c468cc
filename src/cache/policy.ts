import type { CustomerFamily } from './tags.js';
import { tags } from './tags.js';

/**
 * Which upstream reads are cached, for how long, and what invalidates them: the one place to
 * look (and to edit when a new read endpoint is added). A route missing here is never cached.
 *
 * GraphQL fields map onto these reads: `customers`/`customer`/`node` → the customer reads;
 * `Customer.alerts`, `Customer.alert`, `customerAlert`, `CustomerAlert.customerStatus` → the
 * customer-alert reads; `Customer.commits`, `Commit.balance`, `Commit.ledger` → the commit list.
 */

/** The two freshness classes; their durations come from the configuration (see `cacheTtls`). */
type TtlClass = 'status' | 'default';

export interface CacheTtls {
  /** Alert statuses (`customerStatus`): how long a status may be served with no change signal. */
  statusMs: number;
  /** Everything else. */
  defaultMs: number;
}

/** A read as the upstream client describes it. */
export interface ReadDescription {
  route: string;
  path: string;
  query?: Record<string, unknown> | undefined;
  body?: unknown;
}

interface RoutePolicy {
  ttl: TtlClass;
  /** The tags the read depends on, from its parameters. */
  tags: (read: ReadDescription) => string[];
}

/** `customer_id` from the body of POST reads. */
function bodyCustomer(read: ReadDescription): string | undefined {
  const body = read.body;
  if (body && typeof body === 'object' && 'customer_id' in body && typeof body.customer_id === 'string') return body.customer_id;
  return undefined;
}

function bodyString(read: ReadDescription, field: string): string | undefined {
  const body = read.body as Record<string, unknown> | undefined;
  const value = body?.[field];
  return typeof value === 'string' ? value : undefined;
}

/** The read of one customer family (customer id in the body); uncacheable without a customer id. */
function customerFamily(family: CustomerFamily, extra: (read: ReadDescription) => string[] = () => []): RoutePolicy['tags'] {
  return (read) => {
    const customerId = bodyCustomer(read);
    return customerId === undefined ? [] : [tags.customer(customerId), tags.family(customerId, family), ...extra(read)];
  };
}

/** The read of one customer family, customer id in the path (`/v1/customers/{customer_id}/…`). */
function pathCustomerFamily(family: CustomerFamily): RoutePolicy['tags'] {
  return (read) => {
    const id = /^\/v1\/customers\/([^/]+)\//.exec(read.path)?.[1];
    if (id === undefined) return [];
    const customerId = decodeURIComponent(id);
    return [tags.customer(customerId), tags.family(customerId, family)];
  };
}

const ROUTE_POLICIES: Readonly<Record<string, RoutePolicy>> = {
  'GET /v1/customers': { ttl: 'default', tags: () => [tags.customerLists] },
  'GET /v1/customers/{customer_id}': {
    ttl: 'default',
    tags: (read) => {
      const id = decodeURIComponent(read.path.split('/').at(-1) ?? '');
      return [tags.customer(id), tags.family(id, 'profile')];
    },
  },
  'POST /v1/customer-alerts/list': { ttl: 'status', tags: customerFamily('alerts', () => [tags.allAlerts]) },
  'POST /v1/customer-alerts/get': {
    ttl: 'status',
    tags: customerFamily('alerts', (read) => {
      const alertId = bodyString(read, 'alert_id');
      return [tags.allAlerts, ...(alertId ? [tags.notification(alertId)] : [])];
    }),
  },
  'POST /v1/contracts/customerCommits/list': { ttl: 'default', tags: customerFamily('commits') },
  'POST /v1/contracts/customerCredits/list': { ttl: 'default', tags: customerFamily('commits') },
  'POST /v1/contracts/customerBalances/list': { ttl: 'default', tags: customerFamily('commits') },
  'POST /v1/contracts/customerBalances/getNetBalance': { ttl: 'default', tags: customerFamily('commits') },
  'GET /v1/customers/{customer_id}/invoices': { ttl: 'default', tags: pathCustomerFamily('invoices') },
  'GET /v1/customers/{customer_id}/invoices/{invoice_id}': { ttl: 'default', tags: pathCustomerFamily('invoices') },
  'GET /v1/customers/{customer_id}/invoices/breakdowns': { ttl: 'default', tags: pathCustomerFamily('invoices') },
  // Usage (/v1/usage, /v1/usage/groups) is left out on purpose: it changes with every event
  // ingested, and no webhook announces it.
  'GET /v1/billable-metrics/{billable_metric_id}': { ttl: 'default', tags: () => [tags.catalog] },
  'GET /v1/billable-metrics': { ttl: 'default', tags: () => [tags.catalog] },
  'GET /v1/credit-types/list': { ttl: 'default', tags: () => [tags.catalog] },
};

/** How a read is cached: its tags and lifetime, or undefined when it is not cacheable. */
export function policyFor(read: ReadDescription, ttls: CacheTtls): { tags: string[]; ttlMs: number } | undefined {
  const policy = ROUTE_POLICIES[read.route];
  if (!policy) return undefined;
  const readTags = policy.tags(read);
  if (readTags.length === 0) return undefined;
  return { tags: readTags, ttlMs: policy.ttl === 'status' ? ttls.statusMs : ttls.defaultMs };
}

/**
 * The TTLs from the configuration: by default the poll interval for everything; statuses shorter
 * (a fifth of it, at most 5 s) when no webhook secret is configured, because then only the poller
 * — which watches subscribed customers only — and our own mutations signal a change.
 */
export function cacheTtls(options: {
  pollIntervalMs: number;
  webhookSecret: boolean;
  ttlMs?: number | undefined;
  statusTtlMs?: number | undefined;
}): CacheTtls {
  const defaultMs = options.ttlMs ?? options.pollIntervalMs;
  const statusMs =
    options.statusTtlMs ??
    (options.webhookSecret ? defaultMs : Math.min(defaultMs, Math.max(100, Math.min(5_000, options.pollIntervalMs / 5))));
  return { statusMs, defaultMs };
}
