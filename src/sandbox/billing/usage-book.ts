import type { BillableMetricRecord, UsageEvent } from '../store/records.js';
import { addToAggregate, emptyAggregate, groupsOf, matchesMetric, valueOf, type Aggregate } from './aggregate.js';
import { periodOf } from './periods.js';

interface MetricUsage {
  total: Aggregate;
  /** `key=value` → aggregate of the events carrying that group value. */
  groups: Map<string, Aggregate>;
}

/**
 * Running usage per customer, billing period and billable metric. Each ingested event touches
 * only its own customer's aggregates.
 */
export class UsageBook {
  private readonly book = new Map<string, Map<string, MetricUsage>>();

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
      const usage = this.slot(event.customerId, period, metric.id);
      addToAggregate(usage.total, metric, event);
      for (const group of groupsOf(metric, event)) {
        let aggregate = usage.groups.get(group);
        if (!aggregate) {
          aggregate = emptyAggregate();
          usage.groups.set(group, aggregate);
        }
        addToAggregate(aggregate, metric, event);
      }
    }
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
