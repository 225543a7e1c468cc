import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock.js';
import { pairKey, type Organization, type OrganizationChange } from '../store/organization.js';
import type { AlertRecord, CustomerRecord, PairState } from '../store/records.js';
import { applyUsageDrawdown } from './drawdown.js';
import { measure, measureContext, type MeasureContext } from './measure.js';
import { periodEnd, periodOf } from './periods.js';
import { UsageBook } from './usage-book.js';

/** A threshold notification webhook: `{ id, type, properties }`, as Metronome sends it. */
export interface AlertNotification {
  id: string;
  type: string;
  properties: Record<string, unknown>;
}

/** Why an evaluation ran; becomes `triggered_by` when a customer goes into alarm. */
type Reason = 'usage' | 'commit_change' | 'configuration_change' | 'reset' | 'time';

/**
 * The sandbox's threshold evaluator. It runs on every change (ingest, customers, notifications,
 * commits and credits), touching only the customers the change concerns, and moves each
 * (notification, customer) pair through `evaluating → ok ↔ in_alarm`. Transitions into alarm
 * (and out of it, when the organization opts in) are handed to `notify`.
 */
export class BillingEngine {
  readonly usage = new UsageBook();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly org: Organization,
    private readonly clock: Clock,
    private readonly notify: (org: Organization, notification: AlertNotification) => void,
  ) {
    org.onChange((change) => this.handle(change));
  }

  /** Re-evaluates every customer now and then, for what only time changes (segments ending, months turning). */
  startSafetyNet(intervalMs: number): void {
    this.stopSafetyNet();
    this.timer = setInterval(() => this.tick(), intervalMs);
    this.timer.unref();
  }

  stopSafetyNet(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Evaluates every customer of the organization (e.g. after a test moved the clock). */
  tick(): void {
    for (const customer of this.org.customers.values()) this.evaluateCustomer(customer, 'time');
  }

  private handle(change: OrganizationChange): void {
    switch (change.kind) {
      case 'usage': {
        const customers = new Set<string>();
        for (const event of change.events) {
          this.usage.record(event, this.org.billableMetrics.values());
          customers.add(event.customerId);
        }
        for (const customerId of customers) this.evaluateCustomerId(customerId, 'usage');
        return;
      }
      case 'customer':
        this.evaluateCustomerId(change.customerId, 'configuration_change');
        return;
      case 'grant':
        this.evaluateCustomerId(change.customerId, 'commit_change');
        return;
      case 'alert': {
        const alert = this.org.alerts.get(change.alertId);
        if (!alert) return;
        const customers = alert.customerId === undefined ? [...this.org.customers.values()] : [this.org.customers.get(alert.customerId)];
        for (const customer of customers) if (customer) this.evaluate(alert, customer, 'configuration_change');
        return;
      }
      case 'reset': {
        // Metronome re-evaluates a reset pair in the background, not within the reset call.
        setImmediate(() => {
          const alert = this.org.alerts.get(change.alertId);
          const customer = this.org.customers.get(change.customerId);
          if (alert && customer) this.evaluate(alert, customer, 'reset');
        });
      }
    }
  }

  private evaluateCustomerId(customerId: string, reason: Reason): void {
    const customer = this.org.customers.get(customerId);
    if (customer) this.evaluateCustomer(customer, reason);
  }

  private evaluateCustomer(customer: CustomerRecord, reason: Reason): void {
    if (customer.detail.archived_at) return;
    const ctx = this.refreshDrawdown(customer.detail.id);
    for (const alert of this.org.alertsFor(customer.detail.id)) this.evaluate(alert, customer, reason, ctx);
  }

  /**
   * Recomputes what this period's usage has drawn from the customer's commits and credits, and
   * returns the measuring context for the customer's evaluations.
   */
  private refreshDrawdown(customerId: string): MeasureContext {
    const now = this.clock.now();
    const ctx = measureContext(this.org, this.usage, now, customerId);
    applyUsageDrawdown(this.org, customerId, ctx.items, now, periodOf(now), periodEnd(now));
    return ctx;
  }

  private evaluate(alert: AlertRecord, customer: CustomerRecord, reason: Reason, prepared?: MeasureContext): void {
    // Archived notifications and archived customers are no longer evaluated.
    if (alert.alert.status !== 'enabled' || customer.detail.archived_at) return;
    const ctx = prepared ?? this.refreshDrawdown(customer.detail.id);
    const now = ctx.now;
    for (const measurement of measure(ctx, alert)) {
      const key = pairKey(alert.alert.id, customer.detail.id, measurement.groupKey);
      const previous = this.org.pairs.get(key);
      const next: PairState['status'] = measurement.inAlarm ? 'in_alarm' : 'ok';
      if (previous?.status === next) continue;
      const state: PairState = {
        status: next,
        triggeredBy: next === 'in_alarm' ? reason : null,
        updatedAt: now.toISOString(),
      };
      this.org.pairs.set(key, state);
      // A first evaluation of a notification created with evaluate_on_create: false sets the
      // state without notifying; only later crossings notify.
      const silent = previous === undefined && !alert.evaluateOnCreate && reason === 'configuration_change';
      if (silent) continue;
      if (next === 'in_alarm') {
        this.notify(this.org, this.notification(alert, customer, `alerts.${alert.alert.type}`, reason, measurement.properties, now));
      } else if (previous?.status === 'in_alarm' && this.org.sendResolvedWebhooks) {
        const type = `alerts.${alert.alert.type.replace(/_reached$/, '')}_resolved`;
        this.notify(this.org, this.notification(alert, customer, type, reason, measurement.properties, now));
      }
    }
  }

  private notification(
    alert: AlertRecord,
    customer: CustomerRecord,
    type: string,
    reason: Reason,
    properties: Record<string, unknown>,
    now: Date,
  ): AlertNotification {
    return {
      id: randomUUID(),
      type,
      properties: {
        customer_id: customer.detail.id,
        alert_id: alert.alert.id,
        alert_name: alert.alert.name,
        threshold: alert.alert.threshold,
        timestamp: now.toISOString(),
        triggered_by: reason,
        ...properties,
      },
    };
  }
}
