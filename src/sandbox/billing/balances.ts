import { USD_CENTS_ID, type Organization } from '../store/organization.js';
import type { GrantRecord } from '../store/records.js';
import { draftInvoiceId } from './drawdown.js';
import { isActive, segmentsOf } from './ledger.js';
import { periodOf } from './periods.js';

/** Which commits and credits count towards a net balance; filters are OR'd, conditions within one AND'd. */
export interface BalanceFilter {
  balance_types?: Array<'PREPAID_COMMIT' | 'POSTPAID_COMMIT' | 'CREDIT'> | undefined;
  ids?: string[] | undefined;
  custom_fields?: Record<string, string> | undefined;
}

function balanceType(grant: GrantRecord): 'PREPAID_COMMIT' | 'POSTPAID_COMMIT' | 'CREDIT' {
  if (grant.kind === 'credit') return 'CREDIT';
  return grant.wire.type === 'POSTPAID' ? 'POSTPAID_COMMIT' : 'PREPAID_COMMIT';
}

function matches(grant: GrantRecord, filter: BalanceFilter): boolean {
  if (filter.balance_types && !filter.balance_types.includes(balanceType(grant))) return false;
  if (filter.ids && !filter.ids.includes(grant.wire.id)) return false;
  const fields = grant.wire.custom_fields ?? {};
  return Object.entries(filter.custom_fields ?? {}).every(([key, value]) => fields[key] === value);
}

/**
 * The combined balance a customer can use now in one credit type: active segments of matching,
 * unarchived grants, each segment counted at zero when manual entries took it below. With
 * `FINALIZED`, the current draft invoice's drawdown is not subtracted.
 */
export function netBalance(
  org: Organization,
  customerId: string,
  now: Date,
  options: {
    creditTypeId?: string | undefined;
    filters?: BalanceFilter[] | undefined;
    mode?: 'FINALIZED' | 'FINALIZED_AND_DRAFT' | undefined;
  },
): number {
  const creditTypeId = options.creditTypeId ?? USD_CENTS_ID;
  const draft = draftInvoiceId(customerId, periodOf(now));
  let total = 0;
  for (const grant of org.grantsOf(customerId)) {
    if ('archived_at' in grant.wire && grant.wire.archived_at) continue;
    if ((grant.wire.access_schedule?.credit_type?.id ?? USD_CENTS_ID) !== creditTypeId) continue;
    if (options.filters && options.filters.length > 0 && !options.filters.some((filter) => matches(grant, filter))) continue;
    for (const segment of segmentsOf(grant).filter((s) => isActive(s, now))) {
      const moved = grant.entries
        .filter((entry) => entry.segmentId === segment.id)
        .filter((entry) => options.mode !== 'FINALIZED' || entry.invoiceId !== draft)
        .reduce((sum, entry) => sum + entry.amount, 0);
      total += Math.max(0, segment.amount + moved);
    }
  }
  return total;
}
