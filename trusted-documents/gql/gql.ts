/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Dashboard {\n  customers(first: 50) {\n    edges {\n      node {\n        id\n        name\n        alerts {\n          edges {\n            node {\n              customerStatus\n              triggeredBy\n              notification {\n                name\n                type\n                threshold\n              }\n            }\n          }\n        }\n        commits {\n          edges {\n            node {\n              name\n              type\n              balance\n            }\n          }\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.DashboardDocument,
    "query Commits {\n  customers(ingestAlias: \"acme\") {\n    edges {\n      node {\n        name\n        commits {\n          edges {\n            node {\n              name\n              type\n              priority\n              balance\n              accessSchedule {\n                segments {\n                  amount\n                  startingAt\n                  endingBefore\n                }\n              }\n              ledger {\n                __typename\n                type\n                amount\n                timestamp\n                ... on InvoiceLedgerEntry {\n                  invoiceId\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}": typeof types.CommitsDocument,
    "\n  query ExampleDashboard($first: Int!) {\n    customers(first: $first) {\n      edges {\n        node {\n          id\n          name\n          alerts {\n            edges {\n              node {\n                customerStatus\n                notification {\n                  id\n                  name\n                  threshold\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ExampleDashboardDocument,
    "\n  subscription ExampleAlarms($customerId: ID!) {\n    customerAlertStatusChanged(customerId: $customerId) {\n      previousStatus\n      status\n      source\n      customerAlert {\n        triggeredBy\n        notification {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ExampleAlarmsDocument,
    "query BoardCustomers {\n  customers(first: 50) {\n    edges { node { id metronomeId name ingestAliases } }\n  }\n}": typeof types.BoardCustomersDocument,
    "subscription BoardWatch($customerId: ID!) {\n  customerAlertStatusChanged(customerId: $customerId) {\n    previousStatus status source changedAt\n    customerAlert { triggeredBy notification { id name type threshold } }\n  }\n}": typeof types.BoardWatchDocument,
    "mutation Reset($customerId: ID!, $alertId: ID!) {\n  resetCustomerAlert(input: {customerId: $customerId, alertId: $alertId}) {\n    customerAlert {\n      customerStatus\n    }\n  }\n}": typeof types.ResetDocument,
    "mutation Archive($id: ID!) {\n  archiveThresholdNotification(input: {id: $id, releaseUniquenessKey: true}) {\n    thresholdNotificationId\n  }\n}": typeof types.ArchiveDocument,
    "mutation Create($customerId: ID!) {\n  createThresholdNotification(\n    input: {customerId: $customerId, type: SPEND_THRESHOLD_REACHED, name: \"Spend over $300\", threshold: 30000}\n  ) {\n    thresholdNotificationId\n    customerAlert {\n      customerStatus\n      notification {\n        name\n        threshold\n      }\n    }\n  }\n}": typeof types.CreateDocument,
    "subscription Alarms($customerId: ID!) {\n  customerAlertStatusChanged(customerId: $customerId) {\n    previousStatus\n    status\n    source\n    changedAt\n    customerAlert {\n      triggeredBy\n      notification {\n        name\n      }\n    }\n  }\n}": typeof types.AlarmsDocument,
    "mutation Commit($customerId: ID!, $productId: ID!) {\n  createCommit(\n    input: {customerId: $customerId, type: PREPAID, priority: 5, productId: $productId, name: \"Top-up\", accessSchedule: {segments: [{amount: 10000, startingAt: \"2026-01-01T00:00:00Z\", endingBefore: \"2027-01-01T00:00:00Z\"}]}}\n  ) {\n    commit {\n      id\n      name\n      balance\n    }\n  }\n}": typeof types.CommitDocument,
};
const documents: Documents = {
    "query Dashboard {\n  customers(first: 50) {\n    edges {\n      node {\n        id\n        name\n        alerts {\n          edges {\n            node {\n              customerStatus\n              triggeredBy\n              notification {\n                name\n                type\n                threshold\n              }\n            }\n          }\n        }\n        commits {\n          edges {\n            node {\n              name\n              type\n              balance\n            }\n          }\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.DashboardDocument,
    "query Commits {\n  customers(ingestAlias: \"acme\") {\n    edges {\n      node {\n        name\n        commits {\n          edges {\n            node {\n              name\n              type\n              priority\n              balance\n              accessSchedule {\n                segments {\n                  amount\n                  startingAt\n                  endingBefore\n                }\n              }\n              ledger {\n                __typename\n                type\n                amount\n                timestamp\n                ... on InvoiceLedgerEntry {\n                  invoiceId\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}": types.CommitsDocument,
    "\n  query ExampleDashboard($first: Int!) {\n    customers(first: $first) {\n      edges {\n        node {\n          id\n          name\n          alerts {\n            edges {\n              node {\n                customerStatus\n                notification {\n                  id\n                  name\n                  threshold\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ExampleDashboardDocument,
    "\n  subscription ExampleAlarms($customerId: ID!) {\n    customerAlertStatusChanged(customerId: $customerId) {\n      previousStatus\n      status\n      source\n      customerAlert {\n        triggeredBy\n        notification {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ExampleAlarmsDocument,
    "query BoardCustomers {\n  customers(first: 50) {\n    edges { node { id metronomeId name ingestAliases } }\n  }\n}": types.BoardCustomersDocument,
    "subscription BoardWatch($customerId: ID!) {\n  customerAlertStatusChanged(customerId: $customerId) {\n    previousStatus status source changedAt\n    customerAlert { triggeredBy notification { id name type threshold } }\n  }\n}": types.BoardWatchDocument,
    "mutation Reset($customerId: ID!, $alertId: ID!) {\n  resetCustomerAlert(input: {customerId: $customerId, alertId: $alertId}) {\n    customerAlert {\n      customerStatus\n    }\n  }\n}": types.ResetDocument,
    "mutation Archive($id: ID!) {\n  archiveThresholdNotification(input: {id: $id, releaseUniquenessKey: true}) {\n    thresholdNotificationId\n  }\n}": types.ArchiveDocument,
    "mutation Create($customerId: ID!) {\n  createThresholdNotification(\n    input: {customerId: $customerId, type: SPEND_THRESHOLD_REACHED, name: \"Spend over $300\", threshold: 30000}\n  ) {\n    thresholdNotificationId\n    customerAlert {\n      customerStatus\n      notification {\n        name\n        threshold\n      }\n    }\n  }\n}": types.CreateDocument,
    "subscription Alarms($customerId: ID!) {\n  customerAlertStatusChanged(customerId: $customerId) {\n    previousStatus\n    status\n    source\n    changedAt\n    customerAlert {\n      triggeredBy\n      notification {\n        name\n      }\n    }\n  }\n}": types.AlarmsDocument,
    "mutation Commit($customerId: ID!, $productId: ID!) {\n  createCommit(\n    input: {customerId: $customerId, type: PREPAID, priority: 5, productId: $productId, name: \"Top-up\", accessSchedule: {segments: [{amount: 10000, startingAt: \"2026-01-01T00:00:00Z\", endingBefore: \"2027-01-01T00:00:00Z\"}]}}\n  ) {\n    commit {\n      id\n      name\n      balance\n    }\n  }\n}": types.CommitDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Dashboard {\n  customers(first: 50) {\n    edges {\n      node {\n        id\n        name\n        alerts {\n          edges {\n            node {\n              customerStatus\n              triggeredBy\n              notification {\n                name\n                type\n                threshold\n              }\n            }\n          }\n        }\n        commits {\n          edges {\n            node {\n              name\n              type\n              balance\n            }\n          }\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query Dashboard {\n  customers(first: 50) {\n    edges {\n      node {\n        id\n        name\n        alerts {\n          edges {\n            node {\n              customerStatus\n              triggeredBy\n              notification {\n                name\n                type\n                threshold\n              }\n            }\n          }\n        }\n        commits {\n          edges {\n            node {\n              name\n              type\n              balance\n            }\n          }\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Commits {\n  customers(ingestAlias: \"acme\") {\n    edges {\n      node {\n        name\n        commits {\n          edges {\n            node {\n              name\n              type\n              priority\n              balance\n              accessSchedule {\n                segments {\n                  amount\n                  startingAt\n                  endingBefore\n                }\n              }\n              ledger {\n                __typename\n                type\n                amount\n                timestamp\n                ... on InvoiceLedgerEntry {\n                  invoiceId\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query Commits {\n  customers(ingestAlias: \"acme\") {\n    edges {\n      node {\n        name\n        commits {\n          edges {\n            node {\n              name\n              type\n              priority\n              balance\n              accessSchedule {\n                segments {\n                  amount\n                  startingAt\n                  endingBefore\n                }\n              }\n              ledger {\n                __typename\n                type\n                amount\n                timestamp\n                ... on InvoiceLedgerEntry {\n                  invoiceId\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExampleDashboard($first: Int!) {\n    customers(first: $first) {\n      edges {\n        node {\n          id\n          name\n          alerts {\n            edges {\n              node {\n                customerStatus\n                notification {\n                  id\n                  name\n                  threshold\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExampleDashboard($first: Int!) {\n    customers(first: $first) {\n      edges {\n        node {\n          id\n          name\n          alerts {\n            edges {\n              node {\n                customerStatus\n                notification {\n                  id\n                  name\n                  threshold\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ExampleAlarms($customerId: ID!) {\n    customerAlertStatusChanged(customerId: $customerId) {\n      previousStatus\n      status\n      source\n      customerAlert {\n        triggeredBy\n        notification {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ExampleAlarms($customerId: ID!) {\n    customerAlertStatusChanged(customerId: $customerId) {\n      previousStatus\n      status\n      source\n      customerAlert {\n        triggeredBy\n        notification {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BoardCustomers {\n  customers(first: 50) {\n    edges { node { id metronomeId name ingestAliases } }\n  }\n}"): (typeof documents)["query BoardCustomers {\n  customers(first: 50) {\n    edges { node { id metronomeId name ingestAliases } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription BoardWatch($customerId: ID!) {\n  customerAlertStatusChanged(customerId: $customerId) {\n    previousStatus status source changedAt\n    customerAlert { triggeredBy notification { id name type threshold } }\n  }\n}"): (typeof documents)["subscription BoardWatch($customerId: ID!) {\n  customerAlertStatusChanged(customerId: $customerId) {\n    previousStatus status source changedAt\n    customerAlert { triggeredBy notification { id name type threshold } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Reset($customerId: ID!, $alertId: ID!) {\n  resetCustomerAlert(input: {customerId: $customerId, alertId: $alertId}) {\n    customerAlert {\n      customerStatus\n    }\n  }\n}"): (typeof documents)["mutation Reset($customerId: ID!, $alertId: ID!) {\n  resetCustomerAlert(input: {customerId: $customerId, alertId: $alertId}) {\n    customerAlert {\n      customerStatus\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Archive($id: ID!) {\n  archiveThresholdNotification(input: {id: $id, releaseUniquenessKey: true}) {\n    thresholdNotificationId\n  }\n}"): (typeof documents)["mutation Archive($id: ID!) {\n  archiveThresholdNotification(input: {id: $id, releaseUniquenessKey: true}) {\n    thresholdNotificationId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Create($customerId: ID!) {\n  createThresholdNotification(\n    input: {customerId: $customerId, type: SPEND_THRESHOLD_REACHED, name: \"Spend over $300\", threshold: 30000}\n  ) {\n    thresholdNotificationId\n    customerAlert {\n      customerStatus\n      notification {\n        name\n        threshold\n      }\n    }\n  }\n}"): (typeof documents)["mutation Create($customerId: ID!) {\n  createThresholdNotification(\n    input: {customerId: $customerId, type: SPEND_THRESHOLD_REACHED, name: \"Spend over $300\", threshold: 30000}\n  ) {\n    thresholdNotificationId\n    customerAlert {\n      customerStatus\n      notification {\n        name\n        threshold\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription Alarms($customerId: ID!) {\n  customerAlertStatusChanged(customerId: $customerId) {\n    previousStatus\n    status\n    source\n    changedAt\n    customerAlert {\n      triggeredBy\n      notification {\n        name\n      }\n    }\n  }\n}"): (typeof documents)["subscription Alarms($customerId: ID!) {\n  customerAlertStatusChanged(customerId: $customerId) {\n    previousStatus\n    status\n    source\n    changedAt\n    customerAlert {\n      triggeredBy\n      notification {\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Commit($customerId: ID!, $productId: ID!) {\n  createCommit(\n    input: {customerId: $customerId, type: PREPAID, priority: 5, productId: $productId, name: \"Top-up\", accessSchedule: {segments: [{amount: 10000, startingAt: \"2026-01-01T00:00:00Z\", endingBefore: \"2027-01-01T00:00:00Z\"}]}}\n  ) {\n    commit {\n      id\n      name\n      balance\n    }\n  }\n}"): (typeof documents)["mutation Commit($customerId: ID!, $productId: ID!) {\n  createCommit(\n    input: {customerId: $customerId, type: PREPAID, priority: 5, productId: $productId, name: \"Top-up\", accessSchedule: {segments: [{amount: 10000, startingAt: \"2026-01-01T00:00:00Z\", endingBefore: \"2027-01-01T00:00:00Z\"}]}}\n  ) {\n    commit {\n      id\n      name\n      balance\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;