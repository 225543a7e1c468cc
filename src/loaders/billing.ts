import DataLoader from 'dataloader';
import type { MetronomeClient } from '../upstream/client.js';
import { UpstreamNotFoundError } from '../upstream/errors.js';
import type {
  Balance,
  Credit,
  CreditType,
  CreditListParams,
  Invoice,
  InvoiceBreakdown,
  NetBalanceResponse,
  Page,
  UsageListResponse,
} from '../upstream/types.js';
import { grantListParams, type GrantPageKey } from './grant-page.js';
import { stableKey } from './keys.js';

/** Upstream's `/v1/usage` takes this many customers at most in one query (the sandbox refuses more). */
export const MAX_USAGE_CUSTOMERS_PER_CALL = 100;
/** Pages walked at most for one series (each page is one upstream call). */
export const MAX_SERIES_PAGES = 4;

export type CreditFilters = Pick<CreditListParams, 'covering_date' | 'starting_at' | 'effective_before' | 'include_archived' | 'credit_id'>;

export type CreditsPageKey = GrantPageKey<CreditFilters>;

export interface BalancesPageKey {
  customerId: string;
  coveringDate: string | null;
  includeArchived: boolean;
  includeBalance: boolean;
  includeLedgers: boolean;
  cursor: string | null;
  limit: number;
}

export interface NetBalanceKey {
  customerId: string;
  /** null: upstream's default (USD cents). */
  creditTypeId: string | null;
}

export interface InvoicesPageKey {
  customerId: string;
  status: 'DRAFT' | 'FINALIZED' | 'VOID' | null;
  startingOn: string | null;
  endingBefore: string | null;
  cursor: string | null;
  limit: number;
}

export interface InvoiceKey {
  customerId: string;
  invoiceId: string;
}

export type SeriesWindow = 'HOUR' | 'DAY' | 'NONE';

export interface BreakdownsKey {
  customerId: string;
  window: 'HOUR' | 'DAY';
  startingOn: string;
  endingBefore: string;
}

export interface UsageKey {
  customerId: string;
  /** Customers per upstream call (the batch size that keeps one call to one page). */
  perCall: number;
  billableMetricId: string;
  window: SeriesWindow;
  startingOn: string;
  endingBefore: string;
}

/** One window of a customer's usage of one metric. */
export type UsageRow = UsageListResponse;

/** The per-request loaders of the billing picture: credits, balances, invoices, series. */
export interface BillingLoaders {
  creditsPage: DataLoader<CreditsPageKey, Page<Credit>, string>;
  balancesPage: DataLoader<BalancesPageKey, Page<Balance>, string>;
  netBalance: DataLoader<NetBalanceKey, NetBalanceResponse.Data, string>;
  invoicesPage: DataLoader<InvoicesPageKey, Page<Invoice>, string>;
  invoice: DataLoader<InvoiceKey, Invoice | null, string>;
  /** Every breakdown of the range (all pages, bounded). */
  breakdowns: DataLoader<BreakdownsKey, InvoiceBreakdown[], string>;
  /** One customer's usage series; batched: the customers of one (metric, window, range) share `/v1/usage` calls, ≤ 100 each. */
  usage: DataLoader<UsageKey, UsageRow[], string>;
  /** The organization's credit types (first 100), read once per request when a name is needed. */
  creditTypes: DataLoader<'all', CreditType[], string>;
}

export type BillingLoaderName = keyof BillingLoaders;

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * Walks a list's pages to the last one. Bounded: past `MAX_SERIES_PAGES` it fails rather than
 * answer a silently shortened series.
 */
async function allPages<T>(fetchPage: (cursor: string | undefined) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < MAX_SERIES_PAGES; pages += 1) {
    const page = await fetchPage(cursor);
    items.push(...page.data);
    if (page.next_page === null) return items;
    cursor = page.next_page;
  }
  throw new SeriesTooLongError(`Upstream answered more than ${MAX_SERIES_PAGES} pages for one series`);
}

/** A series needed more upstream pages than one request may spend on it. */
export class SeriesTooLongError extends Error {}

export function createBillingLoaders(
  client: MetronomeClient,
  counted: <K, V>(
    loader: BillingLoaderName,
    batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>,
  ) => (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>,
): BillingLoaders {
  /** A loader whose keys each make their own call: de-duplication, no batching. */
  const each = <K, V>(name: BillingLoaderName, load: (key: K) => Promise<V>) =>
    new DataLoader<K, V, string>(
      counted(name, (keys: readonly K[]) => Promise.all(keys.map((key) => load(key).catch(toError)))),
      {
        cacheKeyFn: stableKey,
      },
    );

  const creditsPage = each<CreditsPageKey, Page<Credit>>('creditsPage', (key) => client.listCredits(grantListParams(key)));

  const balancesPage = each<BalancesPageKey, Page<Balance>>('balancesPage', (key) =>
    client.listBalances({
      customer_id: key.customerId,
      ...(key.coveringDate !== null && { covering_date: key.coveringDate }),
      ...(key.includeArchived && { include_archived: true }),
      ...(key.includeBalance && { include_balance: true }),
      ...(key.includeLedgers && { include_ledgers: true }),
      ...(key.cursor !== null && { next_page: key.cursor }),
      limit: key.limit,
    }),
  );

  const netBalance = each<NetBalanceKey, NetBalanceResponse.Data>('netBalance', (key) =>
    client.getNetBalance({ customer_id: key.customerId, ...(key.creditTypeId !== null && { credit_type_id: key.creditTypeId }) }),
  );

  const invoicesPage = each<InvoicesPageKey, Page<Invoice>>('invoicesPage', (key) =>
    client.listInvoices({
      customer_id: key.customerId,
      ...(key.status !== null && { status: key.status }),
      ...(key.startingOn !== null && { starting_on: key.startingOn }),
      ...(key.endingBefore !== null && { ending_before: key.endingBefore }),
      ...(key.cursor !== null && { next_page: key.cursor }),
      limit: key.limit,
    }),
  );

  const invoice = each<InvoiceKey, Invoice | null>('invoice', (key) =>
    client.getInvoice({ customer_id: key.customerId, invoice_id: key.invoiceId }).catch((error: unknown) => {
      if (error instanceof UpstreamNotFoundError) return null;
      throw error;
    }),
  );

  const breakdowns = each<BreakdownsKey, InvoiceBreakdown[]>('breakdowns', (key) =>
    allPages((cursor) =>
      client.listInvoiceBreakdowns({
        customer_id: key.customerId,
        window_size: key.window,
        starting_on: key.startingOn,
        ending_before: key.endingBefore,
        ...(cursor !== undefined && { next_page: cursor }),
      }),
    ),
  );

  const usage = new DataLoader<UsageKey, UsageRow[], string>(
    counted('usage', async (keys: readonly UsageKey[]) => {
      // One query per (metric, window, range), ≤ 100 customers each; rows are handed back per customer.
      const groups = new Map<string, UsageKey[]>();
      for (const key of keys) {
        const group = stableKey({ m: key.billableMetricId, w: key.window, s: key.startingOn, e: key.endingBefore, p: key.perCall });
        const list = groups.get(group) ?? [];
        list.push(key);
        groups.set(group, list);
      }
      const results = new Map<string, UsageRow[] | Error>();
      await Promise.all(
        [...groups.values()].flatMap((group) => {
          const customers = [...new Set(group.map((key) => key.customerId))];
          const [sample] = group;
          if (!sample) return [];
          const size = Math.min(MAX_USAGE_CUSTOMERS_PER_CALL, sample.perCall);
          const chunks: string[][] = [];
          for (let i = 0; i < customers.length; i += size) chunks.push(customers.slice(i, i + size));
          return chunks.map(async (chunk) => {
            try {
              const rows = await allPages((cursor) =>
                client.listUsage({
                  customer_ids: chunk,
                  billable_metrics: [{ id: sample.billableMetricId }],
                  window_size: sample.window,
                  starting_on: sample.startingOn,
                  ending_before: sample.endingBefore,
                  ...(cursor !== undefined && { next_page: cursor }),
                }),
              );
              for (const customerId of chunk) {
                results.set(
                  stableKey({ ...sample, customerId }),
                  rows.filter((row) => row.customer_id === customerId),
                );
              }
            } catch (error) {
              for (const customerId of chunk) results.set(stableKey({ ...sample, customerId }), toError(error));
            }
          });
        }),
      );
      return keys.map((key) => results.get(stableKey(key)) ?? []);
    }),
    { cacheKeyFn: stableKey, maxBatchSize: 1000 },
  );

  const creditTypes = each<'all', CreditType[]>('creditTypes', async () => (await client.listCreditTypes({ limit: 100 })).data);

  return { creditsPage, balancesPage, netBalance, invoicesPage, invoice, breakdowns, usage, creditTypes };
}
