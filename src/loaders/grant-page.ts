/**
 * Commits and credits ("grants") are listed by upstream with the same parameters: one page of one
 * customer's list, filtered, with balance and ledger added only when asked. Their loaders and the
 * schema's grant connection share this key, and the key becomes query parameters in one place.
 */
export interface GrantPageKey<Filters> {
  customerId: string;
  filters: Filters;
  includeBalance: boolean;
  includeLedgers: boolean;
  cursor: string | null;
  limit: number;
}

/** The list call's parameters for one grant page; a flag that is off is not sent. */
export function grantListParams<Filters>(key: GrantPageKey<Filters>) {
  return {
    customer_id: key.customerId,
    ...key.filters,
    ...(key.includeBalance && { include_balance: true }),
    ...(key.includeLedgers && { include_ledgers: true }),
    ...(key.cursor !== null && { next_page: key.cursor }),
    limit: key.limit,
  };
}
