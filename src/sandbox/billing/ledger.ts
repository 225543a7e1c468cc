import type { Commit, Credit } from '@metronome/sdk/resources/shared';
import type { GrantRecord, RecordedEntry } from '../store/records.js';

type CommitLedgerEntry = NonNullable<Commit['ledger']>[number];
type CreditLedgerEntry = NonNullable<Credit['ledger']>[number];
export type LedgerEntry = CommitLedgerEntry | CreditLedgerEntry;

export interface Segment {
  id: string;
  amount: number;
  starting_at: string;
  ending_before: string;
}

export function segmentsOf(grant: GrantRecord): Segment[] {
  return (grant.wire.access_schedule?.schedule_items ?? []) as Segment[];
}

/** A segment is active from its start (inclusive) to its end (exclusive). */
export function isActive(segment: Segment, now: Date): boolean {
  const time = now.getTime();
  return Date.parse(segment.starting_at) <= time && time < Date.parse(segment.ending_before);
}

/** What is left on one segment: its amount plus recorded entries, never below zero. */
function segmentRemaining(grant: GrantRecord, segment: Segment): number {
  const moved = grant.entries.filter((entry) => entry.segmentId === segment.id).reduce((sum, entry) => sum + entry.amount, 0);
  return Math.max(0, segment.amount + moved);
}

/** The balance the customer can use right now: only active segments count. */
export function balanceOf(grant: GrantRecord, now: Date): number {
  return segmentsOf(grant)
    .filter((segment) => isActive(segment, now))
    .reduce((sum, segment) => sum + segmentRemaining(grant, segment), 0);
}

/** The amount granted by active segments, for percentage thresholds. */
export function activeGrantedOf(grant: GrantRecord, now: Date): number {
  return segmentsOf(grant)
    .filter((segment) => isActive(segment, now))
    .reduce((sum, segment) => sum + segment.amount, 0);
}

/**
 * The ledger as Metronome reports it: a start entry per started segment, recorded deductions
 * and manual entries, and an expiration entry taking away what was left on ended segments.
 */
export function ledgerOf(grant: GrantRecord, now: Date): LedgerEntry[] {
  const entries: LedgerEntry[] = [];
  const postpaid = grant.kind === 'commit' && grant.wire.type === 'POSTPAID';
  const prefix = grant.kind === 'credit' ? 'CREDIT' : postpaid ? 'POSTPAID_COMMIT' : 'PREPAID_COMMIT';
  const nowMs = now.getTime();
  for (const segment of segmentsOf(grant)) {
    if (Date.parse(segment.starting_at) > nowMs) continue;
    if (postpaid) {
      entries.push({ type: 'POSTPAID_COMMIT_INITIAL_BALANCE', amount: segment.amount, timestamp: segment.starting_at });
    } else {
      entries.push({
        type: `${prefix}_SEGMENT_START` as 'PREPAID_COMMIT_SEGMENT_START',
        amount: segment.amount,
        segment_id: segment.id,
        timestamp: segment.starting_at,
      });
    }
    for (const recorded of grant.entries.filter((entry) => entry.segmentId === segment.id)) {
      entries.push(recordedEntry(prefix, recorded));
    }
    if (Date.parse(segment.ending_before) <= nowMs) {
      const remaining = segmentRemaining(grant, segment);
      entries.push(
        postpaid
          ? { type: 'POSTPAID_COMMIT_EXPIRATION', amount: -remaining, timestamp: segment.ending_before }
          : {
              type: `${prefix}_EXPIRATION` as 'PREPAID_COMMIT_EXPIRATION',
              amount: -remaining,
              segment_id: segment.id,
              timestamp: segment.ending_before,
            },
      );
    }
  }
  return entries.sort((a, b) => Date.parse(a.timestamp) - Date.parse(b.timestamp));
}

function recordedEntry(prefix: string, recorded: RecordedEntry): LedgerEntry {
  if (recorded.kind === 'manual') {
    return {
      type: `${prefix}_MANUAL` as 'PREPAID_COMMIT_MANUAL',
      amount: recorded.amount,
      reason: recorded.reason ?? '',
      timestamp: recorded.timestamp,
    };
  }
  return {
    type: `${prefix}_AUTOMATED_INVOICE_DEDUCTION` as 'PREPAID_COMMIT_AUTOMATED_INVOICE_DEDUCTION',
    amount: recorded.amount,
    invoice_id: recorded.invoiceId ?? '',
    segment_id: recorded.segmentId,
    timestamp: recorded.timestamp,
  };
}
