import type { CustomerDetail } from '@metronome/sdk/resources/v1/customers/customers';
import type { CustomerAlert } from '@metronome/sdk/resources/v1/customers/alerts';
import type { AlertCreateParams } from '@metronome/sdk/resources/v1/alerts';
import type { BillableMetricListResponse } from '@metronome/sdk/resources/v1/billable-metrics';
import type { Commit, Credit } from '@metronome/sdk/resources/shared';

/** Every stored entity has a sequence number: list order, and what a page cursor points at. */
export interface Sequenced {
  seq: number;
}

export interface CustomerRecord extends Sequenced {
  detail: CustomerDetail;
}

export type AlertType = CustomerAlert.Alert['type'];
type CustomerStatus = 'ok' | 'in_alarm' | 'evaluating';

export interface AlertRecord extends Sequenced {
  /** The configuration as returned inside a CustomerAlert (`updated_at` is filled per customer). */
  alert: Omit<CustomerAlert.Alert, 'updated_at'>;
  /** Set when the notification targets one customer; absent means every customer. */
  customerId?: string;
  billableMetricId?: string;
  evaluateOnCreate: boolean;
  createdAt: string;
  /** Kept so the engine can read the create request's filters as sent. */
  params: AlertCreateParams;
}

/** The evaluation state of one (notification, customer[, group values]) pair. */
export interface PairState {
  status: CustomerStatus;
  triggeredBy: string | null;
  /** When this pair's status last changed. */
  updatedAt: string;
}

/** A ledger entry recorded against a segment (usage drawdowns and manual entries). */
export interface RecordedEntry {
  kind: 'deduction' | 'manual';
  segmentId: string;
  /** Negative draws the segment down. */
  amount: number;
  timestamp: string;
  invoiceId?: string;
  reason?: string;
}

export interface CommitRecord extends Sequenced {
  kind: 'commit';
  customerId: string;
  /** The wire object without `balance` and `ledger`, which are computed when asked for. */
  wire: Omit<Commit, 'balance' | 'ledger'>;
  entries: RecordedEntry[];
}

export interface CreditRecord extends Sequenced {
  kind: 'credit';
  customerId: string;
  wire: Omit<Credit, 'balance' | 'ledger'>;
  entries: RecordedEntry[];
}

export type GrantRecord = CommitRecord | CreditRecord;

export interface ProductRecord extends Sequenced {
  id: string;
  name: string;
  type: 'USAGE' | 'FIXED' | 'COMPOSITE' | 'SUBSCRIPTION' | 'PRO_SERVICE';
  billableMetricId?: string;
  tags: string[];
}

export interface BillableMetricRecord extends Sequenced {
  metric: BillableMetricListResponse;
}

export interface CreditTypeRecord extends Sequenced {
  id: string;
  name: string;
  isCurrency: boolean;
}

/** A usage event as stored after ingest. */
export interface UsageEvent {
  transactionId: string;
  customerId: string;
  eventType: string;
  timestamp: string;
  properties: Record<string, unknown>;
}

/** A response remembered under an Idempotency-Key. */
export interface IdempotentReplay {
  fingerprint: string;
  /** Undefined while the first request with this key is still running. */
  response?: { status: number; body: unknown };
  storedAt: number;
}
