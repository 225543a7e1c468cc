import { randomUUID } from 'node:crypto';
import { badRequest, notFound } from '../http/errors.js';
import { paginate } from '../http/pagination.js';
import { parseBody } from '../http/validation.js';
import { balanceOf, ledgerOf, segmentsOf, type Segment } from '../billing/ledger.js';
import { USD_CENTS_ID, type Organization } from '../store/organization.js';
import type { CommitRecord, CreditRecord, GrantRecord } from '../store/records.js';
import type { Clock } from '../clock.js';
import type { RouteModule } from './context.js';
import { buildInvoiceSchedule, checkCommitRules, checkGrantRules } from './grant-rules.js';
import {
  createCommit,
  createCredit,
  listCommits,
  listCredits,
  updateCommitEndDate,
  updateCreditEndDate,
  type CreateCommit,
  type CreateCredit,
} from './grant-schemas.js';

/** The wire fields a commit and a credit share, from the create request. */
function commonWire(org: Organization, input: CreateCommit | CreateCredit, now: Date) {
  const creditType = org.creditType(input.access_schedule.credit_type_id ?? USD_CENTS_ID);
  const product = org.product(input.product_id);
  return {
    id: randomUUID(),
    created_at: now.toISOString(),
    created_by: 'sandbox',
    product: { id: product.id, name: product.name },
    priority: input.priority,
    access_schedule: {
      credit_type: { id: creditType.id, name: creditType.name },
      schedule_items: input.access_schedule.schedule_items.map((item) => ({ id: randomUUID(), ...item })),
    },
    ...(input.name !== undefined && { name: input.name }),
    ...(input.description !== undefined && { description: input.description }),
    ...(input.rate_type !== undefined && { rate_type: input.rate_type }),
    ...(input.applicable_contract_ids !== undefined && { applicable_contract_ids: input.applicable_contract_ids }),
    ...(input.applicable_product_ids !== undefined && { applicable_product_ids: input.applicable_product_ids }),
    ...(input.applicable_product_tags !== undefined && { applicable_product_tags: input.applicable_product_tags }),
    ...(input.specifiers !== undefined && { specifiers: input.specifiers }),
    ...(input.custom_fields !== undefined && { custom_fields: input.custom_fields }),
    ...(input.uniqueness_key !== undefined && { uniqueness_key: input.uniqueness_key }),
    ...(input.netsuite_sales_order_id !== undefined && { netsuite_sales_order_id: input.netsuite_sales_order_id }),
    ...(input.salesforce_opportunity_id !== undefined && { salesforce_opportunity_id: input.salesforce_opportunity_id }),
  };
}

function store(org: Organization, record: GrantRecord, uniquenessKey: string | undefined): { body: { data: { id: string } } } {
  org.addGrant(record);
  if (uniquenessKey !== undefined) org.grantKeys.set(uniquenessKey, record.wire.id);
  org.changed({ kind: 'grant', customerId: record.customerId });
  return { body: { data: { id: record.wire.id } } };
}

interface ListFilters {
  customer_id: string;
  covering_date?: string | undefined;
  starting_at?: string | undefined;
  effective_before?: string | undefined;
  include_archived?: boolean | undefined;
  include_balance?: boolean | undefined;
  include_ledgers?: boolean | undefined;
  next_page?: string | undefined;
  limit?: number | undefined;
}

/**
 * One page of a customer's commits, credits, or both (balances), with balance and ledger only
 * when asked for.
 */
export function listGrants(
  org: Organization,
  clock: Clock,
  kinds: ReadonlyArray<GrantRecord['kind']>,
  filters: ListFilters & { exclude_zero_balances?: boolean | undefined },
  onlyId: string | undefined,
) {
  org.customer(filters.customer_id);
  const now = clock.now();
  const covering = filters.covering_date === undefined ? undefined : Date.parse(filters.covering_date);
  const from = filters.starting_at === undefined ? undefined : Date.parse(filters.starting_at);
  const before = filters.effective_before === undefined ? undefined : Date.parse(filters.effective_before);
  const matching = org.grantsOf(filters.customer_id).filter((grant) => {
    if (!kinds.includes(grant.kind)) return false;
    if (onlyId !== undefined && grant.wire.id !== onlyId) return false;
    if (!filters.include_archived && 'archived_at' in grant.wire && grant.wire.archived_at) return false;
    const segments = segmentsOf(grant);
    const start = (s: Segment): number => Date.parse(s.starting_at);
    const end = (s: Segment): number => Date.parse(s.ending_before);
    if (covering !== undefined && !segments.some((s) => start(s) <= covering && covering < end(s))) return false;
    if (from !== undefined && !segments.some((s) => end(s) > from)) return false;
    if (before !== undefined && !segments.some((s) => start(s) < before)) return false;
    if (filters.exclude_zero_balances && balanceOf(grant, now) === 0) return false;
    return true;
  });
  const { page, nextPage } = paginate(matching, {
    cursor: filters.next_page,
    limit: filters.limit ?? 25,
    list: kinds.length > 1 ? 'balances' : kinds[0] === 'commit' ? 'commits' : 'credits',
  });
  const data = page.map((grant) => ({
    ...grant.wire,
    ...(filters.include_balance && { balance: balanceOf(grant, now) }),
    ...(filters.include_ledgers && { ledger: ledgerOf(grant, now) }),
  }));
  return { body: { data, next_page: nextPage } };
}

function grantOf<K extends GrantRecord['kind']>(org: Organization, kind: K, customerId: string, grantId: string) {
  org.customer(customerId);
  const grant = org.grants.get(grantId);
  if (!grant || grant.kind !== kind || grant.customerId !== customerId) {
    throw notFound(`${kind === 'commit' ? 'Commit' : 'Credit'} ${grantId} not found for customer ${customerId}`);
  }
  return grant as Extract<GrantRecord, { kind: K }>;
}

/** Shortens the access schedule so nothing extends past `endBefore`. */
function truncateAccess(grant: GrantRecord, endBefore: string, field: string): GrantRecord['wire']['access_schedule'] {
  const end = Date.parse(endBefore);
  const segments = segmentsOf(grant);
  const currentEnd = Math.max(...segments.map((segment) => Date.parse(segment.ending_before)));
  if (end >= currentEnd) {
    throw badRequest(
      `${field} must be earlier than the current end (${new Date(currentEnd).toISOString()}); end dates can only be moved earlier`,
    );
  }
  const kept = segments
    .filter((segment) => Date.parse(segment.starting_at) < end)
    .map((segment) => (Date.parse(segment.ending_before) > end ? { ...segment, ending_before: endBefore } : segment));
  if (kept.length === 0) throw badRequest(`${field} is before the first access segment starts`);
  return { ...grant.wire.access_schedule, schedule_items: kept };
}

export const grantRoutes: RouteModule = ({ clock }) => [
  {
    method: 'POST',
    path: '/v1/contracts/customerCommits/create',
    handler: ({ org, body }) => {
      const input = parseBody(createCommit, body);
      checkCommitRules(input);
      checkGrantRules(org, input);
      const common = commonWire(org, input, clock.now());
      const invoiceCreditType = org.creditType(input.invoice_schedule?.credit_type_id ?? USD_CENTS_ID);
      const record: CommitRecord = {
        kind: 'commit',
        seq: org.nextSeq(),
        customerId: input.customer_id,
        entries: [],
        wire: {
          ...common,
          type: input.type,
          ...(input.invoice_schedule !== undefined && {
            invoice_schedule: buildInvoiceSchedule(input.invoice_schedule, { id: invoiceCreditType.id, name: invoiceCreditType.name }),
          }),
          ...(input.invoice_contract_id !== undefined && { invoice_contract: { id: input.invoice_contract_id } }),
        },
      };
      return store(org, record, input.uniqueness_key);
    },
  },
  {
    method: 'POST',
    path: '/v1/contracts/customerCredits/create',
    handler: ({ org, body }) => {
      const input = parseBody(createCredit, body);
      checkGrantRules(org, input);
      const record: CreditRecord = {
        kind: 'credit',
        seq: org.nextSeq(),
        customerId: input.customer_id,
        entries: [],
        wire: { ...commonWire(org, input, clock.now()), type: 'CREDIT' },
      };
      return store(org, record, input.uniqueness_key);
    },
  },
  {
    method: 'POST',
    path: '/v1/contracts/customerCommits/list',
    handler: ({ org, body }) => {
      const input = parseBody(listCommits, body);
      return listGrants(org, clock, ['commit'], input, input.commit_id);
    },
  },
  {
    method: 'POST',
    path: '/v1/contracts/customerCredits/list',
    handler: ({ org, body }) => {
      const input = parseBody(listCredits, body);
      return listGrants(org, clock, ['credit'], input, input.credit_id);
    },
  },
  {
    method: 'POST',
    path: '/v1/contracts/customerCommits/updateEndDate',
    handler: ({ org, body }) => {
      const input = parseBody(updateCommitEndDate, body);
      const commit = grantOf(org, 'commit', input.customer_id, input.commit_id);
      if (commit.wire.type !== 'PREPAID') throw badRequest('Only PREPAID commits can have their end date updated');
      if (input.access_ending_before === undefined && input.invoices_ending_before === undefined) {
        throw badRequest('Give access_ending_before, invoices_ending_before, or both');
      }
      let wire = commit.wire;
      if (input.access_ending_before !== undefined) {
        wire = { ...wire, access_schedule: truncateAccess(commit, input.access_ending_before, 'access_ending_before') };
      }
      const invoiceEnd = input.invoices_ending_before;
      if (invoiceEnd !== undefined && wire.invoice_schedule) {
        const items = (wire.invoice_schedule.schedule_items ?? []).filter((item) => Date.parse(item.timestamp) < Date.parse(invoiceEnd));
        wire = { ...wire, invoice_schedule: { ...wire.invoice_schedule, schedule_items: items } };
      }
      commit.wire = wire;
      org.changed({ kind: 'grant', customerId: input.customer_id });
      return { body: { data: { id: commit.wire.id } } };
    },
  },
  {
    method: 'POST',
    path: '/v1/contracts/customerCredits/updateEndDate',
    handler: ({ org, body }) => {
      const input = parseBody(updateCreditEndDate, body);
      const credit = grantOf(org, 'credit', input.customer_id, input.credit_id);
      credit.wire = { ...credit.wire, access_schedule: truncateAccess(credit, input.access_ending_before, 'access_ending_before') };
      org.changed({ kind: 'grant', customerId: input.customer_id });
      return { body: { data: { id: credit.wire.id } } };
    },
  },
];
