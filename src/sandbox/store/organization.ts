import type {
  AlertRecord,
  BillableMetricRecord,
  CreditTypeRecord,
  CustomerRecord,
  GrantRecord,
  IdempotentReplay,
  PairState,
  ProductRecord,
  UsageEvent,
} from './records.js';
import { RecordNotFoundError } from './errors.js';

/** Metronome's fixed id for the "USD (cents)" credit type. */
export const USD_CENTS_ID = '2714e483-4ff1-48e4-9e25-ac732e8f24f2';

/** What changed in an organization, for the billing engine to re-evaluate. */
export type OrganizationChange =
  | { kind: 'customer'; customerId: string }
  | { kind: 'alert'; alertId: string }
  | { kind: 'grant'; customerId: string }
  | { kind: 'usage'; events: UsageEvent[] }
  | { kind: 'reset'; alertId: string; customerId: string };

export type ChangeListener = (change: OrganizationChange) => void;

/**
 * All data of one Metronome organization (one bearer token). Plain maps, in memory; every
 * collection is kept in insertion order, which is also list order.
 */
export class Organization {
  readonly customers = new Map<string, CustomerRecord>();
  /** Ingest alias → customer id; aliases stay reserved after a customer is archived. */
  readonly aliases = new Map<string, string>();
  readonly alerts = new Map<string, AlertRecord>();
  /** Alert uniqueness keys still in force → alert id. */
  readonly alertKeys = new Map<string, string>();
  /** `alertId|customerId|groupKey` → state. */
  readonly pairs = new Map<string, PairState>();
  readonly grants = new Map<string, GrantRecord>();
  /** Commit and credit uniqueness keys (never released) → grant id. */
  readonly grantKeys = new Map<string, string>();
  readonly products = new Map<string, ProductRecord>();
  readonly billableMetrics = new Map<string, BillableMetricRecord>();
  readonly creditTypes = new Map<string, CreditTypeRecord>();
  readonly events: UsageEvent[] = [];
  readonly transactionIds = new Set<string>();
  readonly idempotency = new Map<string, IdempotentReplay>();
  /** USAGE product id → its price; see the billing engine. Products without an entry cost `defaultUnitPrice`. */
  readonly rateCard = new Map<string, { unitPrice: number; creditTypeId: string }>();
  defaultUnitPrice = 1;
  /** Where threshold notifications are sent, each with its signing secret. */
  webhookDestinations: Array<{ url: string; secret: string }> = [];
  /** Whether `*_resolved` notifications are sent when a customer leaves alarm (an opt-in upstream). */
  sendResolvedWebhooks = false;
  private sequence = 0;
  private readonly listeners: ChangeListener[] = [];
  /** Indexes so that one customer's evaluation never scans the whole organization. */
  private readonly alertsByCustomer = new Map<string, AlertRecord[]>();
  private readonly organizationWideAlerts: AlertRecord[] = [];
  private readonly grantsByCustomer = new Map<string, GrantRecord[]>();

  constructor(
    readonly token: string,
    readonly name: string,
  ) {
    this.creditTypes.set(USD_CENTS_ID, { seq: this.nextSeq(), id: USD_CENTS_ID, name: 'USD (cents)', isCurrency: true });
  }

  nextSeq(): number {
    this.sequence += 1;
    return this.sequence;
  }

  onChange(listener: ChangeListener): void {
    this.listeners.push(listener);
  }

  /** Tells the engine something changed; listeners run synchronously, after the write. */
  changed(change: OrganizationChange): void {
    for (const listener of this.listeners) listener(change);
  }

  customer(customerId: string): CustomerRecord {
    const record = this.customers.get(customerId);
    if (!record) throw new RecordNotFoundError(`Customer ${customerId} not found`);
    return record;
  }

  /** Resolves a Metronome customer id or an ingest alias. */
  resolveCustomer(idOrAlias: string): CustomerRecord | undefined {
    const direct = this.customers.get(idOrAlias);
    if (direct) return direct;
    const viaAlias = this.aliases.get(idOrAlias);
    return viaAlias === undefined ? undefined : this.customers.get(viaAlias);
  }

  alert(alertId: string): AlertRecord {
    const record = this.alerts.get(alertId);
    if (!record) throw new RecordNotFoundError(`Alert ${alertId} not found`);
    return record;
  }

  product(productId: string): ProductRecord {
    const record = this.products.get(productId);
    if (!record) throw new RecordNotFoundError(`Product ${productId} not found`);
    return record;
  }

  creditType(creditTypeId: string): CreditTypeRecord {
    const record = this.creditTypes.get(creditTypeId);
    if (!record) throw new RecordNotFoundError(`Credit type ${creditTypeId} not found`);
    return record;
  }

  billableMetric(metricId: string): BillableMetricRecord {
    const record = this.billableMetrics.get(metricId);
    if (!record) throw new RecordNotFoundError(`Billable metric ${metricId} not found`);
    return record;
  }

  addAlert(record: AlertRecord): void {
    this.alerts.set(record.alert.id, record);
    if (record.customerId === undefined) this.organizationWideAlerts.push(record);
    else pushTo(this.alertsByCustomer, record.customerId, record);
  }

  addGrant(record: GrantRecord): void {
    this.grants.set(record.wire.id, record);
    pushTo(this.grantsByCustomer, record.customerId, record);
  }

  /** Alerts that apply to a customer: the organization-wide ones and its own, in creation order. */
  alertsFor(customerId: string): AlertRecord[] {
    return [...this.organizationWideAlerts, ...(this.alertsByCustomer.get(customerId) ?? [])].sort((a, b) => a.seq - b.seq);
  }

  grantsOf(customerId: string): GrantRecord[] {
    return this.grantsByCustomer.get(customerId) ?? [];
  }
}

function pushTo<T>(index: Map<string, T[]>, key: string, value: T): void {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}

/** The key of one (alert, customer, group values) evaluation pair. */
export function pairKey(alertId: string, customerId: string, groupKey = ''): string {
  return `${alertId}|${customerId}|${groupKey}`;
}

/** A stable text for a set of group values, order-insensitive. */
export function groupValuesKey(groupValues: ReadonlyArray<{ key: string; value?: string }> | undefined): string {
  if (!groupValues || groupValues.length === 0) return '';
  return groupValues
    .map((entry) => `${entry.key}=${entry.value ?? '*'}`)
    .sort()
    .join('&');
}
