import DataLoader from 'dataloader';
import type { MetronomeClient } from '../upstream/client.js';
import { UpstreamNotFoundError } from '../upstream/errors.js';
import type { Commit, CommitListParams, CustomerAlert, CustomerDetail, Page } from '../upstream/types.js';
import { createBillingLoaders, type BillingLoaders } from './billing.js';
import { grantListParams, type GrantPageKey } from './grant-page.js';
import { stableKey } from './keys.js';

/** Upstream allows at most this many ids in one `GET /v1/customers?customer_ids=`. */
const MAX_CUSTOMER_IDS_PER_CALL = 100;

interface AlertsPageKey {
  customerId: string;
  /** Upper-case statuses, sorted; null for upstream's default (enabled only). */
  statuses: string[] | null;
  cursor: string | null;
}

interface CustomerAlertKey {
  customerId: string;
  alertId: string;
  groupValues?: Array<{ key: string; value: string }>;
  seatFilter?: { seat_group_key: string; seat_group_value: string };
}

type CommitFilters = Pick<
  CommitListParams,
  'covering_date' | 'starting_at' | 'effective_before' | 'include_archived' | 'include_contract_commits' | 'commit_id'
>;

/** A page of the customer list, as `GET /v1/customers` filters it. */
interface CustomersPageKey {
  customerIds: string[] | null;
  ingestAlias: string | null;
  onlyArchived: boolean | null;
  limit: number | null;
  cursor: string | null;
}

type CommitsPageKey = GrantPageKey<CommitFilters>;

/**
 * The per-request loaders. Created for one GraphQL operation and one viewer, then dropped: no
 * cache here outlives the request. They batch customers into `customer_ids` calls (≤ 100 each; one alone is read by its id),
 * and de-duplicate every other upstream read made twice in one request.
 */
export interface Loaders extends BillingLoaders {
  /** A customer by Metronome id; null when it does not exist. */
  customer: DataLoader<string, CustomerDetail | null>;
  customersPage: DataLoader<CustomersPageKey, Page<CustomerDetail>, string>;
  alertsPage: DataLoader<AlertsPageKey, Page<CustomerAlert>, string>;
  customerAlert: DataLoader<CustomerAlertKey, CustomerAlert | null, string>;
  commitsPage: DataLoader<CommitsPageKey, Page<Commit>, string>;
}

/** Told the size of every batch a loader runs (for the batch-size histogram). */
export type BatchObserver = (loader: keyof Loaders, size: number) => void;

export function createLoaders(client: MetronomeClient, onBatch: BatchObserver = () => undefined): Loaders {
  /** A batch function that reports its batch size first. */
  const counted =
    <K, V>(loader: keyof Loaders, batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>) =>
    (keys: readonly K[]): Promise<ReadonlyArray<V | Error>> => {
      onBatch(loader, keys.length);
      return batch(keys);
    };

  /** First pages of each customer's default alert list, so `alert(alertId)` can be answered from them. */
  const firstAlertPages = new Map<string, Promise<Page<CustomerAlert>>>();

  const customer = new DataLoader<string, CustomerDetail | null>(
    counted('customer', async (ids: readonly string[]) => {
      // One customer: its own read, which finds it archived or not in one call and brings back
      // that customer alone. Two or more: one list call for up to 100 (and one more for the
      // archived among them, which upstream lists only when asked).
      if (ids.length === 1) return [await customerOrNull(client, ids[0] as string)];
      const found = new Map<string, CustomerDetail>();
      const active = await client.listCustomers({ customer_ids: [...ids], limit: MAX_CUSTOMER_IDS_PER_CALL });
      for (const item of active.data) found.set(item.id, item);
      // Upstream lists archived customers only when asked; look for the missing ones there.
      const missing = ids.filter((id) => !found.has(id));
      if (missing.length > 0) {
        const archived = await client.listCustomers({ customer_ids: missing, only_archived: true, limit: MAX_CUSTOMER_IDS_PER_CALL });
        for (const item of archived.data) found.set(item.id, item);
      }
      return ids.map((id) => found.get(id) ?? null);
    }),
    { maxBatchSize: MAX_CUSTOMER_IDS_PER_CALL },
  );

  const customersPage = new DataLoader<CustomersPageKey, Page<CustomerDetail>, string>(
    counted('customersPage', async (keys: readonly CustomersPageKey[]) =>
      Promise.all(
        keys.map(async (key) => {
          try {
            const page = await client.listCustomers({
              ...(key.customerIds && { customer_ids: key.customerIds }),
              ...(key.ingestAlias !== null && { ingest_alias: key.ingestAlias }),
              ...(key.onlyArchived !== null && { only_archived: key.onlyArchived }),
              ...(key.limit !== null && { limit: key.limit }),
              ...(key.cursor !== null && { next_page: key.cursor }),
            });
            // Each customer listed is one `customer(id)` will not need to fetch again.
            for (const item of page.data) customer.prime(item.id, item);
            return page;
          } catch (error) {
            return toError(error);
          }
        }),
      ),
    ),
    { cacheKeyFn: stableKey },
  );

  const alertsPage = new DataLoader<AlertsPageKey, Page<CustomerAlert>, string>(
    counted('alertsPage', async (keys: readonly AlertsPageKey[]) =>
      Promise.all(
        keys.map(async (key) => {
          const page = client.listCustomerAlerts({
            customer_id: key.customerId,
            ...(key.statuses && { alert_statuses: key.statuses as Array<'ENABLED' | 'DISABLED' | 'ARCHIVED'> }),
            ...(key.cursor !== null && { next_page: key.cursor }),
          });
          if (key.statuses === null && key.cursor === null) firstAlertPages.set(key.customerId, page);
          try {
            const loaded = await page;
            for (const item of loaded.data) {
              customerAlert.prime({ customerId: key.customerId, alertId: item.alert.id }, item);
            }
            return loaded;
          } catch (error) {
            return toError(error);
          }
        }),
      ),
    ),
    { cacheKeyFn: stableKey },
  );

  const customerAlert = new DataLoader<CustomerAlertKey, CustomerAlert | null, string>(
    counted('customerAlert', async (keys: readonly CustomerAlertKey[]) =>
      Promise.all(
        keys.map(async (key) => {
          try {
            if (!key.groupValues && !key.seatFilter) {
              const listed = firstAlertPages.get(key.customerId);
              const hit = listed && (await listed.catch(() => undefined))?.data.find((item) => item.alert.id === key.alertId);
              if (hit) return hit;
            }
            return await client.getCustomerAlert({
              customer_id: key.customerId,
              alert_id: key.alertId,
              ...(key.groupValues && { group_values: key.groupValues }),
              ...(key.seatFilter && { seat_filter: key.seatFilter }),
            });
          } catch (error) {
            if (error instanceof UpstreamNotFoundError) return null;
            return toError(error);
          }
        }),
      ),
    ),
    { cacheKeyFn: stableKey },
  );

  const commitsPage = new DataLoader<CommitsPageKey, Page<Commit>, string>(
    counted('commitsPage', async (keys: readonly CommitsPageKey[]) =>
      Promise.all(keys.map((key) => client.listCommits(grantListParams(key)).catch(toError))),
    ),
    { cacheKeyFn: stableKey },
  );

  return { customer, customersPage, alertsPage, customerAlert, commitsPage, ...createBillingLoaders(client, counted) };
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/** Which commit to read, and what to read with it. */
export interface CommitKey {
  customerId: string;
  commitId: string;
  includeBalance: boolean;
  includeLedgers: boolean;
}

/**
 * One commit by id, archived ones included. Upstream reads a commit only through its customer's
 * commit list, so this is a one-item page of `commitsPage`; `fresh` skips what this request
 * already read (a mutation reading back what it changed).
 */
export async function loadCommit(loaders: Loaders, key: CommitKey, fresh = false): Promise<Commit | undefined> {
  const pageKey: CommitsPageKey = {
    customerId: key.customerId,
    filters: { commit_id: key.commitId, include_archived: true },
    includeBalance: key.includeBalance,
    includeLedgers: key.includeLedgers,
    cursor: null,
    limit: 1,
  };
  if (fresh) loaders.commitsPage.clear(pageKey);
  const page = await loaders.commitsPage.load(pageKey);
  return page.data[0];
}

/** A customer by id through its own read; null when upstream does not know it. */
async function customerOrNull(client: MetronomeClient, id: string): Promise<CustomerDetail | null> {
  try {
    return await client.getCustomer(id);
  } catch (error) {
    if (error instanceof UpstreamNotFoundError) return null;
    throw error;
  }
}
