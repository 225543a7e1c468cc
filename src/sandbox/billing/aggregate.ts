import type { BillableMetricListResponse } from '@metronome/sdk/resources/v1/billable-metrics';
import type { UsageEvent } from '../store/records.js';

/**
 * Billable metrics: which events count, and how they add up. Aggregates are kept as running
 * state so that each event costs O(1) to apply, whatever the number of events before it.
 */

export type AggregationType = NonNullable<BillableMetricListResponse['aggregation_type']>;

export interface Aggregate {
  count: number;
  sum: number;
  max: number;
  unique: Set<string>;
  latest: { at: number; value: number } | undefined;
}

export const emptyAggregate = (): Aggregate => ({ count: 0, sum: 0, max: 0, unique: new Set(), latest: undefined });

function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : undefined;
  }
  return undefined;
}

/** Whether an event counts towards a metric (event type filter and property filters). */
export function matchesMetric(metric: BillableMetricListResponse, event: UsageEvent): boolean {
  const types = metric.event_type_filter;
  if (types?.in_values && !types.in_values.includes(event.eventType)) return false;
  if (types?.not_in_values?.includes(event.eventType)) return false;
  for (const filter of metric.property_filters ?? []) {
    const raw = event.properties[filter.name];
    const present = raw !== undefined && raw !== null;
    if (filter.exists === true && !present) return false;
    if (filter.exists === false && present) return false;
    const text = present ? String(raw) : undefined;
    if (filter.in_values && (text === undefined || !filter.in_values.includes(text))) return false;
    if (filter.not_in_values && text !== undefined && filter.not_in_values.includes(text)) return false;
  }
  const type = metric.aggregation_type ?? 'COUNT';
  if (type !== 'COUNT' && metric.aggregation_key !== undefined && event.properties[metric.aggregation_key] === undefined) return false;
  return true;
}

/** Adds one matching event to an aggregate. */
export function addToAggregate(aggregate: Aggregate, metric: BillableMetricListResponse, event: UsageEvent): void {
  const key = metric.aggregation_key;
  const raw = key === undefined ? undefined : event.properties[key];
  const value = asNumber(raw) ?? 0;
  aggregate.count += 1;
  aggregate.sum += value;
  aggregate.max = aggregate.count === 1 ? value : Math.max(aggregate.max, value);
  if (raw !== undefined) aggregate.unique.add(String(raw));
  const at = Date.parse(event.timestamp);
  if (!aggregate.latest || at >= aggregate.latest.at) aggregate.latest = { at, value };
}

/** Folds `other` into `into` (e.g. hours into a day). */
export function mergeAggregate(into: Aggregate, other: Aggregate): void {
  if (other.count === 0) return;
  into.max = into.count === 0 ? other.max : Math.max(into.max, other.max);
  into.count += other.count;
  into.sum += other.sum;
  for (const value of other.unique) into.unique.add(value);
  if (other.latest && (!into.latest || other.latest.at >= into.latest.at)) into.latest = other.latest;
}

/** The metric's value for an aggregate. */
export function valueOf(aggregate: Aggregate, type: AggregationType): number {
  switch (type) {
    case 'COUNT':
      return aggregate.count;
    case 'SUM':
      return aggregate.sum;
    case 'MAX':
      return aggregate.max;
    case 'UNIQUE':
      return aggregate.unique.size;
    case 'LATEST':
      return aggregate.latest?.value ?? 0;
  }
}

/** The group values an event carries for a metric's group keys, as `key=value` strings. */
export function groupsOf(metric: BillableMetricListResponse, event: UsageEvent): string[] {
  const keys = new Set((metric.group_keys ?? []).flat());
  const groups: string[] = [];
  for (const key of keys) {
    const value = event.properties[key];
    if (value !== undefined && value !== null) groups.push(`${key}=${String(value)}`);
  }
  return groups;
}
