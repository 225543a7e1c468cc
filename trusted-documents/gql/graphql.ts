/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How a commit is paid for. */
export type CommitType =
  /** A minimum spend invoiced at the end of the access period. */
  | 'POSTPAID'
  /** Paid up front; drawn down by usage. */
  | 'PREPAID';

/** Where a customer stands against one threshold notification. */
export type CustomerAlertStatus =
  /** The notification is archived and no longer evaluated (upstream reports null). */
  | 'ARCHIVED'
  /** Not evaluated yet (e.g. the notification or the customer is new, or it was reset). */
  | 'EVALUATING'
  /** The condition is met: the threshold has been crossed. */
  | 'IN_ALARM'
  /** The condition is not met. */
  | 'OK';

/** What a forecast extrapolates. */
export type ForecastBasis =
  /** The calendar: a segment’s end date, exactly. */
  | 'SCHEDULE'
  /** Daily usage charges (invoice breakdowns), which also draw balances down. */
  | 'SPEND'
  /** The billable metric’s daily usage. */
  | 'USAGE';

/** Why a forecast has no date. */
export type ForecastReason =
  /** The threshold is already crossed. */
  | 'ALREADY_IN_ALARM'
  /** At this pace a watched commit or credit segment ends (and what is left of it expires) before the threshold is reached: the balance after that is not extrapolated. */
  | 'ENDS_FIRST'
  /** This notification type (or configuration) has no forecast: invoice totals, group-filtered spend, seat balances, archived notifications, or a usage notification without its billableMetricId. */
  | 'NOT_FORECASTABLE'
  /** At this pace the billing period ends (and the measure resets) first. */
  | 'NOT_THIS_PERIOD'
  /** The trailing days show no usage or spend: at this pace it never fires. */
  | 'NO_BURN'
  /** Nothing was observed yet: no usage or spend in the period or the trailing days, or nothing to draw on. */
  | 'NO_HISTORY';

/** Where an invoice is in its life. */
export type InvoiceStatus =
  /** The current period so far; changes as usage arrives. */
  | 'DRAFT'
  /** A closed period. */
  | 'FINALIZED'
  /** Cancelled. */
  | 'VOID';

/** What moved a commit or credit balance. */
export type LedgerEntryType =
  /** An invoice drew the balance down. */
  | 'CREDIT_AUTOMATED_INVOICE_DEDUCTION'
  /** A deduction was reversed because its invoice was canceled. */
  | 'CREDIT_CANCELED'
  /** A deduction was reversed by a credit on its invoice. */
  | 'CREDIT_CREDITED'
  /** What was left expired at the end of the segment. */
  | 'CREDIT_EXPIRATION'
  /** An adjustment made by hand. */
  | 'CREDIT_MANUAL'
  /** Unused balance rolled over to a new contract. */
  | 'CREDIT_ROLLOVER'
  /** The balance changed with the number of seats. */
  | 'CREDIT_SEAT_BASED_ADJUSTMENT'
  /** A segment started: its amount became available. */
  | 'CREDIT_SEGMENT_START'
  /** An invoice drew the balance down. */
  | 'POSTPAID_COMMIT_AUTOMATED_INVOICE_DEDUCTION'
  /** What was left expired at the end of the segment. */
  | 'POSTPAID_COMMIT_EXPIRATION'
  /** The postpaid commit's obligation. */
  | 'POSTPAID_COMMIT_INITIAL_BALANCE'
  /** An adjustment made by hand. */
  | 'POSTPAID_COMMIT_MANUAL'
  /** Unused balance rolled over to a new contract. */
  | 'POSTPAID_COMMIT_ROLLOVER'
  /** The unmet part of a postpaid commit was invoiced. */
  | 'POSTPAID_COMMIT_TRUEUP'
  /** An invoice drew the balance down. */
  | 'PREPAID_COMMIT_AUTOMATED_INVOICE_DEDUCTION'
  /** A deduction was reversed because its invoice was canceled. */
  | 'PREPAID_COMMIT_CANCELED'
  /** A deduction was reversed by a credit on its invoice. */
  | 'PREPAID_COMMIT_CREDITED'
  /** What was left expired at the end of the segment. */
  | 'PREPAID_COMMIT_EXPIRATION'
  /** An adjustment made by hand. */
  | 'PREPAID_COMMIT_MANUAL'
  /** Unused balance rolled over to a new contract. */
  | 'PREPAID_COMMIT_ROLLOVER'
  /** The balance changed with the number of seats. */
  | 'PREPAID_COMMIT_SEAT_BASED_ADJUSTMENT'
  /** A segment started: its amount became available. */
  | 'PREPAID_COMMIT_SEGMENT_START';

/** How the gateway learnt of a status. */
export type StatusChangeSource =
  /** A mutation made through this gateway caused it. */
  | 'MUTATION'
  /** The shared poller found the change. */
  | 'POLL'
  /** The state when the subscription started (or restarted). */
  | 'SNAPSHOT'
  /** A signed Metronome webhook announced a change; upstream confirmed it. */
  | 'WEBHOOK';

/** What a threshold notification measures. Plan-only types exist for older plan-based billing. */
export type ThresholdNotificationType =
  /** An active invoice's total at or above the threshold. */
  | 'INVOICE_TOTAL_REACHED'
  /** Plan-based billing: credit grant balance at or below the threshold. */
  | 'LOW_CREDIT_BALANCE_REACHED'
  /** Remaining balance across active commits at or below the threshold. */
  | 'LOW_REMAINING_COMMIT_BALANCE_REACHED'
  /** Share of active commits left at or below the threshold (percent). */
  | 'LOW_REMAINING_COMMIT_PERCENTAGE_REACHED'
  /** Remaining balance across commits and credits together at or below the threshold. */
  | 'LOW_REMAINING_CONTRACT_CREDIT_AND_COMMIT_BALANCE_REACHED'
  /** Remaining balance across active credits at or below the threshold. */
  | 'LOW_REMAINING_CONTRACT_CREDIT_BALANCE_REACHED'
  /** Share of active credits left at or below the threshold (percent). */
  | 'LOW_REMAINING_CONTRACT_CREDIT_PERCENTAGE_REACHED'
  /** Plan-based billing: share of credit left at or below the threshold (percent). */
  | 'LOW_REMAINING_CREDIT_PERCENTAGE_REACHED'
  /** Days left in a commit's current segment at or below the threshold. */
  | 'LOW_REMAINING_DAYS_FOR_COMMIT_SEGMENT_REACHED'
  /** Days left in a credit's current segment at or below the threshold. */
  | 'LOW_REMAINING_DAYS_FOR_CONTRACT_CREDIT_SEGMENT_REACHED'
  /** Plan-based billing: days left in the plan at or below the threshold. */
  | 'LOW_REMAINING_DAYS_IN_PLAN_REACHED'
  /** A seat group's remaining balance at or below the threshold. */
  | 'LOW_REMAINING_SEAT_BALANCE_REACHED'
  /** The month's invoice total at or above the threshold. */
  | 'MONTHLY_INVOICE_TOTAL_SPEND_THRESHOLD_REACHED'
  /** Usage spend in the current billing period (before commits and credits) at or above the threshold. */
  | 'SPEND_THRESHOLD_REACHED'
  /** Usage of one billable metric in the current billing period at or above the threshold. */
  | 'USAGE_THRESHOLD_REACHED';

export type InvoicesQueryVariables = Exact<{
  customerId: string | number;
}>;


export type InvoicesQuery = { customer: { invoices: { edges: Array<{ node: { status: InvoiceStatus, startingAt: string | null, endingBefore: string | null, subtotal: { amount: number } | null, total: { amount: number, creditType: { name: string } }, lineItems: Array<{ type: string, name: string, quantity: number | null, total: { amount: number }, appliedCommitOrCredit: { id: string, type: string } | null }> } }> } | null, spendSeries: Array<{ startingAt: string, spend: { amount: number } }> | null } | null };

export type DashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardQuery = { customers: { edges: Array<{ node: { id: string, name: string, alerts: { edges: Array<{ node: { customerStatus: CustomerAlertStatus, triggeredBy: string | null, notification: { name: string, type: ThresholdNotificationType, threshold: number } } }> } | null, commits: { edges: Array<{ node: { name: string | null, type: CommitType, balance: number | null } }> } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CommitsQueryVariables = Exact<{ [key: string]: never; }>;


export type CommitsQuery = { customers: { edges: Array<{ node: { name: string, commits: { edges: Array<{ node: { name: string | null, type: CommitType, priority: number | null, balance: number | null, accessSchedule: { segments: Array<{ amount: number, startingAt: string, endingBefore: string }> } | null, ledger: Array<
                | { __typename: 'BalanceLedgerEntry', type: LedgerEntryType, amount: number, timestamp: string }
                | { __typename: 'InvoiceLedgerEntry', invoiceId: string | null, type: LedgerEntryType, amount: number, timestamp: string }
                | { __typename: 'ManualLedgerEntry', type: LedgerEntryType, amount: number, timestamp: string }
                | { __typename: 'RolloverLedgerEntry', type: LedgerEntryType, amount: number, timestamp: string }
                | { __typename: 'SegmentLedgerEntry', type: LedgerEntryType, amount: number, timestamp: string }
              > | null } }> } | null } }> } };

export type ExampleDashboardQueryVariables = Exact<{
  first: number;
}>;


export type ExampleDashboardQuery = { customers: { edges: Array<{ node: { id: string, name: string, alerts: { edges: Array<{ node: { customerStatus: CustomerAlertStatus, notification: { id: string, name: string, threshold: number } } }> } | null } }> } };

export type ExampleAlarmsSubscriptionVariables = Exact<{
  customerId: string | number;
}>;


export type ExampleAlarmsSubscription = { customerAlertStatusChanged: { previousStatus: CustomerAlertStatus | null, status: CustomerAlertStatus, source: StatusChangeSource, customerAlert: { triggeredBy: string | null, notification: { id: string, name: string } } } };

export type BoardCustomersQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type BoardCustomersQuery = { customers: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, metronomeId: string, name: string, netBalance: { amount: number, creditType: { id: string, name: string } } | null, monthToDateSpend: { amount: number, creditType: { id: string, name: string } } | null, alerts: { edges: Array<{ node: { customerStatus: CustomerAlertStatus, notification: { id: string, name: string, type: ThresholdNotificationType }, forecast: { projectedAt: string | null, ratePerDay: number | null, basis: ForecastBasis | null, reason: ForecastReason | null } | null } }> } | null } }> } };

export type BoardCustomerQueryVariables = Exact<{
  id: string | number;
}>;


export type BoardCustomerQuery = { customer: { id: string, metronomeId: string, name: string, netBalance: { amount: number, creditType: { id: string, name: string } } | null, monthToDateSpend: { amount: number, creditType: { id: string, name: string } } | null, alerts: { edges: Array<{ node: { customerStatus: CustomerAlertStatus, notification: { id: string, name: string, type: ThresholdNotificationType }, forecast: { projectedAt: string | null, ratePerDay: number | null, basis: ForecastBasis | null, reason: ForecastReason | null } | null } }> } | null } | null };

export type BoardWatchSubscriptionVariables = Exact<{
  customerId: string | number;
}>;


export type BoardWatchSubscription = { customerAlertStatusChanged: { previousStatus: CustomerAlertStatus | null, status: CustomerAlertStatus, source: StatusChangeSource, changedAt: string, customerAlert: { triggeredBy: string | null, notification: { id: string, name: string, type: ThresholdNotificationType, threshold: number } } } };

export type ResetMutationVariables = Exact<{
  customerId: string | number;
  alertId: string | number;
}>;


export type ResetMutation = { resetCustomerAlert: { customerAlert: { customerStatus: CustomerAlertStatus } | null } };

export type ArchiveMutationVariables = Exact<{
  id: string | number;
}>;


export type ArchiveMutation = { archiveThresholdNotification: { thresholdNotificationId: string } };

export type ForecastsQueryVariables = Exact<{
  customerId: string | number;
  metricId: string | number;
}>;


export type ForecastsQuery = { customer: { alerts: { edges: Array<{ node: { customerStatus: CustomerAlertStatus, notification: { name: string, type: ThresholdNotificationType, threshold: number }, forecast: { projectedAt: string | null, ratePerDay: number | null, basis: ForecastBasis | null, observedFrom: string | null, observedTo: string | null, currentValue: number | null, reason: ForecastReason | null } | null } }> } | null } | null };

export type BillingOverviewQueryVariables = Exact<{
  metricId: string | number;
}>;


export type BillingOverviewQuery = { customers: { edges: Array<{ node: { name: string, netBalance: { amount: number, creditType: { name: string } } | null, monthToDateSpend: { amount: number, creditType: { name: string } } | null, usageSeries: Array<{ startingAt: string, value: number | null }> | null } }> } };

export type CreateMutationVariables = Exact<{
  customerId: string | number;
}>;


export type CreateMutation = { createThresholdNotification: { thresholdNotificationId: string, customerAlert: { customerStatus: CustomerAlertStatus, notification: { name: string, threshold: number } } | null } };

export type AlarmsSubscriptionVariables = Exact<{
  customerId: string | number;
}>;


export type AlarmsSubscription = { customerAlertStatusChanged: { previousStatus: CustomerAlertStatus | null, status: CustomerAlertStatus, source: StatusChangeSource, changedAt: string, customerAlert: { triggeredBy: string | null, notification: { name: string } } } };

export type CommitMutationVariables = Exact<{
  customerId: string | number;
  productId: string | number;
}>;


export type CommitMutation = { createCommit: { commit: { id: string, name: string | null, balance: number | null } } };


export const InvoicesDocument = {"__meta__":{"hash":"sha256:6a797ad89b1b5147478b2704cb2fee3f6bfeb5b22cf956eb40e9620e98d0046b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Invoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"FINALIZED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"creditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appliedCommitOrCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"spendSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"EnumValue","value":"DAY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"spend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvoicesQuery, InvoicesQueryVariables>;
export const DashboardDocument = {"__meta__":{"hash":"sha256:eca0b486c357b9891cf1a68ea1ed9f6fbe9a43c77290a00c4505593d4c3468de"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"alerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"triggeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"notification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const CommitsDocument = {"__meta__":{"hash":"sha256:941c322e240998da9d849cde349cc66120a14540d4366f9cd84658fb9b4cf24e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Commits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ingestAlias"},"value":{"kind":"StringValue","value":"acme","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"commits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"accessSchedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceLedgerEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommitsQuery, CommitsQueryVariables>;
export const ExampleDashboardDocument = {"__meta__":{"hash":"sha256:ba2650da35dae3f020b2dcbc66c5cbd929628f813c9d502e95f6f66395b963ca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExampleDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"alerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"notification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExampleDashboardQuery, ExampleDashboardQueryVariables>;
export const ExampleAlarmsDocument = {"__meta__":{"hash":"sha256:5a2b8abd1dec50a00a3d9467473adbeda13bc7cd559f3e02d9b2b7171f50f163"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ExampleAlarms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerAlertStatusChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previousStatus"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"customerAlert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"triggeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"notification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExampleAlarmsSubscription, ExampleAlarmsSubscriptionVariables>;
export const BoardCustomersDocument = {"__meta__":{"hash":"sha256:b520c8f0ab51401310bdb7ff85f48d5419e8112f85a7799b71b053c4e9cb0389"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoardCustomers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"netBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"creditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthToDateSpend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"creditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"alerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"notification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forecast"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ratePerDay"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BoardCustomersQuery, BoardCustomersQueryVariables>;
export const BoardCustomerDocument = {"__meta__":{"hash":"sha256:408ec3145319f929d8a21ffb5fa7c85ec20ef160aae2de2fb3fcf7826ea5da65"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoardCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"netBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"creditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthToDateSpend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"creditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"alerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"notification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forecast"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ratePerDay"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BoardCustomerQuery, BoardCustomerQueryVariables>;
export const BoardWatchDocument = {"__meta__":{"hash":"sha256:57d1aa77ba42dc9437bf245321fdbb31d31505ead0ea4b81711c5949a4847ce4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"BoardWatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerAlertStatusChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previousStatus"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customerAlert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"triggeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"notification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BoardWatchSubscription, BoardWatchSubscriptionVariables>;
export const ResetDocument = {"__meta__":{"hash":"sha256:da941082693df71e6b652fbceb9c339b31eef2e9a8387d59fed7b89053ce4bef"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Reset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"alertId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetCustomerAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"alertId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alertId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerAlert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerStatus"}}]}}]}}]}}]} as unknown as DocumentNode<ResetMutation, ResetMutationVariables>;
export const ArchiveDocument = {"__meta__":{"hash":"sha256:5ac782b0490ab2f5e8ffe251510fbc3b302a10b33692a790df1b4d8014a53526"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Archive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveThresholdNotification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"releaseUniquenessKey"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thresholdNotificationId"}}]}}]}}]} as unknown as DocumentNode<ArchiveMutation, ArchiveMutationVariables>;
export const ForecastsDocument = {"__meta__":{"hash":"sha256:0c08c0d44df94d564234b50ef4aa54d467f82a41b119e06588bea7eb58772f32"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Forecasts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metricId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"notification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forecast"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"billableMetricId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metricId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ratePerDay"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"observedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"observedTo"}},{"kind":"Field","name":{"kind":"Name","value":"currentValue"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ForecastsQuery, ForecastsQueryVariables>;
export const BillingOverviewDocument = {"__meta__":{"hash":"sha256:3daad5710e8d8d5b523bfb2128db8e3f5ff85c3a0eae6f63951a69af9ec96f2e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BillingOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metricId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"netBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"creditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthToDateSpend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"creditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"usageSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"billableMetricId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metricId"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"EnumValue","value":"DAY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BillingOverviewQuery, BillingOverviewQueryVariables>;
export const CreateDocument = {"__meta__":{"hash":"sha256:638468a06f84dbc745500705f745e38596582d56c40afb1acc31423440463f24"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Create"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createThresholdNotification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"SPEND_THRESHOLD_REACHED"}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Spend over $300","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"threshold"},"value":{"kind":"IntValue","value":"30000"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thresholdNotificationId"}},{"kind":"Field","name":{"kind":"Name","value":"customerAlert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"notification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateMutation, CreateMutationVariables>;
export const AlarmsDocument = {"__meta__":{"hash":"sha256:72dec7f44bd9b063bc4e666f3e916d3d79d53c4499b4654d246ee23aad96cd2c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"Alarms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerAlertStatusChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previousStatus"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customerAlert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"triggeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"notification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AlarmsSubscription, AlarmsSubscriptionVariables>;
export const CommitDocument = {"__meta__":{"hash":"sha256:6e97a6d2bd1970d1738600a860d27c6f3c1ebdb9da7e931fb96a5f609452d414"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Commit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"productId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCommit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"PREPAID"}},{"kind":"ObjectField","name":{"kind":"Name","value":"priority"},"value":{"kind":"IntValue","value":"5"}},{"kind":"ObjectField","name":{"kind":"Name","value":"productId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"productId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Top-up","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"accessSchedule"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"segments"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"amount"},"value":{"kind":"IntValue","value":"10000"}},{"kind":"ObjectField","name":{"kind":"Name","value":"startingAt"},"value":{"kind":"StringValue","value":"2026-01-01T00:00:00Z","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"endingBefore"},"value":{"kind":"StringValue","value":"2027-01-01T00:00:00Z","block":false}}]}]}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]}}]} as unknown as DocumentNode<CommitMutation, CommitMutationVariables>;