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

/** What moved a commit or credit balance. */
export type LedgerEntryType =
  | 'CREDIT_AUTOMATED_INVOICE_DEDUCTION'
  | 'CREDIT_CANCELED'
  | 'CREDIT_CREDITED'
  | 'CREDIT_EXPIRATION'
  | 'CREDIT_MANUAL'
  | 'CREDIT_ROLLOVER'
  | 'CREDIT_SEAT_BASED_ADJUSTMENT'
  | 'CREDIT_SEGMENT_START'
  | 'POSTPAID_COMMIT_AUTOMATED_INVOICE_DEDUCTION'
  | 'POSTPAID_COMMIT_EXPIRATION'
  | 'POSTPAID_COMMIT_INITIAL_BALANCE'
  | 'POSTPAID_COMMIT_MANUAL'
  | 'POSTPAID_COMMIT_ROLLOVER'
  | 'POSTPAID_COMMIT_TRUEUP'
  | 'PREPAID_COMMIT_AUTOMATED_INVOICE_DEDUCTION'
  | 'PREPAID_COMMIT_CANCELED'
  | 'PREPAID_COMMIT_CREDITED'
  | 'PREPAID_COMMIT_EXPIRATION'
  | 'PREPAID_COMMIT_MANUAL'
  | 'PREPAID_COMMIT_ROLLOVER'
  | 'PREPAID_COMMIT_SEAT_BASED_ADJUSTMENT'
  | 'PREPAID_COMMIT_SEGMENT_START';

/** Whether a threshold notification is being evaluated. */
export type ThresholdNotificationStatus =
  /** Permanently stopped; still readable. */
  | 'ARCHIVED'
  /** Kept, but not evaluated. */
  | 'DISABLED'
  /** Evaluated as usage and balances change. */
  | 'ENABLED';

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

export type CustomerByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerByIdQuery = { customer: { id: string, metronomeId: string, name: string, externalId: string, ingestAliases: Array<string>, customFields: unknown, createdAt: string, archivedAt: string | null } | null };

export type CustomersPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CustomersPageQuery = { customers: { edges: Array<{ cursor: string, node: { name: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null } } };

export type AlertsPageQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  statuses?: Array<ThresholdNotificationStatus> | ThresholdNotificationStatus | null | undefined;
}>;


export type AlertsPageQuery = { customer: { alerts: { edges: Array<{ node: { customerStatus: CustomerAlertStatus, notification: { id: string, name: string, type: ThresholdNotificationType, status: ThresholdNotificationStatus, threshold: number, creditType: { name: string } | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } | null };

export type CommitsPageQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CommitsPageQuery = { customer: { commits: { edges: Array<{ node: { id: string, metronomeId: string, name: string | null, type: CommitType, priority: number | null, product: { name: string }, accessSchedule: { segments: Array<{ amount: number, startingAt: string, endingBefore: string }> } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } | null };

export type CommitsWithLedgerQueryVariables = Exact<{
  id: string | number;
}>;


export type CommitsWithLedgerQuery = { customer: { commits: { edges: Array<{ node: { name: string | null, balance: number | null, ledger: Array<
            | { __typename: 'BalanceLedgerEntry', type: LedgerEntryType, amount: number, timestamp: string }
            | { __typename: 'InvoiceLedgerEntry', type: LedgerEntryType, amount: number, timestamp: string }
            | { __typename: 'ManualLedgerEntry', type: LedgerEntryType, amount: number, timestamp: string }
            | { __typename: 'RolloverLedgerEntry', type: LedgerEntryType, amount: number, timestamp: string }
            | { __typename: 'SegmentLedgerEntry', segmentId: string | null, type: LedgerEntryType, amount: number, timestamp: string }
          > | null } }> } | null } | null };

export type NodeLookupQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodeLookupQuery = { nodes: Array<
    | { __typename: 'Commit', id: string, commitName: string | null, customer: { name: string } | null }
    | { __typename: 'Customer', name: string, id: string }
   | null> };

export type OneCustomerAlertQueryVariables = Exact<{
  customerId: string | number;
  alertId: string | number;
}>;


export type OneCustomerAlertQuery = { customerAlert: { customerStatus: CustomerAlertStatus, triggeredBy: string | null, customer: { name: string } | null, notification: { id: string, name: string } } | null };


export const CustomerByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"ingestAliases"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<CustomerByIdQuery, CustomerByIdQueryVariables>;
export const CustomersPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomersPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CustomersPageQuery, CustomersPageQueryVariables>;
export const AlertsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ThresholdNotificationStatus"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"notification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"creditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AlertsPageQuery, AlertsPageQueryVariables>;
export const CommitsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommitsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accessSchedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommitsPageQuery, CommitsPageQueryVariables>;
export const CommitsWithLedgerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommitsWithLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SegmentLedgerEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segmentId"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommitsWithLedgerQuery, CommitsWithLedgerQueryVariables>;
export const NodeLookupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeLookup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"commitName"},"name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NodeLookupQuery, NodeLookupQueryVariables>;
export const OneCustomerAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OneCustomerAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"alertId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"alertId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alertId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"triggeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OneCustomerAlertQuery, OneCustomerAlertQueryVariables>;