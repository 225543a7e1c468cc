import { USD_CENTS } from './billing.js';
import { perParent, sizedConnection, type UpstreamCost } from './cost.js';
import { breakdownPages, type SeriesRange, seriesRange, usageCustomersPerCall, type Window } from './series.js';

/**
 * Upstream-call costs of the billing fields, declared on them (see cost.ts). Series cost the
 * pages their range takes; usage series are batched across customers (one call per batch, not
 * per customer); a forecast reads at most four things per customer, shared by its alerts.
 */

/** Upstream calls a forecast may make per customer: draft invoice, breakdowns, balances, usage. */
export const FORECAST_CALLS_PER_CUSTOMER = 4;

/** The range a series' arguments describe; undefined when they are invalid (the resolver refuses them before any call). */
function rangeOf(args: Record<string, unknown>): SeriesRange | undefined {
  const window: Window = args.window === 'HOUR' ? 'HOUR' : 'DAY';
  const date = (value: unknown): string | null => (typeof value === 'string' ? value : value instanceof Date ? value.toISOString() : null);
  try {
    // Only the number of windows matters here, and a default range is as long whenever it is asked.
    return seriesRange(window, date(args.startingOn), date(args.endingBefore), new Date());
  } catch {
    return undefined;
  }
}

export const billingConnection: UpstreamCost = sizedConnection;

/** One call per customer; a credit type other than USD (cents) needs its name, one credit-types call per operation. */
export const netBalanceCost: UpstreamCost = ({ args, parents }) => ({
  calls: parents + (args.creditTypeId != null && args.creditTypeId !== USD_CENTS.id ? 1 : 0),
  fanOut: 1,
});

export const oneCallEach: UpstreamCost = perParent(1);

export const spendSeriesCost: UpstreamCost = ({ args, parents }) => {
  const range = rangeOf(args);
  return { calls: parents * (range ? breakdownPages(range) : 1), fanOut: 1 };
};

export const usageSeriesCost: UpstreamCost = ({ args, parents }) => {
  const range = rangeOf(args);
  return { calls: range ? Math.ceil(parents / usageCustomersPerCall(range.windows)) : 1, fanOut: 1 };
};

/** Counted per customer above, however many alerts each has. */
export const forecastCost: UpstreamCost = ({ parents, parentsOf }) => ({
  calls: FORECAST_CALLS_PER_CUSTOMER * (parentsOf('Customer.alerts') ?? parents),
  fanOut: 1,
});

/** A credit's balance or ledger: loaded with credits listed or fetched by id, a call each elsewhere (balances list without them). */
export const creditExtra: UpstreamCost = ({ parents, ancestors }) => ({
  calls: ancestors.some((coordinate) => ['Customer.credits', 'Customer.balances', 'Query.node', 'Query.nodes'].includes(coordinate))
    ? 0
    : parents,
  fanOut: 1,
});

/** A mutation: the write and reading the object back, counted like the commit mutations. */
export const writeThenRead: UpstreamCost = perParent(3);
