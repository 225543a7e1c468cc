import type { Balance as WireBalance, CustomerAlert as WireCustomerAlert } from '../upstream/types.js';
import { USD_CENTS } from './billing.js';
import { draftInvoice, spendPoints, usagePoints } from './billing-customer.js';
import { forecastCost } from './billing-cost.js';
import { builder } from './builder.js';
import { upstreamCost } from './cost.js';
import type { GatewayContext } from './context.js';
import { CustomerAlert, type CustomerAlertShape } from './customer-alert.js';
import { parseUuid } from './ids.js';
import { seriesRange, WINDOW_MS } from './series.js';

/**
 * When, at the observed pace, a notification will fire. The pace is linear over the trailing
 * seven complete UTC days: their total divided by seven (README, "Forecasts", says why).
 */

const DAY = WINDOW_MS.DAY;
export const TRAILING_DAYS = 7;

export const ForecastBasis = builder.enumType('ForecastBasis', {
  description: 'What a forecast extrapolates.',
  values: {
    USAGE: { description: 'The billable metric’s daily usage.' },
    SPEND: { description: 'Daily usage charges (invoice breakdowns), which also draw balances down.' },
    SCHEDULE: { description: 'The calendar: a segment’s end date, exactly.' },
  } as const,
});

export const ForecastReason = builder.enumType('ForecastReason', {
  description: 'Why a forecast has no date.',
  values: {
    ALREADY_IN_ALARM: { description: 'The threshold is already crossed.' },
    NO_HISTORY: { description: 'Nothing was observed yet: no usage or spend in the period or the trailing days, or nothing to draw on.' },
    NO_BURN: { description: 'The trailing days show no usage or spend: at this pace it never fires.' },
    NOT_THIS_PERIOD: { description: 'At this pace the billing period ends (and the measure resets) first.' },
    ENDS_FIRST: {
      description:
        'At this pace a watched commit or credit segment ends (and what is left of it expires) before the threshold is reached: the balance after that is not extrapolated.',
    },
    NOT_FORECASTABLE: {
      description:
        'This notification type (or configuration) has no forecast: invoice totals, group-filtered spend, seat balances, archived notifications, or a usage notification without its billableMetricId.',
    },
  } as const,
});

type Basis = 'USAGE' | 'SPEND' | 'SCHEDULE';
type Reason = 'ALREADY_IN_ALARM' | 'NO_HISTORY' | 'NO_BURN' | 'NOT_THIS_PERIOD' | 'ENDS_FIRST' | 'NOT_FORECASTABLE';

export interface ForecastShape {
  projectedAt: Date | null;
  ratePerDay: number | null;
  basis: Basis | null;
  observedFrom: Date | null;
  observedTo: Date | null;
  currentValue: number | null;
  reason: Reason | null;
}

const none = (reason: Reason, basis: Basis | null = null, extra: Partial<ForecastShape> = {}): ForecastShape => ({
  projectedAt: null,
  ratePerDay: null,
  basis,
  observedFrom: null,
  observedTo: null,
  currentValue: null,
  reason,
  ...extra,
});

const Forecast = builder.objectRef<ForecastShape>('Forecast').implement({
  description: 'When the notification will fire at the observed pace; `projectedAt` is null with a `reason` when it cannot be told.',
  fields: (t) => ({
    projectedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the notification is expected to fire.',
      resolve: (f) => f.projectedAt,
    }),
    ratePerDay: t.float({ nullable: true, description: 'Observed pace, in the threshold’s unit per day.', resolve: (f) => f.ratePerDay }),
    basis: t.field({ type: ForecastBasis, nullable: true, description: 'What was extrapolated.', resolve: (f) => f.basis }),
    observedFrom: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'Start of the observed days (inclusive).',
      resolve: (f) => f.observedFrom,
    }),
    observedTo: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'End of the observed days (exclusive).',
      resolve: (f) => f.observedTo,
    }),
    currentValue: t.float({
      nullable: true,
      description: 'Where the customer stands now, in the threshold’s unit (usage, spend, balance, percentage or days).',
      resolve: (f) => f.currentValue,
    }),
    reason: t.field({
      type: ForecastReason,
      nullable: true,
      description: 'Why there is no date; null when there is one.',
      resolve: (f) => f.reason,
    }),
  }),
});

interface Clock {
  now: Date;
  /** Start of today (UTC). */
  today: number;
  periodStart: number;
  periodEnd: number;
}

function clockOf(now: Date): Clock {
  const today = Math.floor(now.getTime() / DAY) * DAY;
  return {
    now,
    today,
    periodStart: Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1),
    periodEnd: Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1),
  };
}

/** Extrapolates `current` towards `target` at `ratePerDay` (in the direction of travel). */
function project(
  clock: Clock,
  basis: Basis,
  current: number,
  remaining: number,
  ratePerDay: number,
  observedAny: boolean,
  resets: boolean,
): ForecastShape {
  const observed = { observedFrom: new Date(clock.today - TRAILING_DAYS * DAY), observedTo: new Date(clock.today), currentValue: current };
  if (remaining <= 0) return none('ALREADY_IN_ALARM', basis, { ...observed, ratePerDay });
  if (ratePerDay <= 0) return none(observedAny ? 'NO_BURN' : 'NO_HISTORY', basis, { ...observed, ratePerDay });
  const at = clock.now.getTime() + (remaining / ratePerDay) * DAY;
  if (resets && at >= clock.periodEnd) return none('NOT_THIS_PERIOD', basis, { ...observed, ratePerDay });
  return { ...observed, projectedAt: new Date(at), ratePerDay, basis, reason: null };
}

/** Daily points from `from` to tomorrow, summed over the period so far and over the trailing days. */
function split(points: Array<{ startingAt: string; value: number }>, clock: Clock) {
  let period = 0;
  let trailing = 0;
  let any = false;
  for (const point of points) {
    const start = Date.parse(point.startingAt);
    if (point.value !== 0) any = true;
    if (start >= clock.periodStart) period += point.value;
    if (start >= clock.today - TRAILING_DAYS * DAY && start < clock.today) trailing += point.value;
  }
  return { period, rate: trailing / TRAILING_DAYS, any };
}

/** Daily spend from the trailing days through today (the same range as a default `spendSeries`, so it is read once). */
async function spendTrend(ctx: GatewayContext, customerId: string, clock: Clock) {
  const points = await spendPoints(ctx, customerId, seriesRange('DAY', null, null, clock.now));
  return split(
    points.map((p) => ({ startingAt: p.startingAt, value: p.spend.amount })),
    clock,
  );
}

async function usageForecast(ctx: GatewayContext, item: CustomerAlertShape, metricId: string | null, clock: Clock): Promise<ForecastShape> {
  if (metricId === null) return none('NOT_FORECASTABLE', 'USAGE');
  const from = Math.min(clock.periodStart, clock.today - TRAILING_DAYS * DAY);
  const range = seriesRange('DAY', new Date(from), new Date(clock.today + DAY), clock.now);
  const points = await usagePoints(ctx, item.customerId, metricId, range);
  const { period, rate, any } = split(
    points.map((p) => ({ startingAt: p.startingAt, value: p.value ?? 0 })),
    clock,
  );
  return project(clock, 'USAGE', period, item.wire.alert.threshold - period, rate, any, true);
}

async function spendForecast(ctx: GatewayContext, item: CustomerAlertShape, clock: Clock): Promise<ForecastShape> {
  const alert = item.wire.alert;
  // Spend per group value is not in the breakdowns: such notifications have no forecast.
  if (alert.group_key_filter || (alert.group_values && alert.group_values.length > 0)) return none('NOT_FORECASTABLE', 'SPEND');
  const creditTypeId = alert.credit_type?.id ?? USD_CENTS.id;
  if (creditTypeId !== USD_CENTS.id) return none('NOT_FORECASTABLE', 'SPEND');
  const [draft, trend] = await Promise.all([draftInvoice(ctx, item.customerId, creditTypeId), spendTrend(ctx, item.customerId, clock)]);
  const current = draft?.wire.subtotal ?? trend.period;
  return project(clock, 'SPEND', current, alert.threshold - current, trend.rate, trend.any || current > 0, true);
}

type Kind = 'commit' | 'credit';

/** The commits and credits a balance notification watches: active now, in its credit type, matching its custom-field filters. */
async function watchedBalances(
  ctx: GatewayContext,
  item: CustomerAlertShape,
  kinds: readonly Kind[],
  clock: Clock,
): Promise<WireBalance[]> {
  const alert = item.wire.alert;
  const creditTypeId = alert.credit_type?.id ?? USD_CENTS.id;
  const page = await ctx.loaders.balancesPage.load({
    customerId: item.customerId,
    coveringDate: null,
    includeArchived: false,
    includeBalance: true,
    includeLedgers: false,
    cursor: null,
    limit: 25,
  });
  const now = clock.now.getTime();
  return page.data.filter((grant) => {
    const kind: Kind = grant.type === 'CREDIT' ? 'credit' : 'commit';
    if (!kinds.includes(kind)) return false;
    if ((grant.access_schedule?.credit_type?.id ?? USD_CENTS.id) !== creditTypeId) return false;
    if (!activeSegments(grant, now).length) return false;
    return (alert.custom_field_filters ?? []).every((filter) => {
      const applies =
        filter.entity === 'ContractCreditOrCommit' ||
        (filter.entity === 'Commit' ? kind === 'commit' : filter.entity === 'ContractCredit' && kind === 'credit');
      return !applies || grant.custom_fields?.[filter.key] === filter.value;
    });
  });
}

function activeSegments(grant: WireBalance, now: number) {
  return (grant.access_schedule?.schedule_items ?? []).filter((s) => Date.parse(s.starting_at) <= now && now < Date.parse(s.ending_before));
}

async function balanceForecast(
  ctx: GatewayContext,
  item: CustomerAlertShape,
  kinds: readonly Kind[],
  percentage: boolean,
  clock: Clock,
): Promise<ForecastShape> {
  const [grants, trend] = await Promise.all([watchedBalances(ctx, item, kinds, clock), spendTrend(ctx, item.customerId, clock)]);
  if (grants.length === 0) return none('NO_HISTORY', 'SPEND');
  const now = clock.now.getTime();
  const remaining = grants.reduce((sum, grant) => sum + (grant.balance ?? 0), 0);
  const granted = grants.reduce((sum, grant) => sum + activeSegments(grant, now).reduce((s, segment) => s + segment.amount, 0), 0);
  const threshold = item.wire.alert.threshold;
  // Percentage notifications compare remaining / granted; in money that is a fixed target.
  const target = percentage ? (threshold * granted) / 100 : threshold;
  const current = percentage ? (granted === 0 ? 0 : (remaining * 100) / granted) : remaining;
  const projected = project(clock, 'SPEND', current, remaining - target, trend.rate, trend.any, false);
  // The linear pace holds only while every watched segment lasts: when the first one ends, its
  // remainder expires at once and the sum jumps, so a date past that end is not a forecast. A grant
  // already drawn to nothing has no remainder to lose: its end changes nothing.
  const firstEnd = Math.min(
    ...grants
      .filter((grant) => (grant.balance ?? 0) > 0)
      .flatMap((grant) => activeSegments(grant, now).map((segment) => Date.parse(segment.ending_before))),
  );
  const forecast =
    projected.projectedAt !== null && projected.projectedAt.getTime() >= firstEnd
      ? { ...projected, projectedAt: null, reason: 'ENDS_FIRST' as const }
      : projected;
  // The pace is money per day; a percentage notification reads it as percentage points per day.
  return percentage && forecast.ratePerDay !== null && granted > 0
    ? { ...forecast, ratePerDay: (forecast.ratePerDay * 100) / granted }
    : forecast;
}

async function daysForecast(ctx: GatewayContext, item: CustomerAlertShape, kind: Kind, clock: Clock): Promise<ForecastShape> {
  const grants = await watchedBalances(ctx, item, [kind], clock);
  const now = clock.now.getTime();
  const ends = grants.flatMap((grant) => activeSegments(grant, now).map((segment) => Date.parse(segment.ending_before)));
  if (ends.length === 0) return none('NO_HISTORY', 'SCHEDULE');
  const end = Math.min(...ends);
  const at = end - item.wire.alert.threshold * DAY;
  const daysLeft = (end - now) / DAY;
  if (at <= now) return none('ALREADY_IN_ALARM', 'SCHEDULE', { currentValue: daysLeft });
  return {
    projectedAt: new Date(at),
    ratePerDay: null,
    basis: 'SCHEDULE',
    observedFrom: null,
    observedTo: null,
    currentValue: daysLeft,
    reason: null,
  };
}

/** The forecast of one customer alert. */
export async function forecastOf(ctx: GatewayContext, item: CustomerAlertShape, billableMetricId: string | null): Promise<ForecastShape> {
  const wire: WireCustomerAlert = item.wire;
  if (wire.customer_status === 'in_alarm') return none('ALREADY_IN_ALARM');
  if (wire.customer_status === null || wire.alert.status !== 'enabled') return none('NOT_FORECASTABLE');
  const clock = clockOf(ctx.now());
  switch (wire.alert.type) {
    case 'usage_threshold_reached':
      return usageForecast(ctx, item, billableMetricId, clock);
    case 'spend_threshold_reached':
      return spendForecast(ctx, item, clock);
    case 'low_remaining_commit_balance_reached':
      return balanceForecast(ctx, item, ['commit'], false, clock);
    case 'low_remaining_commit_percentage_reached':
      return balanceForecast(ctx, item, ['commit'], true, clock);
    case 'low_remaining_contract_credit_balance_reached':
      return balanceForecast(ctx, item, ['credit'], false, clock);
    case 'low_remaining_contract_credit_percentage_reached':
      return balanceForecast(ctx, item, ['credit'], true, clock);
    case 'low_remaining_contract_credit_and_commit_balance_reached':
      return balanceForecast(ctx, item, ['commit', 'credit'], false, clock);
    case 'low_remaining_days_for_commit_segment_reached':
      return daysForecast(ctx, item, 'commit', clock);
    case 'low_remaining_days_for_contract_credit_segment_reached':
      return daysForecast(ctx, item, 'credit', clock);
    default:
      return none('NOT_FORECASTABLE');
  }
}

builder.objectField(CustomerAlert, 'forecast', (t) =>
  t.field({
    extensions: upstreamCost(forecastCost),
    type: Forecast,
    nullable: true,
    description:
      'When, at the pace of the trailing 7 days, this notification will fire. Usage notifications need `billableMetricId` (Metronome’s customer-alert object does not say which metric they count).',
    args: {
      billableMetricId: t.arg.id({ required: false, description: 'The billable metric a USAGE_THRESHOLD_REACHED notification counts.' }),
    },
    resolve: (item, args, ctx) =>
      forecastOf(ctx, item, args.billableMetricId == null ? null : parseUuid(String(args.billableMetricId), 'billableMetricId')),
  }),
);
