import { groupValuesKey, USD_CENTS_ID, type Organization } from '../store/organization.js';
import type { AlertRecord, GrantRecord } from '../store/records.js';
import { uncoveredSpend } from './drawdown.js';
import { activeGrantedOf, balanceOf, isActive, segmentsOf } from './ledger.js';
import { periodEnd, periodOf } from './periods.js';
import { spendOf, usageLineItems, type LineItem } from './spend.js';
import type { UsageBook } from './usage-book.js';

/** One evaluated pair: where the customer stands, and what a webhook would report. */
export interface Measurement {
  /** Group values key ('' for the whole customer). */
  groupKey: string;
  inAlarm: boolean;
  /** Type-specific webhook properties (`current_spend`, `remaining_balance`, …). */
  properties: Record<string, unknown>;
}

export interface MeasureContext {
  org: Organization;
  book: UsageBook;
  now: Date;
  customerId: string;
  /** This period's priced usage for the customer, computed once per evaluation. */
  items: LineItem[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function measureContext(org: Organization, book: UsageBook, now: Date, customerId: string): MeasureContext {
  return { org, book, now, customerId, items: usageLineItems(org, book, customerId, periodOf(now)) };
}

/** Grants of one kind that count for a notification: active now, in its credit type, matching its custom-field filters. */
function countedGrants(ctx: MeasureContext, alert: AlertRecord, kinds: ReadonlyArray<GrantRecord['kind']>): GrantRecord[] {
  const creditTypeId = alert.alert.credit_type?.id ?? USD_CENTS_ID;
  const filters = alert.alert.custom_field_filters ?? [];
  return ctx.org.grantsOf(ctx.customerId).filter((grant) => {
    if (!kinds.includes(grant.kind)) return false;
    if (!segmentsOf(grant).some((segment) => isActive(segment, ctx.now))) return false;
    if ((grant.wire.access_schedule?.credit_type?.id ?? USD_CENTS_ID) !== creditTypeId) return false;
    return filters.every((filter) => {
      const applies =
        filter.entity === 'ContractCreditOrCommit' ||
        (filter.entity === 'Commit' ? grant.kind === 'commit' : filter.entity === 'ContractCredit' ? grant.kind === 'credit' : false);
      return !applies || grant.wire.custom_fields?.[filter.key] === filter.value;
    });
  });
}

/** The draft invoice total of the period: usage not covered by grants plus commit invoices scheduled in it. */
function invoiceTotal(ctx: MeasureContext, alert: AlertRecord, types: readonly string[] | undefined): number {
  const creditTypeId = alert.alert.credit_type?.id ?? USD_CENTS_ID;
  const period = periodOf(ctx.now);
  const wants = (type: string): boolean => !types || types.length === 0 || types.includes(type);
  const usage = wants('USAGE') ? uncoveredSpend(ctx.org, ctx.customerId, ctx.items, creditTypeId, period) : 0;
  const scheduled = wants('SCHEDULED')
    ? ctx.org
        .grantsOf(ctx.customerId)
        .flatMap((grant) => (grant.kind === 'commit' ? (grant.wire.invoice_schedule?.schedule_items ?? []) : []))
        .filter((item) => periodOf(item.timestamp) === period)
        .reduce((sum, item) => sum + (item.amount ?? 0), 0)
    : 0;
  return usage + scheduled;
}

function balanceMeasure(
  ctx: MeasureContext,
  alert: AlertRecord,
  kinds: ReadonlyArray<GrantRecord['kind']>,
  percentage: boolean,
): Measurement {
  const grants = countedGrants(ctx, alert, kinds);
  // With nothing to draw from there is no balance to run low: Metronome reports OK.
  if (grants.length === 0) return { groupKey: '', inAlarm: false, properties: {} };
  const remaining = grants.reduce((sum, grant) => sum + balanceOf(grant, ctx.now), 0);
  const granted = grants.reduce((sum, grant) => sum + activeGrantedOf(grant, ctx.now), 0);
  const value = percentage ? (granted === 0 ? 0 : (remaining / granted) * 100) : remaining;
  const first = grants[0];
  return {
    groupKey: '',
    inAlarm: value <= alert.alert.threshold,
    properties: {
      remaining_balance: remaining,
      ...(percentage && { remaining_percentage: value }),
      credit_type_id: alert.alert.credit_type?.id ?? USD_CENTS_ID,
      ...(first && { [first.kind === 'commit' ? 'commit_id' : 'credit_id']: first.wire.id }),
    },
  };
}

function daysMeasure(ctx: MeasureContext, alert: AlertRecord, kind: GrantRecord['kind']): Measurement {
  let fewest: { days: number; grant: GrantRecord } | undefined;
  for (const grant of countedGrants(ctx, alert, [kind])) {
    for (const segment of segmentsOf(grant).filter((s) => isActive(s, ctx.now))) {
      const days = (Date.parse(segment.ending_before) - ctx.now.getTime()) / DAY_MS;
      if (!fewest || days < fewest.days) fewest = { days, grant };
    }
  }
  if (!fewest) return { groupKey: '', inAlarm: false, properties: {} };
  return {
    groupKey: '',
    inAlarm: fewest.days <= alert.alert.threshold,
    properties: { remaining_days: Math.floor(fewest.days), [kind === 'commit' ? 'commit_id' : 'credit_id']: fewest.grant.wire.id },
  };
}

function spendMeasures(ctx: MeasureContext, alert: AlertRecord): Measurement[] {
  const creditTypeId = alert.alert.credit_type?.id ?? USD_CENTS_ID;
  const threshold = alert.alert.threshold;
  const measureGroup = (group: string | undefined, groupKey: string, groupValues?: unknown): Measurement => {
    const spend = spendOf(ctx.items, creditTypeId, group);
    return {
      groupKey,
      inAlarm: spend >= threshold,
      properties: { current_spend: spend, ...(groupValues !== undefined && { group_values: groupValues }) },
    };
  };
  const filter = alert.alert.group_key_filter;
  if (filter) return [measureGroup(`${filter.key}=${filter.value}`, '')];
  const groups = alert.alert.group_values;
  if (!groups || groups.length === 0) return [measureGroup(undefined, '')];
  const open = groups.find((entry) => entry.value === undefined);
  if (!open) {
    const [first] = groups;
    return [measureGroup(first ? `${first.key}=${first.value ?? ''}` : undefined, groupValuesKey(groups), groups)];
  }
  // A key without a value: one evaluation per value seen this period.
  const seen = new Set<string>();
  for (const item of ctx.items) {
    for (const group of item.byGroup.keys()) if (group.startsWith(`${open.key}=`)) seen.add(group.slice(open.key.length + 1));
  }
  return [...seen].map((value) => {
    const values = [{ key: open.key, value }];
    return measureGroup(`${open.key}=${value}`, groupValuesKey(values), values);
  });
}

/** Evaluates one notification for one customer: one measurement per evaluated pair. */
export function measure(ctx: MeasureContext, alert: AlertRecord): Measurement[] {
  const threshold = alert.alert.threshold;
  switch (alert.alert.type) {
    case 'spend_threshold_reached':
      return spendMeasures(ctx, alert);
    case 'usage_threshold_reached': {
      const metric = alert.billableMetricId === undefined ? undefined : ctx.org.billableMetrics.get(alert.billableMetricId);
      const usage = metric ? ctx.book.usage(ctx.customerId, periodOf(ctx.now), metric) : 0;
      return [
        { groupKey: '', inAlarm: usage >= threshold, properties: { billable_metric_id: alert.billableMetricId, current_usage: usage } },
      ];
    }
    case 'monthly_invoice_total_spend_threshold_reached':
    case 'invoice_total_reached': {
      const total = invoiceTotal(ctx, alert, alert.alert.invoice_types_filter);
      const period = periodOf(ctx.now);
      return [
        {
          groupKey: '',
          inAlarm: total >= threshold,
          properties: { invoice_total: total, invoice_period_end: periodEnd(ctx.now).toISOString(), invoice_period: period },
        },
      ];
    }
    case 'low_remaining_commit_balance_reached':
      return [balanceMeasure(ctx, alert, ['commit'], false)];
    case 'low_remaining_commit_percentage_reached':
      return [balanceMeasure(ctx, alert, ['commit'], true)];
    case 'low_remaining_contract_credit_balance_reached':
      return [balanceMeasure(ctx, alert, ['credit'], false)];
    case 'low_remaining_contract_credit_percentage_reached':
      return [balanceMeasure(ctx, alert, ['credit'], true)];
    case 'low_remaining_contract_credit_and_commit_balance_reached':
      return [balanceMeasure(ctx, alert, ['commit', 'credit'], false)];
    case 'low_remaining_days_for_commit_segment_reached':
      return [daysMeasure(ctx, alert, 'commit')];
    case 'low_remaining_days_for_contract_credit_segment_reached':
      return [daysMeasure(ctx, alert, 'credit')];
    default:
      // Seat balances and plan-only types are not modelled: such pairs stay OK.
      return [{ groupKey: '', inAlarm: false, properties: {} }];
  }
}
