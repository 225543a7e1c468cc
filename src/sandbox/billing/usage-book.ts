import type { BillableMetricRecord, UsageEvent } from '../store/records.js';
import { addToAggregate, emptyAggregate, groupsOf, matchesMetric, mergeAggregate, valueOf, type Aggregate } from './aggregate.js';
import { periodOf } from './periods.js';

const HOUR_MS = 60 * 60 * 1000;

interface MetricUsage {
  total: Aggregate;
  /** `key=value` → aggregate of the events carrying that group value. */
  groups: Map<string, Aggregate>;
}

function addTo(usage: MetricUsage, metric: BillableMetricRecord['metric'], event: UsageEvent, groups: readonly string[]): void {
  addToAggregate(usage.total, metric, event);
  for (const group of groups) {
    let aggregate = usage.groups.get(group);
    if (!aggregate) {
      aggregate = emptyAggregate();
      usage.groups.set(group, aggregate);
    }
    addToAggregate(aggregate, metric, event);
  }
}

/**
 * Running usage per customer, billing period and billable metric. Each ingested event touches
 * only its own customer's aggregates.
 */
export class UsageBook {
  private readonly book = new Map<string, Map<string, MetricUsage>>();
  /** `customerId|metricId` → hour start (ms) → usage in that hour, for time series. */
  private readonly hours = new Map<string, Map<number, MetricUsage>>();
  /** Customer id → periods with any usage, for invoices. */
  private readonly periods = new Map<string, Set<string>>();

  private slot(customerId: string, period: string, metricId: string): MetricUsage {
    const key = `${customerId}|${period}`;
    let metrics = this.book.get(key);
    if (!metrics) {
      metrics = new Map();
      this.book.set(key, metrics);
    }
    let usage = metrics.get(metricId);
    if (!usage) {
      usage = { total: emptyAggregate(), groups: new Map() };
      metrics.set(metricId, usage);
    }
    return usage;
  }

  record(event: UsageEvent, metrics: Iterable<BillableMetricRecord>): void {
    const period = periodOf(event.timestamp);
    for (const { metric } of metrics) {
      if (metric.archived_at || !matchesMetric(metric, event)) continue;
      const groups = groupsOf(metric, event);
      addTo(this.slot(event.customerId, period, metric.id), metric, event, groups);
      addTo(this.hourSlot(event.customerId, metric.id, event.timestamp), metric, event, groups);
      let periods = this.periods.get(event.customerId);
      if (!periods) {
        periods = new Set();
        this.periods.set(event.customerId, periods);
      }
      periods.add(period);
    }
  }

  private hourSlot(customerId: string, metricId: string, timestamp: string): MetricUsage {
    const key = `${customerId}|${metricId}`;
    let hours = this.hours.get(key);
    if (!hours) {
      hours = new Map();
      this.hours.set(key, hours);
    }
    const hour = Math.floor(Date.parse(timestamp) / HOUR_MS) * HOUR_MS;
    let usage = hours.get(hour);
    if (!usage) {
      usage = { total: emptyAggregate(), groups: new Map() };
      hours.set(hour, usage);
    }
    return usage;
  }

  /** Billing periods (`2026-06`) in which the customer has any usage, oldest first. */
  periodsOf(customerId: string): string[] {
    return [...(this.periods.get(customerId) ?? [])].sort();
  }

  /**
   * The metric's value over `[from, to)` (whole hours), overall or for one `key=value` group.
   * Hourly aggregates merge exactly (sets for UNIQUE, latest by time), so any window made of
   * whole hours has the same value as if its events were aggregated directly.
   */
  usageBetween(customerId: string, metric: BillableMetricRecord, from: number, to: number, group?: string): number {
    const hours = this.hours.get(`${customerId}|${metric.metric.id}`);
    if (!hours) return 0;
    const merged = emptyAggregate();
    for (const [hour, usage] of hours) {
      if (hour < from || hour >= to) continue;
      const aggregate = group === undefined ? usage.total : usage.groups.get(group);
      if (aggregate) mergeAggregate(merged, aggregate);
    }
    return valueOf(merged, metric.metric.aggregation_type ?? 'COUNT');
  }

  /** The values seen for a group key over `[from, to)`. */
  groupValuesBetween(customerId: string, metricId: string, key: string, from: number, to: number): string[] {
    const hours = this.hours.get(`${customerId}|${metricId}`);
    const values = new Set<string>();
    for (const [hour, usage] of hours ?? []) {
      if (hour < from || hour >= to) continue;
      for (const group of usage.groups.keys()) if (group.startsWith(`${key}=`)) values.add(group.slice(key.length + 1));
    }
    return [...values].sort();
  }

  /** The metric's value for the customer in the period, overall or for one `key=value` group. */
  usage(customerId: string, period: string, metric: BillableMetricRecord, group?: string): number {
    const usage = this.book.get(`${customerId}|${period}`)?.get(metric.metric.id);
    if (!usage) return 0;
    const aggregate = group === undefined ? usage.total : usage.groups.get(group);
    return aggregate ? valueOf(aggregate, metric.metric.aggregation_type ?? 'COUNT') : 0;
  }

  /** The values seen for a group key, e.g. `['eu', 'us']` for `region`. */
  groupValues(customerId: string, period: string, metricId: string, key: string): string[] {
    const usage = this.book.get(`${customerId}|${period}`)?.get(metricId);
    if (!usage) return [];
    return [...usage.groups.keys()].filter((group) => group.startsWith(`${key}=`)).map((group) => group.slice(key.length + 1));
  }
}
