/**
 * Metronome wire types, taken from the official SDK so they never drift from upstream.
 * Only types are imported: the SDK's runtime is not used for calls.
 */
export type { Customer, CustomerDetail, CustomerCreateParams, CustomerListParams } from '@metronome/sdk/resources/v1/customers/customers';
export type {
  CustomerAlert,
  AlertRetrieveParams as CustomerAlertGetParams,
  AlertListParams as CustomerAlertListParams,
  AlertResetParams as CustomerAlertResetParams,
} from '@metronome/sdk/resources/v1/customers/alerts';
export type { AlertCreateParams, AlertArchiveParams } from '@metronome/sdk/resources/v1/alerts';
export type { CommitCreateParams, CommitListParams, CommitUpdateEndDateParams } from '@metronome/sdk/resources/v1/customers/commits';
export type { PricingUnitListResponse as CreditType } from '@metronome/sdk/resources/v1/pricing-units';
export type { CreditCreateParams, CreditListParams, CreditUpdateEndDateParams } from '@metronome/sdk/resources/v1/customers/credits';
export type { UsageListParams, UsageListResponse } from '@metronome/sdk/resources/v1/usage';
export type {
  ContractListBalancesParams as BalanceListParams,
  ContractListBalancesResponse as Balance,
  ContractGetNetBalanceParams as NetBalanceParams,
  ContractGetNetBalanceResponse as NetBalanceResponse,
} from '@metronome/sdk/resources/v1/contracts/contracts';
export type {
  Invoice,
  InvoiceListParams,
  InvoiceListBreakdownsParams,
  InvoiceListBreakdownsResponse as InvoiceBreakdown,
} from '@metronome/sdk/resources/v1/customers/invoices';
export type { Commit, Credit } from '@metronome/sdk/resources/shared';

/** One page of a Metronome list: `next_page` is null (or absent) on the last page. */
export interface Page<T> {
  data: T[];
  next_page: string | null;
}
