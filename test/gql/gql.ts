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
    "\n  query CustomerById($id: ID!) {\n    customer(id: $id) {\n      id\n      metronomeId\n      name\n      externalId\n      ingestAliases\n      customFields\n      createdAt\n      archivedAt\n    }\n  }\n": typeof types.CustomerByIdDocument,
    "\n  query CustomersPage($first: Int, $after: String) {\n    customers(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CustomersPageDocument,
    "\n  query AlertsPage($id: ID!, $first: Int, $after: String, $statuses: [ThresholdNotificationStatus!]) {\n    customer(id: $id) {\n      alerts(first: $first, after: $after, statuses: $statuses) {\n        edges {\n          node {\n            customerStatus\n            notification {\n              id\n              name\n              type\n              status\n              threshold\n              creditType {\n                name\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.AlertsPageDocument,
    "\n  query CommitsPage($id: ID!, $first: Int, $after: String) {\n    customer(id: $id) {\n      commits(first: $first, after: $after) {\n        edges {\n          node {\n            id\n            metronomeId\n            name\n            type\n            priority\n            product {\n              name\n            }\n            accessSchedule {\n              segments {\n                amount\n                startingAt\n                endingBefore\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.CommitsPageDocument,
    "\n  query CommitsWithLedger($id: ID!) {\n    customer(id: $id) {\n      commits {\n        edges {\n          node {\n            name\n            balance\n            ledger {\n              __typename\n              type\n              amount\n              timestamp\n              ... on SegmentLedgerEntry {\n                segmentId\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CommitsWithLedgerDocument,
    "\n  query NodeLookup($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on Customer {\n        name\n      }\n      ... on Commit {\n        commitName: name\n        customer {\n          name\n        }\n      }\n    }\n  }\n": typeof types.NodeLookupDocument,
    "\n  query OneCustomerAlert($customerId: ID!, $alertId: ID!) {\n    customerAlert(customerId: $customerId, alertId: $alertId) {\n      customerStatus\n      triggeredBy\n      customer {\n        name\n      }\n      notification {\n        id\n        name\n      }\n    }\n  }\n": typeof types.OneCustomerAlertDocument,
};
const documents: Documents = {
    "\n  query CustomerById($id: ID!) {\n    customer(id: $id) {\n      id\n      metronomeId\n      name\n      externalId\n      ingestAliases\n      customFields\n      createdAt\n      archivedAt\n    }\n  }\n": types.CustomerByIdDocument,
    "\n  query CustomersPage($first: Int, $after: String) {\n    customers(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n    }\n  }\n": types.CustomersPageDocument,
    "\n  query AlertsPage($id: ID!, $first: Int, $after: String, $statuses: [ThresholdNotificationStatus!]) {\n    customer(id: $id) {\n      alerts(first: $first, after: $after, statuses: $statuses) {\n        edges {\n          node {\n            customerStatus\n            notification {\n              id\n              name\n              type\n              status\n              threshold\n              creditType {\n                name\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.AlertsPageDocument,
    "\n  query CommitsPage($id: ID!, $first: Int, $after: String) {\n    customer(id: $id) {\n      commits(first: $first, after: $after) {\n        edges {\n          node {\n            id\n            metronomeId\n            name\n            type\n            priority\n            product {\n              name\n            }\n            accessSchedule {\n              segments {\n                amount\n                startingAt\n                endingBefore\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.CommitsPageDocument,
    "\n  query CommitsWithLedger($id: ID!) {\n    customer(id: $id) {\n      commits {\n        edges {\n          node {\n            name\n            balance\n            ledger {\n              __typename\n              type\n              amount\n              timestamp\n              ... on SegmentLedgerEntry {\n                segmentId\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CommitsWithLedgerDocument,
    "\n  query NodeLookup($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on Customer {\n        name\n      }\n      ... on Commit {\n        commitName: name\n        customer {\n          name\n        }\n      }\n    }\n  }\n": types.NodeLookupDocument,
    "\n  query OneCustomerAlert($customerId: ID!, $alertId: ID!) {\n    customerAlert(customerId: $customerId, alertId: $alertId) {\n      customerStatus\n      triggeredBy\n      customer {\n        name\n      }\n      notification {\n        id\n        name\n      }\n    }\n  }\n": types.OneCustomerAlertDocument,
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
export function graphql(source: "\n  query CustomerById($id: ID!) {\n    customer(id: $id) {\n      id\n      metronomeId\n      name\n      externalId\n      ingestAliases\n      customFields\n      createdAt\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  query CustomerById($id: ID!) {\n    customer(id: $id) {\n      id\n      metronomeId\n      name\n      externalId\n      ingestAliases\n      customFields\n      createdAt\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomersPage($first: Int, $after: String) {\n    customers(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomersPage($first: Int, $after: String) {\n    customers(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlertsPage($id: ID!, $first: Int, $after: String, $statuses: [ThresholdNotificationStatus!]) {\n    customer(id: $id) {\n      alerts(first: $first, after: $after, statuses: $statuses) {\n        edges {\n          node {\n            customerStatus\n            notification {\n              id\n              name\n              type\n              status\n              threshold\n              creditType {\n                name\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AlertsPage($id: ID!, $first: Int, $after: String, $statuses: [ThresholdNotificationStatus!]) {\n    customer(id: $id) {\n      alerts(first: $first, after: $after, statuses: $statuses) {\n        edges {\n          node {\n            customerStatus\n            notification {\n              id\n              name\n              type\n              status\n              threshold\n              creditType {\n                name\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitsPage($id: ID!, $first: Int, $after: String) {\n    customer(id: $id) {\n      commits(first: $first, after: $after) {\n        edges {\n          node {\n            id\n            metronomeId\n            name\n            type\n            priority\n            product {\n              name\n            }\n            accessSchedule {\n              segments {\n                amount\n                startingAt\n                endingBefore\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommitsPage($id: ID!, $first: Int, $after: String) {\n    customer(id: $id) {\n      commits(first: $first, after: $after) {\n        edges {\n          node {\n            id\n            metronomeId\n            name\n            type\n            priority\n            product {\n              name\n            }\n            accessSchedule {\n              segments {\n                amount\n                startingAt\n                endingBefore\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitsWithLedger($id: ID!) {\n    customer(id: $id) {\n      commits {\n        edges {\n          node {\n            name\n            balance\n            ledger {\n              __typename\n              type\n              amount\n              timestamp\n              ... on SegmentLedgerEntry {\n                segmentId\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommitsWithLedger($id: ID!) {\n    customer(id: $id) {\n      commits {\n        edges {\n          node {\n            name\n            balance\n            ledger {\n              __typename\n              type\n              amount\n              timestamp\n              ... on SegmentLedgerEntry {\n                segmentId\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeLookup($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on Customer {\n        name\n      }\n      ... on Commit {\n        commitName: name\n        customer {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NodeLookup($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on Customer {\n        name\n      }\n      ... on Commit {\n        commitName: name\n        customer {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OneCustomerAlert($customerId: ID!, $alertId: ID!) {\n    customerAlert(customerId: $customerId, alertId: $alertId) {\n      customerStatus\n      triggeredBy\n      customer {\n        name\n      }\n      notification {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query OneCustomerAlert($customerId: ID!, $alertId: ID!) {\n    customerAlert(customerId: $customerId, alertId: $alertId) {\n      customerStatus\n      triggeredBy\n      customer {\n        name\n      }\n      notification {\n        id\n        name\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;